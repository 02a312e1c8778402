/**
 * The org admin's dashboard: completion per department × assigned course, overdue and due soon,
 * from this context's own facts, never per person on screen, and never for groups of fewer than
 * five people.
 */
package nl.signaal.organisations.dashboard.boundary;
