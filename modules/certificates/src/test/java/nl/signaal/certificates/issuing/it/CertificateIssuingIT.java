package nl.signaal.certificates.issuing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import nl.signaal.certificates.issuing.boundary.CertificateStatus;
import nl.signaal.certificates.issuing.boundary.Certificates;
import nl.signaal.certificates.issuing.boundary.VerificationResult;
import nl.signaal.certificates.shared.VerificationCode;
import nl.signaal.platform.events.CourseCompleted;
import nl.signaal.platform.shared.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issuing through the real CDI event and PostgreSQL: a completion issues one certificate even
 * when the event arrives twice, and verification tells valid, expired and revoked apart while
 * unknown and malformed codes get the identical answer.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIssuingIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "certificates-issuing-it.war")
                .addPackages(true, "nl.signaal.certificates")
                // the platform types the context uses (in the EAR they come from signaal-platform.jar)
                .addPackages(false, "nl.signaal.platform.caller", "nl.signaal.platform.events", "nl.signaal.platform.shared",
                        "nl.signaal.platform.time", "nl.signaal.platform.audit")
                // organisation names come through this port; no implementation here, so the code is shown
                .addClass(nl.signaal.platform.tenant.TenantDirectory.class)
                .addAsResource("it/persistence.xml", "META-INF/persistence.xml")
                .addAsResource("nl/signaal/certificates/document/control/texts.properties")
                .addAsResource("nl/signaal/certificates/document/control/texts_nl.properties")
                .addAsResource("nl/signaal/certificates/document/control/texts_en.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core", "org.apache.pdfbox:pdfbox", "org.apache.pdfbox:xmpbox",
                                "com.google.zxing:core", "net.sf.jasperreports:jasperreports-fonts")
                        .withTransitivity().asFile());
    }

    @Inject
    Event<CourseCompleted> completions;

    @EJB
    Certificates certificates;

    @EJB
    CertificateProbe probe;

    private static CourseCompleted completion(long id, Instant completedAt, Optional<Integer> months) {
        return new CourseCompleted(id, "it-subject-" + id, "Łukasz Żółć", "demo-horeca", 4711, 2,
                "Arbeidsuitbuiting herkennen", Sector.HOSPITALITY, completedAt, 90, months);
    }

    private static long uniqueCompletionId() {
        return -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE); // negative: never one of learning's
    }

    @Test
    void aCompletionHeardTwiceIssuesOneCertificate() {
        long id = uniqueCompletionId();
        CourseCompleted completed = completion(id, Instant.now(), Optional.of(24));

        completions.fire(completed);
        List<String> codes = probe.codesOfCompletion(id);
        assertThat(codes).as("issued on the first event").hasSize(1);

        completions.fire(completed);
        assertThat(probe.codesOfCompletion(id)).as("nothing more on the second").isEqualTo(codes);
        VerificationResult result = certificates.verify(codes.get(0));
        assertThat(result.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(result.learnerName()).isEqualTo("Łukasz Żółć");
        assertThat(result.courseTitle()).isEqualTo("Arbeidsuitbuiting herkennen");
        assertThat(result.courseVersion()).isEqualTo(2);
        assertThat(result.validUntil()).isAfter(LocalDate.now().plusMonths(23));
        assertThat(result.revocationReason()).isNull();
    }

    @Test
    void aCertificatePastItsValidityIsExpired() {
        long id = uniqueCompletionId();
        completions.fire(completion(id, Instant.parse("2020-01-15T10:00:00Z"), Optional.of(12)));

        VerificationResult result = certificates.verify(probe.codesOfCompletion(id).get(0));

        assertThat(result.status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(result.validUntil()).isEqualTo(LocalDate.of(2021, 1, 15));
    }

    @Test
    void aRevokedCertificateSaysSoWithItsReason() {
        long id = uniqueCompletionId();
        completions.fire(completion(id, Instant.now(), Optional.empty()));
        String code = probe.codesOfCompletion(id).get(0);

        probe.revoke(code, "Uitgereikt aan de verkeerde persoon");
        VerificationResult result = certificates.verify(VerificationCode.parse(code).orElseThrow().readable().toLowerCase());

        assertThat(result.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(result.revocationReason()).isEqualTo("Uitgereikt aan de verkeerde persoon");
        assertThat(result.validUntil()).isNull();
    }

    @Test
    void unknownAndMalformedCodesGetTheSameAnswer() {
        VerificationResult unknown = certificates.verify(VerificationCode.random().value());
        VerificationResult malformed = certificates.verify("' OR 1=1 --");

        assertThat(unknown).isEqualTo(malformed).isEqualTo(VerificationResult.NOT_FOUND);
        assertThat(certificates.verify(null)).isEqualTo(VerificationResult.NOT_FOUND);
    }
}
