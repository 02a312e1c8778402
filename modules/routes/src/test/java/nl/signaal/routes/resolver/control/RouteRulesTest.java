package nl.signaal.routes.resolver.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.resolver.boundary.RouteStep;
import nl.signaal.routes.shared.Message;
import nl.signaal.routes.tools.Fixtures;
import org.junit.jupiter.api.Test;

/** One test per line of {@link RouteRules}, on the seeded data. */
class RouteRulesTest {

    private static final String AMSTERDAM = "GM0363";
    private static final String ALMERE = "GM0034";
    private static final String ROTTERDAM = "GM0599";
    private static final String MIDDELBURG = "GM0687";
    private static final String ENSCHEDE = "GM0153";

    private final RouteResolver resolver = new RouteResolver();

    private List<RouteStep> resolve(RouteQuery query) {
        return resolver.resolve(Fixtures.seeded(), query);
    }

    private static List<String> names(List<RouteStep> steps) {
        return steps.stream().map(s -> s.point().name()).toList();
    }

    private static List<String> rules(List<RouteStep> steps) {
        return steps.stream().map(RouteStep::ruleId).toList();
    }

    @Test
    void theRuleTableIsInTheDocumentedOrder() {
        assertThat(RouteRules.RULES).extracting(RouteRules.RouteRule::id).containsExactly(
                "ACUTE_112", "ANONYMOUS_M", "MELDCODE_VEILIG_THUIS", "MINOR", "LABOUR_INSPECTORATE",
                "REGIONAL_MELDPUNT", "REGIONAL_CARE", "POLICE", "LABOUR_VICTIM_ADVICE", "NATIONAL_ADVICE");
    }

    @Test
    void acuteDangerPuts112First() {
        List<RouteStep> steps = resolve(RouteQuery.citizenIn(AMSTERDAM).withAcute(true).withAnonymous(true).withMinor(true));

        assertThat(steps.get(0).point().name()).isEqualTo("112");
        assertThat(steps.get(0).point().channels().get(0).value()).isEqualTo("112");
        assertThat(steps.get(0).reason()).isEqualTo(Message.of("route.reason.acute", "112"));
        assertThat(names(resolve(RouteQuery.citizenIn(AMSTERDAM)))).doesNotContain("112");
    }

    @Test
    void anonymityAddsMeldMisdaadAnoniem() {
        List<RouteStep> steps = resolve(RouteQuery.citizenIn(AMSTERDAM).withAnonymous(true));

        assertThat(steps.get(0).point().name()).isEqualTo("Meld Misdaad Anoniem (M.)");
        assertThat(steps.get(0).point().channels().get(0).value()).isEqualTo("0800-7000");
        assertThat(steps.get(0).point().anonymousPossible()).isTrue();
        assertThat(names(resolve(RouteQuery.citizenIn(AMSTERDAM)))).doesNotContain("Meld Misdaad Anoniem (M.)");
    }

    @Test
    void careAndYouthProfessionalsGetTheMeldcodeRouteViaVeiligThuis() {
        List<RouteStep> nurse = resolve(RouteQuery.citizenIn(AMSTERDAM).withProfessional(Sector.HEALTHCARE));
        List<RouteStep> teacher = resolve(RouteQuery.citizenIn(AMSTERDAM).withProfessional(Sector.EDUCATION_YOUTH_CARE));

        assertThat(nurse.get(0).ruleId()).isEqualTo("MELDCODE_VEILIG_THUIS");
        assertThat(nurse.get(0).point().channels().get(0).value()).isEqualTo("0800-2000");
        assertThat(teacher.get(0).point().name()).isEqualTo("Veilig Thuis");
        assertThat(names(resolve(RouteQuery.citizenIn(AMSTERDAM).withProfessional(Sector.HOSPITALITY))))
                .as("hotel staff do not work under the Meldcode").doesNotContain("Veilig Thuis");
        assertThat(names(resolve(RouteQuery.citizenIn(AMSTERDAM).withProfessional(Sector.HEALTHCARE)
                .withAnonymous(false)))).contains("Veilig Thuis");
    }

    @Test
    void theMeldcodeIsForProfessionalsNotForCitizensWhoHappenToNameASector() {
        RouteQuery citizenWithSector = new RouteQuery(AMSTERDAM, null, null, Sector.HEALTHCARE, false, false,
                nl.signaal.routes.resolver.boundary.Reporter.CITIZEN, false);

        assertThat(names(resolve(citizenWithSector))).doesNotContain("Veilig Thuis");
    }

    @Test
    void meldcodeProfessionalsAlsoGetTheRegionalMeldpunt() {
        List<RouteStep> steps = resolve(RouteQuery.citizenIn(ALMERE).withProfessional(Sector.HEALTHCARE));

        assertThat(names(steps)).containsSubsequence("Veilig Thuis",
                "Meld- en Adviespunt Mensenhandel Flevoland (Veilig Thuis Flevoland)");
    }

    @Test
    void minorsGetTheMinorsMeldpunt() {
        List<RouteStep> steps = resolve(RouteQuery.citizenIn(AMSTERDAM).withMinor(true));

        assertThat(steps.get(0).point().name()).isEqualTo("Meldpunt Uitbuiting Minderjarigen");
        assertThat(steps.get(0).point().channels()).extracting(c -> c.value())
                .containsExactly("https://www.melduitbuitingminderjarigen.nl");
        assertThat(names(resolve(RouteQuery.citizenIn(AMSTERDAM)))).doesNotContain("Meldpunt Uitbuiting Minderjarigen");
    }

    @Test
    void labourExploitationGoesToTheArbeidsinspectie() {
        List<RouteStep> steps = resolve(RouteQuery.citizenIn(AMSTERDAM).withForm(FormOfExploitation.LABOUR));

        assertThat(steps.get(0).point().name()).isEqualTo("Nederlandse Arbeidsinspectie");
        assertThat(steps.get(0).point().channels()).extracting(c -> c.value()).containsExactly("0800-5151", "+31 70 333 44 44");
        assertThat(names(resolve(RouteQuery.citizenIn(AMSTERDAM).withForm(FormOfExploitation.SEXUAL))))
                .doesNotContain("Nederlandse Arbeidsinspectie");
    }

    @Test
    void theRegionalMeldpuntCoveringTheMunicipalityIsIncluded() {
        RouteStep flevoland = resolve(RouteQuery.citizenIn(ALMERE)).stream()
                .filter(s -> s.ruleId().equals("REGIONAL_MELDPUNT")).findFirst().orElseThrow();

        assertThat(flevoland.point().name()).isEqualTo("Meld- en Adviespunt Mensenhandel Flevoland (Veilig Thuis Flevoland)");
        assertThat(flevoland.point().channels().get(0).value()).isEqualTo("088-2220500");
        assertThat(flevoland.point().areaName()).isEqualTo("Flevoland");
        assertThat(flevoland.reason()).isEqualTo(Message.of("route.reason.regional.area", "Flevoland", "Almere"));
        assertThat(rules(resolve(RouteQuery.citizenIn(AMSTERDAM)))).as("no regional meldpunt seeded for Amsterdam")
                .doesNotContain("REGIONAL_MELDPUNT");
    }

    @Test
    void aMunicipalMeldpuntComesWithItsUnconfirmedMark() {
        RouteStep humanitas = resolve(RouteQuery.citizenIn(ROTTERDAM)).stream()
                .filter(s -> s.ruleId().equals("REGIONAL_MELDPUNT")).findFirst().orElseThrow();

        assertThat(humanitas.point().name()).isEqualTo("Stichting Humanitas meldpunt mensenhandel");
        assertThat(humanitas.point().confidence()).hasToString("UNCONFIRMED");
        assertThat(humanitas.reason()).isEqualTo(Message.of("route.reason.regional.municipality", "Rotterdam"));
        assertThat(names(resolve(RouteQuery.citizenIn("GM0606")))).as("Schiedam is not Rotterdam")
                .doesNotContain("Stichting Humanitas meldpunt mensenhandel");
    }

    @Test
    void theRegionalCareCoordinatorIsIncludedButKnowledgeCentresAreNot() {
        List<RouteStep> middelburg = resolve(RouteQuery.citizenIn(MIDDELBURG));
        List<RouteStep> enschede = resolve(RouteQuery.citizenIn(ENSCHEDE));

        assertThat(middelburg).filteredOn(s -> s.ruleId().equals("REGIONAL_CARE")).extracting(s -> s.point().name())
                .containsExactly("Zorgcoördinator mensenhandel Zeeland (Zorg- en Veiligheidshuis Zeeland)");
        assertThat(names(enschede)).doesNotContain("Kenniscentrum Mensenhandel Twente (Veiligheidsregio Twente)");
    }

    @Test
    void thePoliceStepIsTheMunicipalitysRegionalUnitReachedViaTheNationalNumber() {
        RouteStep police = resolve(RouteQuery.citizenIn("GM0402")).stream()
                .filter(s -> s.ruleId().equals("POLICE")).findFirst().orElseThrow();

        assertThat(police.point().name()).isEqualTo("Politie");
        assertThat(police.point().areaName()).as("Hilversum lies in Gooi en Vechtstreek").isEqualTo("Midden-Nederland");
        assertThat(police.point().scope()).isEqualTo(PointScope.REGION);
        assertThat(police.point().channels().get(0).value()).isEqualTo("0900-8844");
        assertThat(police.reason()).isEqualTo(Message.of("route.reason.policeUnit", "Politie", "Hilversum", "Midden-Nederland"));
    }

    @Test
    void victimsOfLabourExploitationAreOfferedFairWork() {
        List<RouteStep> steps = resolve(RouteQuery.citizenIn(AMSTERDAM).withForm(FormOfExploitation.LABOUR));

        assertThat(names(steps)).containsSubsequence("Politie", "FairWork", "CoMensha");
        assertThat(names(resolve(RouteQuery.citizenIn(AMSTERDAM)))).doesNotContain("FairWork");
    }

    @Test
    void everyRouteEndsWithCoMenshasAdvice() {
        List<RouteStep> steps = resolve(RouteQuery.citizenIn(AMSTERDAM));

        assertThat(steps.get(steps.size() - 1).point().name()).isEqualTo("CoMensha");
        assertThat(steps.get(steps.size() - 1).point().channels().get(0).value()).isEqualTo("033-448 11 86");
        assertThat(names(steps)).containsExactly("Politie", "CoMensha");
    }
}
