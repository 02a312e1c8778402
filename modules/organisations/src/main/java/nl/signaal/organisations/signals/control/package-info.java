/** Stores what a {@code SignalsJudged} event tells, idempotently, for the organisation it names. */
package nl.signaal.organisations.signals.control;
