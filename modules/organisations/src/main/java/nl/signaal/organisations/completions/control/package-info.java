/** Stores a completion fact once, however often the event arrives. */
package nl.signaal.organisations.completions.control;
