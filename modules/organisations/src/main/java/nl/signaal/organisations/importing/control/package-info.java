/** Reading and checking a staff CSV file, without a container: plain, unit-tested logic. */
package nl.signaal.organisations.importing.control;
