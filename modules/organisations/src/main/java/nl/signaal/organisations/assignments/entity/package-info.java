/** Assignments of published courses to an organisation, a department, a sector or a job. */
package nl.signaal.organisations.assignments.entity;
