/**
 * Org admins assign published courses to their whole organisation, a department (with its
 * sub-departments), a sector or a job, with a due date and an optional recurrence; learners see
 * which assignments apply to them and when they are due.
 */
package nl.signaal.organisations.assignments.boundary;
