/**
 * The facts behind "signals missed most": per person and signal, whether they missed or
 * recognised it (aggregated, never shown per person), and the signals' wording.
 */
package nl.signaal.organisations.signals.entity;
