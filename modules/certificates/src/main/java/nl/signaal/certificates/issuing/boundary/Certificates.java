package nl.signaal.certificates.issuing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.signaal.certificates.document.control.CertificateZip;
import nl.signaal.certificates.issuing.control.CertificateDocuments;
import nl.signaal.certificates.issuing.entity.Certificate;
import nl.signaal.certificates.shared.VerificationCode;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.time.Clocks;

/**
 * Certificates for the people who hold, manage and check them. Who may do what is decided
 * here, not in the views: the learner sees and downloads their own; an organisation admin
 * those of their own organisation only (downloads, revokes, bulk ZIP); a platform admin any
 * one; anybody may verify a code.
 */
@Stateless
public class Certificates {

    static final String CONTEXT = "certificates";
    static final int MAX_REASON = 500;
    private static final int BATCH = 100;

    @PersistenceContext(unitName = "certificates")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    CertificateDocuments documents;

    @Inject
    AuditTrail audit;

    /** Renders the certificates of a bulk download (the server's default managed executor). */
    @Resource
    ManagedExecutorService renderers;

    /** The caller's own certificates, newest first, with their state today. */
    @RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    public List<CertificateSummary> mine() {
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Certificate.FIND_BY_LEARNER, Certificate.class)
                .setParameter("subject", currentCaller.require().subject())
                .getResultStream().map(c -> summary(c, today)).toList();
    }

    /** The PDF, regenerated from the stored facts; for its owner, an admin of its organisation or a platform admin. */
    @RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    public CertificateFile pdf(long id) {
        Certificate certificate = find(id);
        Caller caller = currentCaller.require();
        if (!caller.subject().equals(certificate.getLearnerSubject()) && !administers(caller, certificate)) {
            throw new CertificateAccessDenied(id);
        }
        return new CertificateFile("certificaat-" + certificate.verificationCode().readable() + ".pdf",
                documents.pdf(certificate));
    }

    /**
     * Public verification. Unknown and malformed codes give the very same
     * {@link VerificationResult#NOT_FOUND}, so probing reveals nothing.
     */
    @PermitAll
    public VerificationResult verify(String code) {
        return VerificationCode.parse(code)
                .flatMap(c -> em.createNamedQuery(Certificate.FIND_BY_CODE, Certificate.class)
                        .setParameter("code", c.value()).getResultStream().findFirst())
                .map(this::verification)
                .orElse(VerificationResult.NOT_FOUND);
    }

    /** Revokes a certificate with a reason shown on verification; for admins of its organisation and platform admins. */
    @RolesAllowed({Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    public CertificateSummary revoke(long id, String reason) {
        Certificate certificate = find(id);
        Caller caller = currentCaller.require();
        if (!administers(caller, certificate)) {
            throw new CertificateAccessDenied(id);
        }
        return revoke(certificate, caller, reason);
    }

    /**
     * Revokes the certificate with this verification code (the API's way in). A code that is
     * malformed, unknown, or belongs to a certificate of another organisation gives the same
     * {@link CertificateNotFound}, so an admin cannot learn which codes exist elsewhere. Then the
     * same checks, revocation and audit entry as {@link #revoke(long, String)}.
     */
    @RolesAllowed({Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
    public CertificateSummary revokeByCode(String code, String reason) {
        Caller caller = currentCaller.require();
        Certificate certificate = VerificationCode.parse(code)
                .flatMap(c -> em.createNamedQuery(Certificate.FIND_BY_CODE, Certificate.class)
                        .setParameter("code", c.value()).getResultStream().findFirst())
                .filter(c -> administers(caller, c))
                .orElseThrow(CertificateNotFound::new);
        return revoke(certificate, caller, reason);
    }

    private CertificateSummary revoke(Certificate certificate, Caller caller, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidRevocation("crt.revoke.reason.required");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidRevocation("crt.revoke.reason.tooLong");
        }
        if (certificate.isRevoked()) {
            throw new InvalidRevocation(InvalidRevocation.ALREADY);
        }
        certificate.revoke(clock.instant(), caller.username(), why);
        audit.record(caller, CONTEXT, "Certificate", certificate.getId(), "revoke", why);
        return summary(certificate, LocalDate.now(clock));
    }

    /** All certificates of the caller's organisation, newest first. */
    @RolesAllowed(Role.ORG_ADMIN)
    public List<CertificateSummary> ofMyOrganisation() {
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Certificate.FIND_BY_ORGANISATION, Certificate.class)
                .setParameter("organisation", currentCaller.require().requireOrganisation())
                .getResultStream().map(c -> summary(c, today)).toList();
    }

    /** How many certificates the bulk download of the caller's organisation holds (valid, not revoked). */
    @RolesAllowed(Role.ORG_ADMIN)
    public int currentCountOfMyOrganisation() {
        return currentIds(currentCaller.require().requireOrganisation()).size();
    }

    /**
     * Writes a ZIP of the current certificates of the caller's organisation to {@code out}, as a
     * stream: ids first, then batches of {@value #BATCH} rows read outside a transaction (detached,
     * so nothing accumulates), each certificate rendered on one of the server's managed threads
     * ({@code signaal.certificates.zip.threads}, by default one per core) and written in order as
     * soon as it is ready. Memory stays flat whether the organisation has ten certificates or ten
     * thousand.
     */
    @RolesAllowed(Role.ORG_ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int writeZipOfMyOrganisation(OutputStream out) {
        String organisation = currentCaller.require().requireOrganisation();
        List<Long> ids = currentIds(organisation);
        byte[] logo = documents.logoOf(organisation);
        try (CertificateZip zip = new CertificateZip(out, renderers, documents.zipThreads())) {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<Certificate> batch = em.createNamedQuery(Certificate.FIND_BY_IDS, Certificate.class)
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + BATCH))).getResultList();
                for (Certificate certificate : batch) {
                    zip.add(entryName(certificate), certificate.facts(), logo, documents.verificationUrl(certificate.verificationCode()));
                }
                em.clear();
            }
            return zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String entryName(Certificate certificate) {
        String name = certificate.getLearnerName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return (name.isEmpty() ? "certificaat" : name) + "-" + certificate.getCode() + ".pdf";
    }

    private List<Long> currentIds(String organisation) {
        return em.createNamedQuery(Certificate.CURRENT_IDS_OF_ORGANISATION, Long.class)
                .setParameter("organisation", organisation)
                .setParameter("today", LocalDate.now(clock)).getResultList();
    }

    private Certificate find(long id) {
        Certificate certificate = em.find(Certificate.class, id);
        if (certificate == null) {
            throw new CertificateNotFound(id);
        }
        return certificate;
    }

    private static boolean administers(Caller caller, Certificate certificate) {
        return caller.hasRole(Role.PLATFORM_ADMIN) || (caller.hasRole(Role.ORG_ADMIN)
                && caller.organisation().map(certificate.getOrganisationCode()::equals).orElse(false));
    }

    private VerificationResult verification(Certificate c) {
        return new VerificationResult(status(c, LocalDate.now(clock)), c.getLearnerName(), c.getCourseTitle(),
                c.getCourseVersion(), LocalDate.ofInstant(c.getIssuedAt(), Clocks.AMSTERDAM), c.getValidUntil(),
                c.getRevocationReason());
    }

    static CertificateStatus status(Certificate c, LocalDate today) {
        if (c.isRevoked()) {
            return CertificateStatus.REVOKED;
        }
        return c.isExpiredOn(today) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    static CertificateSummary summary(Certificate c, LocalDate today) {
        Long daysLeft = c.getValidUntil() == null ? null : ChronoUnit.DAYS.between(today, c.getValidUntil());
        return new CertificateSummary(c.getId(), c.verificationCode().readable(), c.getLearnerName(), c.getCourseTitle(),
                c.getCourseVersion(), c.getOrganisationName(), c.getCompletedOn(), c.getValidUntil(), status(c, today),
                daysLeft, c.getRevokedAt(), c.getRevocationReason());
    }
}
