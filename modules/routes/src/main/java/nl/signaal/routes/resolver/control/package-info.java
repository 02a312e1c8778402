/**
 * The rule table, the pure resolver, and the holder of the immutable routing snapshot
 * (loaded from the database once, refreshed after admin edits and at a short interval).
 */
package nl.signaal.routes.resolver.control;
