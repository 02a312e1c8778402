/** The pure computation of the coverage report from a routing snapshot and a date. */
package nl.signaal.routes.coverage.control;
