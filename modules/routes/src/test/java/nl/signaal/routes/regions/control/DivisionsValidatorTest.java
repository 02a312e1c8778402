package nl.signaal.routes.regions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.signaal.routes.points.boundary.Violation;
import nl.signaal.routes.regions.boundary.DivisionsChange;
import org.junit.jupiter.api.Test;

class DivisionsValidatorTest {

    private static final Set<String> REGIONS = Set.of("VR15", "VR17");

    private static DivisionsChange change(String region, String riec, boolean confirmed, String source) {
        return new DivisionsChange("GM0363", region, "GGD Haaglanden", riec, confirmed, " Veilig Thuis Haaglanden ", "", source);
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteChangeWithBlankUnknownsIsFine() {
        assertThat(DivisionsValidator.validate(change("VR15", "", false, "https://www.cbs.nl"), REGIONS)).isEmpty();
    }

    @Test
    void anUnknownOrMissingSafetyRegionIsNamed() {
        List<Violation> unknown = DivisionsValidator.validate(change("VR99", "RIEC Haaglanden", true, "bron"), REGIONS);
        List<Violation> missing = DivisionsValidator.validate(change(" ", "RIEC Haaglanden", true, "bron"), REGIONS);

        assertThat(fields(unknown)).containsExactly("safety_region");
        assertThat(unknown.get(0).message().key()).isEqualTo("points.error.unknownRegion");
        assertThat(unknown.get(0).message().args()).containsExactly("VR99");
        assertThat(missing.get(0).message().key()).isEqualTo("divisions.error.safetyRegionRequired");
    }

    @Test
    void aConfirmedRiecRegionMustBeFilledIn() {
        List<Violation> violations = DivisionsValidator.validate(change("VR15", "  ", true, "bron"), REGIONS);

        assertThat(fields(violations)).containsExactly("riec_region");
        assertThat(violations.get(0).message().key()).isEqualTo("divisions.error.confirmedWithoutRiec");
    }

    @Test
    void theSourceIsRequired() {
        assertThat(fields(DivisionsValidator.validate(change("VR15", "", false, "\t"), REGIONS))).containsExactly("source");
    }

    @Test
    void tooLongNamesAndControlCharactersAreRefusedPerField() {
        DivisionsChange change = new DivisionsChange("GM0363", "VR15", "x".repeat(101), "RIEC\u0007", false, null, null, "bron");

        List<Violation> violations = DivisionsValidator.validate(change, REGIONS);

        assertThat(fields(violations)).containsExactly("ggd_region", "riec_region");
        assertThat(violations.get(0).message().key()).isEqualTo("divisions.error.tooLong");
        assertThat(violations.get(1).message().key()).isEqualTo("divisions.error.controlCharacters");
    }

    @Test
    void blanksBecomeUnknownAndValuesAreTrimmed() {
        assertThat(DivisionsValidator.blankToNull("  ")).isNull();
        assertThat(DivisionsValidator.blankToNull(null)).isNull();
        assertThat(DivisionsValidator.blankToNull(" Veilig Thuis Haaglanden ")).isEqualTo("Veilig Thuis Haaglanden");
    }
}
