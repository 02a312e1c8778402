/**
 * "Waar meld ik?": turns a situation (where, which form of exploitation, who reports, a
 * minor, acute danger, anonymity) into an ordered list of steps, each saying who to contact,
 * how, when it applies and why it was chosen. The rules are one table
 * ({@link nl.signaal.routes.resolver.control.RouteRules}); resolution is pure and works on
 * an immutable in-memory snapshot of the regions and points, so it costs microseconds and
 * can run for every lesson a learner finishes.
 */
package nl.signaal.routes.resolver;
