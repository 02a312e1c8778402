/** Graph validation and path scoring of scenarios, pure and unit-tested. */
package nl.signaal.learning.scenario.control;
