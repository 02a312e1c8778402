/** {@code CoverageReports} and the report it returns. */
package nl.signaal.routes.coverage.boundary;
