/** The immutable scenario graph: {@code Scenario}, {@code ScenarioNode}, {@code ScenarioChoice}, {@code Ending}. */
package nl.signaal.learning.scenario.boundary;
