/** The record of every reminder sent or tried; its unique key makes each reminder go out once. */
package nl.signaal.organisations.reminders.entity;
