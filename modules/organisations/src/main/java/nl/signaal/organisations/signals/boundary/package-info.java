/**
 * Signals missed most: learning announces which signals each answer recognised or missed
 * ({@link nl.signaal.platform.events.SignalsJudged}); this feature keeps per-person flags that
 * the dashboard only ever reads as aggregates of at least five people.
 */
package nl.signaal.organisations.signals.boundary;
