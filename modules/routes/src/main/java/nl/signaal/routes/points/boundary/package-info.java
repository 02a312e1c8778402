/**
 * The reporting points' published API: the {@code ReportingPoints} service (list, find,
 * admin save and delete) and the immutable records and enums it takes and returns. The
 * persistent {@code ReportingPoint} stays in {@code entity}; it uses these enums as its
 * column types, so the enums live here where the web module may see them.
 */
package nl.signaal.routes.points.boundary;
