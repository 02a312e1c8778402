package nl.signaal.certificates.issuing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import nl.signaal.certificates.issuing.entity.Certificate;
import nl.signaal.certificates.shared.VerificationCode;
import nl.signaal.platform.events.CourseCompleted;
import nl.signaal.platform.time.Clocks;

/**
 * Issues the certificate of a completion, once. Runs in its own transaction because it is
 * called after learning's transaction has committed: a failure here must not undo the
 * completion, and the completion's commit is what makes issuing safe.
 */
@Stateless
public class CertificateIssuer {

    @PersistenceContext(unitName = "certificates")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OrganisationNames organisations;

    /**
     * @return the id of the new certificate; empty when this completion already has one
     *         (events may be delivered twice; the unique completion id is the last guard)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> issue(CourseCompleted completed) {
        if (!em.createNamedQuery(Certificate.FIND_BY_COMPLETION, Certificate.class)
                .setParameter("completion", completed.completionId()).getResultList().isEmpty()) {
            return Optional.empty();
        }
        LocalDate completedOn = LocalDate.ofInstant(completed.completedAt(), Clocks.AMSTERDAM);
        LocalDate validUntil = completed.validityMonths().map(completedOn::plusMonths).orElse(null);
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Certificate certificate = new Certificate(VerificationCode.random(), completed.completionId(),
                completed.learnerSubject(), completed.learnerName(), completed.organisationCode(),
                organisations.nameOf(completed.organisationCode()), completed.courseId(), completed.courseVersion(),
                completed.courseTitle(), completed.sector(), Locale.forLanguageTag("nl"), completedOn, issuedAt, validUntil);
        em.persist(certificate);
        em.flush();
        return Optional.of(certificate.getId());
    }
}
