/**
 * Reminders by e-mail for an organisation's staff: due soon, overdue, certificate expiring, as the
 * org admin's policy says. The scheduled run is in the control package; org admins can send the
 * reminders that are due for their own organisation now and see what was sent.
 */
package nl.signaal.organisations.reminders.boundary;
