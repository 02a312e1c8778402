package nl.signaal.routes.points.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.routes.points.boundary.Confidence;
import nl.signaal.routes.points.boundary.Contact;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.Violation;
import nl.signaal.routes.shared.Message;
import nl.signaal.routes.tools.Fixtures;
import org.junit.jupiter.api.Test;

class ReportingPointValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final ReportingPointValidator validator = new ReportingPointValidator(Fixtures.seeded().referenceCodes());

    private static ReportingPointData point(PointScope scope, Set<String> areas, Contact contact, String source) {
        return new ReportingPointData(null, "Meldpunt Test", null, PointKind.REPORT, scope, areas,
                EnumSet.allOf(FormOfExploitation.class), Set.of(), contact, null, source, null, Confidence.CONFIRMED, null);
    }

    private List<Violation> validate(ReportingPointData p) {
        return validator.validate(p, TODAY);
    }

    @Test
    void everySeededPointIsValid() {
        assertThat(Fixtures.seeded().points()).allSatisfy(p -> assertThat(validate(p)).as(p.name()).isEmpty());
    }

    @Test
    void areasMustExistAndMatchTheScope() {
        assertThat(validate(point(PointScope.MUNICIPALITY, Set.of("GM9999"), Contact.NONE, "https://example.org")))
                .containsExactly(new Violation("areas", Message.of("points.error.unknownMunicipality", "GM9999")));
        assertThat(validate(point(PointScope.REGION, Set.of("VR26"), Contact.NONE, "https://example.org")))
                .containsExactly(new Violation("areas", Message.of("points.error.unknownRegion", "VR26")));
        assertThat(validate(point(PointScope.PROVINCE, Set.of("PV32"), Contact.NONE, "https://example.org")))
                .containsExactly(new Violation("areas", Message.of("points.error.unknownProvince", "PV32")));
        assertThat(validate(point(PointScope.PROVINCE, Set.of("GM0363"), Contact.NONE, "https://example.org")))
                .containsExactly(new Violation("areas", Message.of("points.error.areaDoesNotMatchScope", "GM0363", "PROVINCE")));
        assertThat(validate(point(PointScope.REGION, Set.of(), Contact.NONE, "https://example.org")))
                .containsExactly(new Violation("areas", Message.of("points.error.areasRequired")));
        assertThat(validate(point(PointScope.NATIONAL, Set.of("PV27"), Contact.NONE, "https://example.org")))
                .containsExactly(new Violation("areas", Message.of("points.error.nationalHasAreas")));
    }

    @Test
    void contactDetailsMustBeWellFormed() {
        Contact bad = new Contact("0800-20O0", null, "+31 70 333", "www.example.org", "info@", null, null);

        assertThat(validate(point(PointScope.NATIONAL, Set.of(), bad, "https://example.org")))
                .extracting(Violation::field).containsExactly("phone", "phone_abroad", "web", "email");
    }

    @Test
    void aSourceIsRequiredAndVerificationCannotLieInTheFuture() {
        assertThat(validate(point(PointScope.NATIONAL, Set.of(), Contact.NONE, " ")))
                .containsExactly(new Violation("source_url", Message.of("points.error.sourceRequired")));
        ReportingPointData future = new ReportingPointData(null, "X", null, PointKind.REPORT, PointScope.NATIONAL, Set.of(),
                EnumSet.allOf(FormOfExploitation.class), Set.of(), Contact.NONE, null, "https://example.org",
                TODAY.plusDays(1), Confidence.CONFIRMED, null);
        assertThat(validate(future)).extracting(Violation::field).containsExactly("verified_on");
    }

    @Test
    void nameKindFormsAndConfidenceAreRequired() {
        ReportingPointData empty = new ReportingPointData(null, " ", null, null, PointScope.NATIONAL, Set.of(), Set.of(),
                Set.of(), Contact.NONE, null, "https://example.org", null, null, null);

        assertThat(validate(empty)).extracting(Violation::field).containsExactly("name", "kind", "forms", "confidence");
    }

    @Test
    void nameAndScopeAreUniqueAndARoutingKeyBelongsToOnePoint() {
        List<ReportingPointData> stored = Fixtures.seededPointsWithIds();
        ReportingPointData politie = stored.get(1);
        ReportingPointData copy = politie.withId(null);

        assertThat(ReportingPointValidator.validateAgainst(politie, stored)).as("saving itself again").isEmpty();
        assertThat(ReportingPointValidator.validateAgainst(copy, stored)).containsExactly(
                new Violation("name", Message.of("points.error.duplicate", "Politie", "NATIONAL")),
                new Violation("routing_key", Message.of("points.error.routingKeyTaken", "POLICE", "Politie")));
    }

    @Test
    void describesWhichFieldsChangedForTheAuditTrail() {
        ReportingPointData politie = Fixtures.seededPointsWithIds().get(1);
        ReportingPointData changed = new ReportingPointData(politie.id(), politie.name(), politie.routingKey(), politie.kind(),
                politie.scope(), politie.areas(), politie.forms(), politie.audiences(), Contact.phone("0900-8845"),
                politie.anonymousPossible(), politie.sourceUrl(), TODAY, politie.confidence(), politie.notes());

        assertThat(ReportingPointValidator.changedFields(politie, changed)).isEqualTo("phone, verified_on");
        assertThat(ReportingPointValidator.changedFields(politie, politie)).isEmpty();
    }
}
