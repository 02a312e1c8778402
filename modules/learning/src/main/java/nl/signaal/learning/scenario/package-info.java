/**
 * Branching scenarios: situations (nodes), choices that lead to another node or an ending,
 * and endings that show what happened to the person and the route that should have been
 * taken. A scenario is a quiz item; publishing validates its graph
 * ({@link nl.signaal.learning.scenario.control.ScenarioValidator}).
 */
package nl.signaal.learning.scenario;
