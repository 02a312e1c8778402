/**
 * The domain events that cross contexts. Their types live here so that publisher and
 * listeners depend on platform only, never on each other.
 */
package nl.signaal.platform.events;
