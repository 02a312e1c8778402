/**
 * Provisioning of people in Keycloak, which stays the identity source: creating a member
 * creates a Keycloak user (organisation attribute, realm role, invitation to set a password);
 * deactivating disables it. Talks to the Admin REST API with the client-credentials token of
 * the confidential client {@code signaal-provisioning}, configured through MicroProfile Config.
 */
package nl.signaal.organisations.provisioning.control;
