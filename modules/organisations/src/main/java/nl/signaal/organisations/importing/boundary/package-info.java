/**
 * Importing staff from a CSV file: all or nothing. Every line is checked first (including
 * Keycloak look-ups); only a file without problems creates anyone, and a failure while
 * creating undoes what was created.
 */
package nl.signaal.organisations.importing.boundary;
