/** Departments as stored: one row per node of an organisation's tree. */
package nl.signaal.organisations.departments.entity;
