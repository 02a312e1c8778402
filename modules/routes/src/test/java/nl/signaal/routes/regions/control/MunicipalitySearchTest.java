package nl.signaal.routes.regions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.routes.tools.Fixtures;
import org.junit.jupiter.api.Test;

class MunicipalitySearchTest {

    private final Collection<MunicipalitySummary> all = Fixtures.seeded().municipalities().values();

    private List<String> names(String q, int max) {
        return MunicipalitySearch.search(all, q, max).stream().map(MunicipalitySummary::name).toList();
    }

    @Test
    void findsByTheNamePeopleUse() {
        assertThat(names("den haag", 5)).first().isEqualTo("'s-Gravenhage");
        assertThat(names("Den Bosch", 5)).first().isEqualTo("'s-Hertogenbosch");
        assertThat(names("gravenhage", 5)).first().isEqualTo("'s-Gravenhage");
    }

    @Test
    void ignoresAccentsAndCase() {
        assertThat(names("sudwest", 5)).containsExactly("Súdwest-Fryslân");
        assertThat(names("NOARDEAST", 5)).containsExactly("Noardeast-Fryslân");
    }

    @Test
    void putsExactAndPrefixMatchesBeforeContains() {
        assertThat(names("utrecht", 10)).first().isEqualTo("Utrecht");
        assertThat(names("utrecht", 10)).contains("Utrechtse Heuvelrug");
        assertThat(names("bergen", 10)).startsWith("Bergen (L.)", "Bergen (NH.)", "Bergen op Zoom")
                .contains("Steenbergen", "Tubbergen");
        assertThat(names("edam", 50)).first().isEqualTo("Edam-Volendam");
        assertThat(names("dam", 50)).contains("Amsterdam", "Rotterdam", "Edam-Volendam");
    }

    @Test
    void findsByCode() {
        assertThat(names("GM0363", 5)).containsExactly("Amsterdam");
        assertThat(names("363", 5)).first().isEqualTo("Amsterdam");
        assertThat(names("gm0599", 5)).containsExactly("Rotterdam");
    }

    @Test
    void respectsTheMaximumAndIgnoresEmptyQueries() {
        assertThat(names("a", 7)).hasSize(7);
        assertThat(names("  ", 7)).isEmpty();
        assertThat(names("xyzzy", 7)).isEmpty();
    }
}
