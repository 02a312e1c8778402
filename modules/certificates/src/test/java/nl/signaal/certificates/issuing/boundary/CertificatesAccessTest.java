package nl.signaal.certificates.issuing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.signaal.certificates.issuing.control.CertificateDocuments;
import nl.signaal.certificates.issuing.entity.Certificate;
import nl.signaal.certificates.shared.VerificationCode;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.Sector;
import org.junit.jupiter.api.Test;

/**
 * Who may download and revoke, decided in the service layer (not only by web.xml): the owner,
 * an org admin of the certificate's organisation and a platform admin; nobody else, however
 * the request reached the boundary.
 */
class CertificatesAccessTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private final Certificate certificate = new Certificate(VerificationCode.random(), 1, "owner-sub", "Anna de Vries",
            "demo-zorg", "Zorggroep", 7, 1, "Mensenhandel herkennen", Sector.HEALTHCARE, Locale.forLanguageTag("nl"),
            LocalDate.of(2026, 1, 10), Instant.parse("2026-01-10T10:00:00Z"), LocalDate.of(2026, 3, 13));

    CertificatesAccessTest() throws ReflectiveOperationException {
        java.lang.reflect.Field id = Certificate.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(certificate, 1L); // as the sequence would
    }

    private Certificates as(String subject, String organisation, String... roles) {
        Certificates service = new Certificates();
        service.em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> certificate;
                    case "createNamedQuery" -> byCode();
                    default -> null;
                });
        Caller caller = new Caller(subject, subject, subject, "", Optional.ofNullable(organisation), Set.of(roles));
        service.currentCaller = new CurrentCaller() {
            @Override
            public Optional<Caller> current() {
                return Optional.of(caller);
            }
        };
        service.clock = CLOCK;
        service.documents = new CertificateDocuments() {
            @Override
            public byte[] pdf(Certificate c) {
                return new byte[] {'%', 'P', 'D', 'F'};
            }
        };
        service.audit = new AuditTrail() {
            @Override
            public void record(Caller who, String context, String type, Object id, String action, String details) {
            }
        };
        return service;
    }

    /** Certificate.FIND_BY_CODE over the one certificate: it when the code parameter is its code, else nothing. */
    private TypedQuery<?> byCode() {
        Object[] code = new Object[1];
        return (TypedQuery<?>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        code[0] = args[1];
                        yield proxy;
                    }
                    case "getResultStream" -> certificate.getCode().equals(code[0]) ? Stream.of(certificate) : Stream.empty();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void byCodeAnAdminOfItsOrganisationRevokesAndAPlatformAdminMayToo() {
        CertificateSummary revoked = as("beheer", "demo-zorg", Role.ORG_ADMIN)
                .revokeByCode(certificate.verificationCode().readable().toLowerCase(), " Fraude ");

        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revocationReason()).isEqualTo("Fraude");
        assertThat(certificate.isRevoked()).isTrue();
        assertThatThrownBy(() -> as("platform", null, Role.PLATFORM_ADMIN).revokeByCode(certificate.getCode(), "nogmaals"))
                .isInstanceOf(InvalidRevocation.class).satisfies(e -> assertThat(((InvalidRevocation) e).alreadyRevoked()).isTrue());
    }

    @Test
    void byCodeAnAdminOfAnotherOrganisationGetsTheSameNotFoundAsForAnUnknownCode() {
        Certificates horeca = as("beheer.horeca", "demo-horeca", Role.ORG_ADMIN);

        assertThatThrownBy(() -> horeca.revokeByCode(certificate.getCode(), "fraude")).isInstanceOf(CertificateNotFound.class)
                .hasMessage("No certificate with this code for the caller");
        assertThatThrownBy(() -> horeca.revokeByCode(VerificationCode.random().value(), "fraude"))
                .isInstanceOf(CertificateNotFound.class).hasMessage("No certificate with this code for the caller");
        assertThatThrownBy(() -> horeca.revokeByCode("<script>", "fraude"))
                .isInstanceOf(CertificateNotFound.class).hasMessage("No certificate with this code for the caller");
        assertThat(certificate.isRevoked()).isFalse();
    }

    @Test
    void byCodeTheReasonIsRequired() {
        Certificates admin = as("beheer", "demo-zorg", Role.ORG_ADMIN);

        assertThatThrownBy(() -> admin.revokeByCode(certificate.getCode(), null)).isInstanceOf(InvalidRevocation.class)
                .satisfies(e -> {
                    assertThat(((InvalidRevocation) e).key()).isEqualTo("crt.revoke.reason.required");
                    assertThat(((InvalidRevocation) e).alreadyRevoked()).isFalse();
                });
        assertThat(certificate.isRevoked()).isFalse();
    }

    @Test
    void theOwnerAndTheAdminsOfItsOrganisationMayDownload() {
        assertThat(as("owner-sub", "demo-zorg", Role.LEARNER).pdf(1).fileName()).startsWith("certificaat-").endsWith(".pdf");
        assertThat(as("beheer", "demo-zorg", Role.ORG_ADMIN).pdf(1).content()).startsWith('%');
        assertThat(as("platform", null, Role.PLATFORM_ADMIN).pdf(1).content()).isNotEmpty();
    }

    @Test
    void anotherLearnerOrAnAdminOfAnotherOrganisationMayNot() {
        assertThatThrownBy(() -> as("colleague", "demo-zorg", Role.LEARNER, Role.TRAINER).pdf(1))
                .isInstanceOf(CertificateAccessDenied.class);
        assertThatThrownBy(() -> as("beheer.horeca", "demo-horeca", Role.ORG_ADMIN).pdf(1))
                .isInstanceOf(CertificateAccessDenied.class);
        assertThatThrownBy(() -> as("beheer.horeca", "demo-horeca", Role.ORG_ADMIN).revoke(1, "fraude"))
                .isInstanceOf(CertificateAccessDenied.class);
        assertThat(certificate.isRevoked()).isFalse();
    }

    @Test
    void anAdminOfItsOrganisationRevokesWithAReasonOnce() {
        Certificates admin = as("beheer", "demo-zorg", Role.ORG_ADMIN);

        assertThatThrownBy(() -> admin.revoke(1, "  ")).isInstanceOf(InvalidRevocation.class)
                .extracting(e -> ((InvalidRevocation) e).key()).isEqualTo("crt.revoke.reason.required");
        assertThatThrownBy(() -> admin.revoke(1, "x".repeat(501))).isInstanceOf(InvalidRevocation.class);
        CertificateSummary revoked = admin.revoke(1, " Fraude bij de toets ");

        assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(revoked.revocationReason()).isEqualTo("Fraude bij de toets");
        assertThatThrownBy(() -> admin.revoke(1, "nogmaals")).isInstanceOf(InvalidRevocation.class);
    }

    @Test
    void daysLeftComeFromTheInjectedClock() {
        CertificateSummary summary = Certificates.summary(certificate, LocalDate.now(CLOCK));

        assertThat(summary.daysLeft()).isEqualTo(12);
        assertThat(summary.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(Certificates.summary(certificate, LocalDate.of(2026, 3, 14)).status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(Certificates.summary(certificate, LocalDate.of(2026, 3, 13)).daysLeft()).isZero();
    }
}
