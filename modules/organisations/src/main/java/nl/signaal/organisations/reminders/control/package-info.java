/**
 * Who gets which reminder when ({@link nl.signaal.organisations.reminders.control.ReminderPlanner},
 * pure), the mail ({@link nl.signaal.organisations.reminders.control.ReminderMail}), the once-only
 * claim and the scheduled run that only one server performs at a time (docs/adr/0007).
 */
package nl.signaal.organisations.reminders.control;
