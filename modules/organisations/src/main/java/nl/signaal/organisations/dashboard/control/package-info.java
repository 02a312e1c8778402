/** Reads the dashboard's rows in a fixed number of statements and computes its figures. */
package nl.signaal.organisations.dashboard.control;
