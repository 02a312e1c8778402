package nl.signaal.routes.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.load();
    private final Map<String, MunicipalitySummary> byCode = data.municipalities().stream()
            .collect(Collectors.toMap(MunicipalitySummary::code, Function.identity()));

    @Test
    void holdsTheWhole2023Division() {
        assertThat(data.municipalities()).hasSize(342);
        assertThat(data.provinces()).hasSize(12);
        assertThat(data.safetyRegions()).hasSize(25);
        assertThat(data.safetyRegions().stream().map(ReferenceData.SafetyRegionRow::policeUnitCode).distinct())
                .as("every police unit covers at least one safety region").hasSize(10);
    }

    @Test
    void joinsPoliceUnitAndRiecThroughTheSafetyRegion() {
        MunicipalitySummary amsterdam = byCode.get("GM0363");
        assertThat(amsterdam.safetyRegion().code()).isEqualTo("VR13");
        assertThat(amsterdam.policeUnit().name()).isEqualTo("Amsterdam");
        assertThat(amsterdam.riecRegion()).isEqualTo("RIEC Amsterdam-Amstelland");

        MunicipalitySummary hilversum = byCode.get("GM0402");
        assertThat(hilversum.province().name()).isEqualTo("Noord-Holland");
        assertThat(hilversum.policeUnit().name()).as("Gooi en Vechtstreek belongs to Midden-Nederland").isEqualTo("Midden-Nederland");

        MunicipalitySummary almere = byCode.get("GM0034");
        assertThat(almere.policeUnit().name()).isEqualTo("Midden-Nederland");
        assertThat(byCode.get("GM0855").ggdRegion()).as("Tilburg: the VR20 exception").isEqualTo("GGD Hart voor Brabant");
    }

    @Test
    void marksInferredAndUnknownDivisionsAsSuch() {
        assertThat(data.municipalities()).allSatisfy(m -> {
            assertThat(m.riecRegionConfirmed()).isFalse();
            assertThat(m.veiligThuisRegion()).isNull();
            assertThat(m.careCoordinationRegion()).isNull();
        });
    }

    @Test
    void knowsTheEverydayNamesOfDenHaagAndDenBosch() {
        assertThat(byCode.get("GM0518").name()).isEqualTo("'s-Gravenhage");
        assertThat(byCode.get("GM0518").alsoKnownAs()).isEqualTo("Den Haag");
        assertThat(byCode.get("GM0796").alsoKnownAs()).isEqualTo("Den Bosch");
    }
}
