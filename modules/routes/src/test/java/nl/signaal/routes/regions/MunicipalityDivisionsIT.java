package nl.signaal.routes.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;
import nl.signaal.routes.importing.AsPlatformAdmin;
import nl.signaal.routes.points.boundary.ReportingPoints;
import nl.signaal.routes.points.boundary.Violation;
import nl.signaal.routes.regions.boundary.DivisionsChange;
import nl.signaal.routes.regions.boundary.InvalidDivisionsException;
import nl.signaal.routes.regions.boundary.Municipalities;
import nl.signaal.routes.regions.boundary.MunicipalityDivisions;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Filter;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A platform admin corrects a municipality's regions: the change is stored, audited with the
 * fields that changed, and the next lookup (the resolver's snapshot) shows it; a bad change
 * names the field and changes nothing; without the platform-admin role nothing is possible.
 * Every test puts the municipality back as it was (the run stack keeps its data).
 */
@ExtendWith(ArquillianExtension.class)
class MunicipalityDivisionsIT {

    private static final Caller ADMIN = new Caller("it-admin", "it-platform-admin", "IT Platformbeheer", "it@example.org",
            Optional.empty(), Set.of(Role.PLATFORM_ADMIN));
    /** Bunnik (Utrecht): no other test depends on its regions. */
    private static final String CODE = "GM0312";

    @Deployment
    static WebArchive deployment() {
        Filter<ArchivePath> production = path -> {
            String p = path.get();
            return !p.endsWith("Test.class") && !p.contains("/tools/") && !p.contains("/benchmark/") && !p.contains("/card/")
                    && !p.contains("jmh_generated");
        };
        return ShrinkWrap.create(WebArchive.class, "routes-divisions-it.war")
                .addPackages(true, production, "nl.signaal.routes")
                .addPackages(false, "nl.signaal.platform.shared", "nl.signaal.platform.caller", "nl.signaal.platform.audit",
                        "nl.signaal.platform.time")
                .addAsResource("it/persistence.xml", "META-INF/persistence.xml")
                .addAsResource("nl/signaal/routes/messages.properties")
                .addAsResource("nl/signaal/routes/messages_nl.properties")
                .addAsResource("nl/signaal/routes/messages_en.properties")
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.apache.commons:commons-csv").withTransitivity().asFile())
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
    }

    @EJB
    MunicipalityDivisions divisions;

    @EJB
    Municipalities municipalities;

    @EJB
    AuditTrail audit;

    @EJB
    AsPlatformAdmin asAdmin;

    private MunicipalitySummary current() {
        return municipalities.find(CODE).orElseThrow();
    }

    private DivisionsChange asIs(MunicipalitySummary m, String source) {
        return new DivisionsChange(m.code(), m.safetyRegion().code(), m.ggdRegion(), m.riecRegion(), m.riecRegionConfirmed(),
                m.veiligThuisRegion(), m.careCoordinationRegion(), source);
    }

    @Test
    void aCorrectionIsStoredAuditedAndSeenByTheNextLookup() throws Exception {
        MunicipalitySummary before = current();
        String source = asAdmin.call(() -> divisions.sourceOf(CODE)).orElseThrow();
        String vt = "Veilig Thuis IT " + UUID.randomUUID();
        try {
            DivisionsChange change = new DivisionsChange(CODE, before.safetyRegion().code(), before.ggdRegion(),
                    before.riecRegion(), before.riecRegionConfirmed(), "  " + vt + " ", "", "IT bron " + vt);

            MunicipalitySummary saved = asAdmin.call(() -> divisions.update(ADMIN, change)).orElseThrow();

            assertThat(saved.veiligThuisRegion()).isEqualTo(vt);
            assertThat(saved.careCoordinationRegion()).as("blank is stored as unknown").isNull();
            assertThat(current().veiligThuisRegion()).as("the snapshot the resolver reads").isEqualTo(vt);
            assertThat(audit.forEntity(ReportingPoints.AUDIT_CONTEXT, MunicipalityDivisions.AUDIT_TYPE, CODE))
                    .anySatisfy(entry -> assertThat(entry.getDetails()).contains("veilig_thuis_region").contains(vt));
        } finally {
            asAdmin.call(() -> divisions.update(ADMIN, asIs(before, source)));
        }
        assertThat(current()).isEqualTo(before);
    }

    @Test
    void anUnknownSafetyRegionIsRefusedByFieldAndNothingChanges() throws Exception {
        MunicipalitySummary before = current();
        DivisionsChange change = new DivisionsChange(CODE, "VR99", before.ggdRegion(), before.riecRegion(),
                before.riecRegionConfirmed(), "Veilig Thuis dat niet mag", before.careCoordinationRegion(), "IT bron");

        assertThatThrownBy(() -> asAdmin.call(() -> divisions.update(ADMIN, change)))
                .isInstanceOf(InvalidDivisionsException.class)
                .satisfies(e -> assertThat(((InvalidDivisionsException) e).violations()).extracting(Violation::field)
                        .containsExactly("safety_region"));
        assertThat(current()).isEqualTo(before);
    }

    @Test
    void anUnknownMunicipalityIsReportedAsSuch() throws Exception {
        DivisionsChange change = new DivisionsChange("GM9999", "VR09", null, null, false, null, null, "IT bron");

        assertThat(asAdmin.call(() -> divisions.update(ADMIN, change))).isEmpty();
    }

    @Test
    void withoutThePlatformAdminRoleNothingCanBeChanged() {
        MunicipalitySummary before = current();

        assertThatThrownBy(() -> divisions.update(ADMIN, asIs(before, "IT bron")))
                .isInstanceOf(EJBAccessException.class);
        assertThat(current()).isEqualTo(before);
    }
}
