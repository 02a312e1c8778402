package nl.signaal.routes.importing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;
import nl.signaal.routes.importing.boundary.CsvError;
import nl.signaal.routes.importing.boundary.ImportOutcome;
import nl.signaal.routes.importing.boundary.ReportingPointTransfer;
import nl.signaal.routes.importing.control.ReportingPointCsv;
import nl.signaal.routes.points.boundary.ReportingPoints;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CSV import against the real PostgreSQL schema: every kind of bad line is refused with
 * its line number and nothing at all is written (the stored points, exported before and
 * after, are identical, and no audit entry appears); a clean file is imported with an audit
 * entry per point. The running stack's database keeps its data, so names are unique per run
 * and imported points are deleted again.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingPointImportIT {

    private static final Caller ADMIN = new Caller("it-admin", "it-platform-admin", "IT Platformbeheer", "it@example.org",
            Optional.empty(), Set.of(Role.PLATFORM_ADMIN));

    @Deployment
    static WebArchive deployment() {
        // the routes packages without their unit tests, dev tools and the PDF card (PDFBox is not needed here)
        Filter<ArchivePath> production = path -> {
            String p = path.get();
            return !p.endsWith("Test.class") && !p.contains("/tools/") && !p.contains("/benchmark/") && !p.contains("/card/")
                    && !p.contains("jmh_generated");
        };
        return ShrinkWrap.create(WebArchive.class, "routes-import-it.war")
                .addPackages(true, production, "nl.signaal.routes")
                .addPackages(false, "nl.signaal.platform.shared", "nl.signaal.platform.caller", "nl.signaal.platform.audit",
                        "nl.signaal.platform.time")
                .addAsResource("it/persistence.xml", "META-INF/persistence.xml")
                .addAsResource("nl/signaal/routes/messages.properties")
                .addAsResource("nl/signaal/routes/messages_nl.properties")
                .addAsResource("nl/signaal/routes/messages_en.properties")
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                // libraries used inside the server travel with the archive
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.apache.commons:commons-csv").withTransitivity().asFile())
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
    }

    @EJB
    ReportingPointTransfer transfer;

    @EJB
    ReportingPoints points;

    @EJB
    AuditTrail audit;

    @EJB
    AsPlatformAdmin asAdmin;

    @PersistenceContext(unitName = "routes")
    EntityManager em;

    private static String header() {
        return String.join(",", ReportingPointCsv.COLUMNS);
    }

    /** A valid line for a new municipal meldpunt; {@code overrides} change single columns. */
    private static String line(String name, Map<String, String> overrides) {
        Map<String, String> cells = new LinkedHashMap<>();
        ReportingPointCsv.COLUMNS.forEach(c -> cells.put(c, ""));
        cells.put("name", name);
        cells.put("kind", "KNOWLEDGE");
        cells.put("scope", "MUNICIPALITY");
        cells.put("areas", "GM0363");
        cells.put("forms", "LABOUR");
        cells.put("phone", "020-1234567");
        cells.put("source_url", "https://example.org/signaal-it");
        cells.put("confidence", "UNCONFIRMED");
        cells.put("notes", "Arquillian test data; deleted by the test");
        cells.putAll(overrides);
        return String.join(",", cells.values().stream().map(v -> v.contains(",") ? '"' + v + '"' : v).toList());
    }

    private static byte[] file(String... lines) {
        List<String> all = new ArrayList<>();
        all.add(header());
        all.addAll(List.of(lines));
        return (String.join("\n", all) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private long storedPoints() {
        return em.createQuery("SELECT COUNT(p) FROM ReportingPoint p", Long.class).getSingleResult();
    }

    private int auditEntries() {
        return audit.latest(ReportingPoints.AUDIT_CONTEXT, 100_000).size();
    }

    @ParameterizedTest(name = "line 3 with {0} is refused ({1}) and nothing is written")
    @CsvSource(delimiter = ';', textBlock = """
            an unknown municipality code ; points.error.unknownMunicipality ; areas      ; GM9999
            an unknown form              ; points.error.unknownForm         ; forms      ; SLAVERY
            a malformed phone number     ; points.error.malformedPhone      ; phone      ; 12-34
            a missing source             ; points.error.sourceRequired      ; source_url ; ''
            a duplicate in the file      ; csv.error.duplicateInFile        ; name       ; SAME
            a duplicate of a stored point; csv.error.duplicateExisting      ; name       ; STORED
            an unknown id                ; csv.error.unknownId              ; id         ; 999999999
            """)
    void aBadLineIsRefusedWithItsLineNumberAndTheDatabaseIsUnchanged(String kind, String key, String column, String value)
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String good = "IT " + run + " goed";
        String badValue = switch (value) {
            case "SAME" -> good;
            case "STORED" -> "Meld Misdaad Anoniem (M.)";
            default -> value;
        };
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("name", "IT " + run + " fout");
        bad.put(column, badValue);
        if ("STORED".equals(value)) {
            bad.put("scope", "NATIONAL");
            bad.put("areas", "");
        }
        byte[] csv = file(line(good, Map.of()), line("IT " + run + " fout", bad));
        long pointsBefore = storedPoints();
        int auditBefore = auditEntries();
        byte[] exportBefore = asAdmin.call(transfer::exportCsv);

        ImportOutcome outcome = asAdmin.call(() -> transfer.importCsv(ADMIN, csv));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.errors()).extracting(CsvError::line, e -> e.message().key()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, key));
        assertThat(outcome.created()).isZero();
        assertThat(storedPoints()).isEqualTo(pointsBefore);
        assertThat(auditEntries()).isEqualTo(auditBefore);
        assertThat(asAdmin.call(transfer::exportCsv)).isEqualTo(exportBefore);
    }

    @Test
    void aCleanFileIsImportedWithAnAuditEntryPerPoint() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = file(line("IT " + run + " Súdwest", Map.of("areas", "GM1900")),
                line("IT " + run + " Ämsterdam", Map.of("phone", "0800-2000", "verified_on", "2025-01-31")));
        long before = storedPoints();

        ImportOutcome outcome = asAdmin.call(() -> transfer.importCsv(ADMIN, csv));

        try {
            assertThat(outcome.errors()).isEmpty();
            assertThat(outcome.created()).isEqualTo(2);
            assertThat(storedPoints()).isEqualTo(before + 2);
            assertThat(new String(asAdmin.call(transfer::exportCsv), StandardCharsets.UTF_8))
                    .contains("IT " + run + " Súdwest", "IT " + run + " Ämsterdam", "2025-01-31");
            for (Long id : idsOf(run)) {
                assertThat(audit.forEntity(ReportingPoints.AUDIT_CONTEXT, ReportingPoints.AUDIT_TYPE, id))
                        .extracting(a -> a.getAction() + " by " + a.getActor()).contains("import-create by it-platform-admin");
            }
        } finally {
            for (Long id : idsOf(run)) {
                asAdmin.call(() -> points.delete(ADMIN, id));
            }
        }
        assertThat(storedPoints()).isEqualTo(before);
    }

    @Test
    void withoutThePlatformAdminRoleTheImportIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> transfer.importCsv(ADMIN, file()))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    private List<Long> idsOf(String run) {
        return em.createQuery("SELECT p.id FROM ReportingPoint p WHERE p.name LIKE :name", Long.class)
                .setParameter("name", "IT " + run + "%").getResultList();
    }
}
