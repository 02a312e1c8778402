/**
 * Enrolment: creating people in Keycloak and in the member table as one unit — Keycloak
 * first, the rows in their own transaction, Keycloak users deleted again if the rows fail.
 */
package nl.signaal.organisations.members.control;
