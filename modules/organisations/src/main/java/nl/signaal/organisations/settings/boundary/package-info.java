/**
 * The settings of the caller's own organisation: name, sectors, municipality (checked against
 * the routes context), default certificate validity, reminder policy and certificate logo.
 */
package nl.signaal.organisations.settings.boundary;
