package nl.signaal.routes.points.boundary;

import nl.signaal.platform.shared.FormOfExploitation;

/**
 * Filters for the reporting-point list; a {@code null} field does not filter. A province
 * matches the points that reach at least one of its municipalities: national points, the
 * province's own, and those of its safety regions and municipalities.
 */
public record PointFilter(String provinceCode, FormOfExploitation form, PointKind kind, PointScope scope) {

    public static final PointFilter ALL = new PointFilter(null, null, null, null);
}
