package nl.signaal.routes.resolver.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.routes.points.boundary.PointFilter;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.tools.Fixtures;
import org.junit.jupiter.api.Test;

/** The reporting-point list's filters, as the public list and the admin use them. */
class RoutingDataTest {

    private final RoutingData data = Fixtures.seeded();

    @Test
    void aProvinceShowsNationalPointsAndTheRegionalOnesReachingIt() {
        var zuidHolland = data.points(new PointFilter("PV28", null, null, null));

        assertThat(zuidHolland).extracting(ReportingPointData::name)
                .contains("112", "Politie", "Stichting Humanitas meldpunt mensenhandel")
                .doesNotContain("Meldpunt Binnenlandse Mensenhandel (Veilig Thuis Utrecht)");
        assertThat(data.points(new PointFilter("PV25", null, null, PointScope.REGION))).extracting(ReportingPointData::name)
                .containsExactly("Meldpunt Mensenhandel & Jeugdprostitutie (Veilig Thuis Noord-Oost Gelderland)");
    }

    @Test
    void filtersByFormAndKind() {
        assertThat(data.points(new PointFilter(null, FormOfExploitation.LABOUR, PointKind.ADVICE, null)))
                .extracting(ReportingPointData::name).containsExactly("CoMensha", "FairWork", "Veilig Thuis");
        assertThat(data.points(new PointFilter(null, null, PointKind.KNOWLEDGE, null))).hasSize(4);
        assertThat(data.points(PointFilter.ALL)).hasSize(21);
    }
}
