package nl.signaal.routes.resolver.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.RoutingKey;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import nl.signaal.routes.resolver.boundary.Reporter;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.resolver.boundary.RouteStep;
import nl.signaal.routes.resolver.boundary.UnknownMunicipalityException;
import nl.signaal.routes.resolver.boundary.UnknownProvinceException;
import nl.signaal.routes.shared.Message;
import nl.signaal.routes.tools.Fixtures;
import org.junit.jupiter.api.Test;

/** The promises of the issue, checked for every municipality and every combination of answers. */
class RouteResolverTest {

    private final RoutingData data = Fixtures.seeded();
    private final RouteResolver resolver = new RouteResolver();

    /** Every combination of the toggles for one municipality: 5 forms (incl. unknown) × 3 sectors × 2^4. */
    private static Stream<RouteQuery> everyQueryFor(String municipality) {
        List<RouteQuery> queries = new ArrayList<>();
        List<FormOfExploitation> forms = new ArrayList<>(List.of(FormOfExploitation.values()));
        forms.add(null);
        for (FormOfExploitation form : forms) {
            for (Sector sector : new Sector[] {null, Sector.HEALTHCARE, Sector.AGRICULTURE}) {
                for (int flags = 0; flags < 16; flags++) {
                    queries.add(new RouteQuery(municipality, null, form, sector, (flags & 1) != 0, (flags & 2) != 0,
                            (flags & 4) != 0 ? Reporter.PROFESSIONAL : Reporter.CITIZEN, (flags & 8) != 0));
                }
            }
        }
        return queries.stream();
    }

    @Test
    void everyMunicipalityGetsARegionalStepAndTheNationalFallback() {
        assertThat(data.municipalities()).hasSize(342);
        for (MunicipalitySummary m : data.municipalities().values()) {
            List<RouteStep> steps = resolver.resolve(data, RouteQuery.citizenIn(m.code()));

            assertThat(steps).as(m.name()).anySatisfy(s ->
                    assertThat(s.point().scope()).isIn(PointScope.REGION, PointScope.PROVINCE, PointScope.MUNICIPALITY));
            assertThat(steps).as(m.name() + ": police via the national number").anySatisfy(s -> {
                assertThat(s.ruleId()).isEqualTo("POLICE");
                assertThat(s.point().channels().get(0).value()).isEqualTo("0900-8844");
                assertThat(s.point().areaName()).isEqualTo(m.policeUnit().name());
            });
            assertThat(steps.get(steps.size() - 1).point().name()).as(m.name()).isEqualTo("CoMensha");
        }
    }

    @Test
    void theIssuesPromisesHoldForEveryMunicipalityAndEveryAnswer() {
        for (String municipality : data.municipalities().keySet()) {
            everyQueryFor(municipality).forEach(query -> {
                List<RouteStep> steps = resolver.resolve(data, query);
                List<String> names = steps.stream().map(s -> s.point().name()).toList();
                if (query.acute()) {
                    assertThat(steps.get(0).point().name()).as("acute: %s", query).isEqualTo("112");
                }
                if (query.form() == FormOfExploitation.LABOUR) {
                    assertThat(names).as("labour: %s", query).contains("Nederlandse Arbeidsinspectie");
                }
                if (query.minor()) {
                    assertThat(names).as("minor: %s", query).contains("Meldpunt Uitbuiting Minderjarigen");
                }
                if (query.anonymous()) {
                    assertThat(names).as("anonymous: %s", query).contains("Meld Misdaad Anoniem (M.)");
                }
                assertThat(names).as("no point twice: %s", query).doesNotHaveDuplicates();
                assertThat(steps).extracting(RouteStep::position).as("numbered from 1")
                        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, steps.size()).boxed().toList());
            });
        }
    }

    @Test
    void aPointChosenByTwoRulesAppearsOnceWithTheEarlierReason() {
        var vt = data.point(RoutingKey.VEILIG_THUIS).orElseThrow();
        RoutingData twice = data.withPoints(Stream.concat(
                data.points().stream().filter(p -> p.routingKey() != RoutingKey.VEILIG_THUIS),
                Stream.of(new nl.signaal.routes.points.boundary.ReportingPointData(vt.id(), vt.name(), vt.routingKey(),
                        nl.signaal.routes.points.boundary.PointKind.REPORT, PointScope.PROVINCE, java.util.Set.of("PV27"),
                        vt.forms(), vt.audiences(), vt.contact(), vt.anonymousPossible(), vt.sourceUrl(), vt.verifiedOn(),
                        vt.confidence(), vt.notes()))).toList());

        List<RouteStep> steps = resolver.resolve(twice, RouteQuery.citizenIn("GM0363").withProfessional(Sector.HEALTHCARE));

        assertThat(steps).filteredOn(s -> s.point().name().equals("Veilig Thuis")).singleElement()
                .extracting(RouteStep::ruleId).isEqualTo("MELDCODE_VEILIG_THUIS");
    }

    @Test
    void withOnlyAProvinceTheRegionalPointsOfItsRegionsAreOfferedAsPartOfIt() {
        List<RouteStep> steps = resolver.resolve(data, new RouteQuery(null, "PV25", null, null, false, false, Reporter.CITIZEN, false));

        RouteStep nog = steps.stream().filter(s -> s.ruleId().equals("REGIONAL_MELDPUNT")).findFirst().orElseThrow();
        assertThat(nog.point().name()).contains("Noord-Oost Gelderland");
        assertThat(nog.reason()).isEqualTo(Message.of("route.reason.regional.partOfProvince", "Noord- en Oost-Gelderland", "Gelderland"));
        RouteStep police = steps.stream().filter(s -> s.ruleId().equals("POLICE")).findFirst().orElseThrow();
        assertThat(police.point().areaName()).as("all of Gelderland is Oost-Nederland").isEqualTo("Oost-Nederland");
    }

    @Test
    void withOnlyAProvinceOfSeveralPoliceUnitsThePoliceStepIsNational() {
        List<RouteStep> steps = resolver.resolve(data, new RouteQuery(null, "pv27", null, null, false, false, null, false));

        RouteStep police = steps.stream().filter(s -> s.ruleId().equals("POLICE")).findFirst().orElseThrow();
        assertThat(police.point().scope()).isEqualTo(PointScope.NATIONAL);
        assertThat(police.point().areaName()).isNull();
        assertThat(police.reason()).isEqualTo(Message.of("route.reason.policeNational", "Politie", "Noord-Holland"));
    }

    @Test
    void aMunicipalityCodeMayBeTypedAsTheBareCbsNumber() {
        assertThat(resolver.resolve(data, RouteQuery.citizenIn("363")))
                .isEqualTo(resolver.resolve(data, RouteQuery.citizenIn("GM0363")));
    }

    @Test
    void unknownPlacesAreReportedAsSuch() {
        assertThatThrownBy(() -> resolver.resolve(data, RouteQuery.citizenIn("GM9999")))
                .isInstanceOf(UnknownMunicipalityException.class)
                .satisfies(e -> assertThat(((UnknownMunicipalityException) e).code()).isEqualTo("GM9999"));
        assertThatThrownBy(() -> resolver.resolve(data, new RouteQuery(null, "PV99", null, null, false, false, null, false)))
                .isInstanceOf(UnknownProvinceException.class);
        assertThatThrownBy(() -> new RouteQuery(null, " ", null, null, false, false, null, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMeldpuntThatDoesNotHandleTheFormIsLeftOut() {
        var flevoland = data.points().stream().filter(p -> p.name().startsWith("Meld- en Adviespunt")).findFirst().orElseThrow();
        RoutingData sexualOnly = data.withPoints(data.points().stream()
                .map(p -> p != flevoland ? p : new nl.signaal.routes.points.boundary.ReportingPointData(p.id(), p.name(),
                        p.routingKey(), p.kind(), p.scope(), p.areas(), java.util.Set.of(FormOfExploitation.SEXUAL),
                        p.audiences(), p.contact(), p.anonymousPossible(), p.sourceUrl(), p.verifiedOn(), p.confidence(), p.notes()))
                .toList());

        assertThat(resolver.resolve(sexualOnly, RouteQuery.citizenIn("GM0034").withForm(FormOfExploitation.LABOUR)))
                .extracting(s -> s.point().name()).doesNotContain(flevoland.name());
        assertThat(resolver.resolve(sexualOnly, RouteQuery.citizenIn("GM0034")))
                .as("form unknown: offered").extracting(s -> s.point().name()).contains(flevoland.name());
    }
}
