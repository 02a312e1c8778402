package nl.signaal.certificates.document.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import nl.signaal.certificates.shared.VerificationCode;
import nl.signaal.platform.shared.Sector;

/** Facts for tests and benchmarks. */
public final class Certificates {

    public static final String BASE_URL = "https://signaal.example/signaal/";
    public static final VerificationCode CODE = VerificationCode.parse("7K3M-Q9TX-4D2H-ABCD-EFGH-JKMN-PQRS").orElseThrow();

    private Certificates() {
    }

    public static CertificateFacts facts(String name) {
        return new CertificateFacts(CODE, name, "Mensenhandel herkennen in de zorg", 3, Sector.HEALTHCARE,
                "Zorggroep Rivierenland (demo)", LocalDate.of(2025, 3, 14), LocalDate.of(2027, 3, 14),
                Instant.parse("2025-03-14T09:30:00Z"), Locale.forLanguageTag("nl"));
    }

    public static CertificateFacts withCode(CertificateFacts f, VerificationCode code) {
        return new CertificateFacts(code, f.learnerName(), f.courseTitle(), f.courseVersion(), f.sector(),
                f.organisationName(), f.completedOn(), f.validUntil(), f.issuedAt(), f.locale());
    }
}
