/** Validation of reporting points (pure) and their persistence. */
package nl.signaal.routes.points.control;
