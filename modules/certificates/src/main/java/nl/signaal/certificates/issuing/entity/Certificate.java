package nl.signaal.certificates.issuing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import nl.signaal.certificates.document.control.CertificateFacts;
import nl.signaal.certificates.shared.VerificationCode;
import nl.signaal.platform.shared.Sector;

/**
 * An issued certificate: the facts it prints (stored, so that the PDF is regenerated
 * identically), who it belongs to, and whether it was revoked. Never deleted; a revoked
 * certificate keeps answering verification with its reason.
 */
@Entity
@Table(name = "certificate", schema = "certificates")
@NamedQueries({
        @NamedQuery(name = Certificate.FIND_BY_CODE, query = "SELECT c FROM Certificate c WHERE c.code = :code"),
        @NamedQuery(name = Certificate.FIND_BY_COMPLETION,
                query = "SELECT c FROM Certificate c WHERE c.completionId = :completion"),
        @NamedQuery(name = Certificate.FIND_BY_LEARNER,
                query = "SELECT c FROM Certificate c WHERE c.learnerSubject = :subject ORDER BY c.issuedAt DESC, c.id DESC"),
        @NamedQuery(name = Certificate.FIND_BY_ORGANISATION,
                query = "SELECT c FROM Certificate c WHERE c.organisationCode = :organisation ORDER BY c.issuedAt DESC, c.id DESC"),
        @NamedQuery(name = Certificate.CURRENT_IDS_OF_ORGANISATION,
                query = "SELECT c.id FROM Certificate c WHERE c.organisationCode = :organisation AND c.revokedAt IS NULL"
                        + " AND (c.validUntil IS NULL OR c.validUntil >= :today) ORDER BY c.id"),
        @NamedQuery(name = Certificate.FIND_BY_IDS, query = "SELECT c FROM Certificate c WHERE c.id IN :ids ORDER BY c.id")
})
public class Certificate {

    public static final String FIND_BY_CODE = "Certificate.findByCode";
    public static final String FIND_BY_COMPLETION = "Certificate.findByCompletion";
    public static final String FIND_BY_LEARNER = "Certificate.findByLearner";
    public static final String FIND_BY_ORGANISATION = "Certificate.findByOrganisation";
    public static final String CURRENT_IDS_OF_ORGANISATION = "Certificate.currentIdsOfOrganisation";
    public static final String FIND_BY_IDS = "Certificate.findByIds";

    @Id
    @SequenceGenerator(name = "certificate_seq", schema = "certificates", sequenceName = "certificate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 28)
    private String code;

    @Column(name = "completion_id", nullable = false, unique = true)
    private long completionId;

    @Column(name = "learner_subject", nullable = false)
    private String learnerSubject;

    @Column(name = "learner_name", nullable = false)
    private String learnerName;

    @Column(name = "organisation_code", nullable = false)
    private String organisationCode;

    @Column(name = "organisation_name", nullable = false)
    private String organisationName;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "course_title", nullable = false)
    private String courseTitle;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    @Column(nullable = false)
    private String language;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    protected Certificate() {
    }

    public Certificate(VerificationCode code, long completionId, String learnerSubject, String learnerName,
                       String organisationCode, String organisationName, long courseId, int courseVersion,
                       String courseTitle, Sector sector, Locale language, LocalDate completedOn, Instant issuedAt,
                       LocalDate validUntil) {
        this.code = code.value();
        this.completionId = completionId;
        this.learnerSubject = learnerSubject;
        this.learnerName = learnerName;
        this.organisationCode = organisationCode;
        this.organisationName = organisationName;
        this.courseId = courseId;
        this.courseVersion = courseVersion;
        this.courseTitle = courseTitle;
        this.sector = sector;
        this.language = language.toLanguageTag();
        this.completedOn = completedOn;
        this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
        this.validUntil = validUntil;
    }

    /** The facts the document is drawn from. */
    public CertificateFacts facts() {
        return new CertificateFacts(verificationCode(), learnerName, courseTitle, courseVersion, sector,
                organisationName, completedOn, validUntil, issuedAt.toInstant(), Locale.forLanguageTag(language));
    }

    public void revoke(Instant at, String by, String reason) {
        revokedAt = at.atOffset(ZoneOffset.UTC);
        revokedBy = by;
        revocationReason = reason;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Expired once the last day of validity lies before {@code today}. */
    public boolean isExpiredOn(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }

    public VerificationCode verificationCode() {
        return VerificationCode.parse(code).orElseThrow();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public long getCompletionId() { return completionId; }
    public String getLearnerSubject() { return learnerSubject; }
    public String getLearnerName() { return learnerName; }
    public String getOrganisationCode() { return organisationCode; }
    public String getOrganisationName() { return organisationName; }
    public long getCourseId() { return courseId; }
    public int getCourseVersion() { return courseVersion; }
    public String getCourseTitle() { return courseTitle; }
    public Sector getSector() { return sector; }
    public LocalDate getCompletedOn() { return completedOn; }
    public Instant getIssuedAt() { return issuedAt.toInstant(); }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getRevokedAt() { return revokedAt == null ? null : revokedAt.toInstant(); }
    public String getRevokedBy() { return revokedBy; }
    public String getRevocationReason() { return revocationReason; }
}
