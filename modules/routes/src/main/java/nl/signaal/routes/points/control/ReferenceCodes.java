package nl.signaal.routes.points.control;

import java.util.Set;

/**
 * The area codes that exist, for validating a point's covered areas: without this a typo
 * like {@code GM0364} would make a meldpunt cover nobody, silently.
 */
public record ReferenceCodes(Set<String> provinces, Set<String> safetyRegions, Set<String> municipalities) {

    public ReferenceCodes {
        provinces = Set.copyOf(provinces);
        safetyRegions = Set.copyOf(safetyRegions);
        municipalities = Set.copyOf(municipalities);
    }
}
