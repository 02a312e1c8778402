/**
 * Members: the people of the caller's organisation. Adding one creates the Keycloak user
 * (organisation attribute, role learner, invitation); deactivating disables it and keeps the
 * history. Every read goes through the platform's tenant scope.
 */
package nl.signaal.organisations.members.boundary;
