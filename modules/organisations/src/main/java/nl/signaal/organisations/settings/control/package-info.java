/** Checks on uploaded logos, by content rather than by file name or declared type. */
package nl.signaal.organisations.settings.control;
