/** The organisations context's side of the platform's tenant scoping: code to id. */
package nl.signaal.organisations.directory.control;
