package nl.signaal.routes.regions.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.signaal.routes.points.boundary.Violation;
import nl.signaal.routes.regions.boundary.DivisionsChange;
import nl.signaal.routes.shared.Message;

/**
 * The rules for a municipality change, in one place for the admin form and the service. Pure:
 * it gets the known safety-region codes instead of looking them up.
 */
public final class DivisionsValidator {

    /** The width of the region columns in {@code routes.municipality}. */
    public static final int MAX_REGION_LENGTH = 100;
    public static final int MAX_SOURCE_LENGTH = 2000;

    private DivisionsValidator() {
    }

    /** Every violation of {@code change}, by field name; empty when it may be saved. */
    public static List<Violation> validate(DivisionsChange change, Set<String> safetyRegionCodes) {
        List<Violation> violations = new ArrayList<>();
        String region = blankToNull(change.safetyRegionCode());
        if (region == null) {
            violations.add(new Violation("safety_region", Message.of("divisions.error.safetyRegionRequired")));
        } else if (!safetyRegionCodes.contains(region)) {
            violations.add(new Violation("safety_region", Message.of("points.error.unknownRegion", region)));
        }
        checkName(violations, "ggd_region", change.ggdRegion());
        checkName(violations, "riec_region", change.riecRegion());
        checkName(violations, "veilig_thuis_region", change.veiligThuisRegion());
        checkName(violations, "care_coordination_region", change.careCoordinationRegion());
        if (change.riecRegionConfirmed() && blankToNull(change.riecRegion()) == null) {
            violations.add(new Violation("riec_region", Message.of("divisions.error.confirmedWithoutRiec")));
        }
        String source = blankToNull(change.source());
        if (source == null) {
            violations.add(new Violation("source", Message.of("divisions.error.sourceRequired")));
        } else if (source.length() > MAX_SOURCE_LENGTH) {
            violations.add(new Violation("source", Message.of("divisions.error.tooLong", MAX_SOURCE_LENGTH)));
        }
        return violations;
    }

    private static void checkName(List<Violation> violations, String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return;
        }
        if (v.length() > MAX_REGION_LENGTH) {
            violations.add(new Violation(field, Message.of("divisions.error.tooLong", MAX_REGION_LENGTH)));
        } else if (v.chars().anyMatch(Character::isISOControl)) {
            violations.add(new Violation(field, Message.of("divisions.error.controlCharacters")));
        }
    }

    /** Trimmed, and {@code null} for blank: unknown is stored as null. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
