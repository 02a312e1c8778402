/**
 * Reporting points (meldpunten) and knowledge centres (kenniscentra): who can be reached,
 * how, for which forms of exploitation and audiences, where, and how sure we are of it.
 * Every record names its source URL, its confidence and the day it was last verified,
 * because phone numbers and regional arrangements change and an outdated number on a
 * route card sends a signal nowhere.
 */
package nl.signaal.routes.points;
