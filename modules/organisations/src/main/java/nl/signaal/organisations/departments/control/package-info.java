/** Building and searching the department tree in memory. */
package nl.signaal.organisations.departments.control;
