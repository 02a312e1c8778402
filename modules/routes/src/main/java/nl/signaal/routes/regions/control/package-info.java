/** Municipality search (pure, in memory) and the queries that read regions from the database. */
package nl.signaal.routes.regions.control;
