package nl.signaal.organisations.signals.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import nl.signaal.organisations.directory.control.OrganisationTenants;
import nl.signaal.platform.events.SignalsJudged;

/**
 * Turns one {@link SignalsJudged} into aggregate-ready facts of the organisation the event names
 * (not the caller's: the event may arrive with any caller or none — which is why this file may
 * write across organisations, see {@code TenantScopingTest}).
 * <ul>
 * <li>per person × course × signal one row whose flags are only ever switched on, so the upsert
 * is idempotent: the same event twice, or two racing, leave the same row;</li>
 * <li>the heat map's tally ({@code signal_tally}) follows these rows by the database's triggers
 * (V2.12, docs/adr/0009), in this transaction;</li>
 * <li>the signal's wording, inserted once and updated only when it changed — a plain
 * {@code UPDATE … WHERE changed} locks nothing in the common case, so learners answering at the
 * same time never queue on a label row.</li>
 * </ul>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignalRecorder {

    private static final Logger LOG = Logger.getLogger(SignalRecorder.class.getName());

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    OrganisationTenants tenants;

    /** Stores the judgements; false when the organisation is unknown (nothing stored). */
    public boolean record(SignalsJudged judged) {
        Optional<Long> organisation = tenants.organisationIdOf(judged.organisationCode());
        if (organisation.isEmpty()) {
            LOG.warning(() -> "Answer " + judged.answerEventId() + " names unknown organisation "
                    + judged.organisationCode() + "; signals not recorded");
            return false;
        }
        Timestamp at = Timestamp.from(judged.occurredAt());
        // in the order of their ids: the heat map's tally rows are locked in that order (V2.12), so
        // two answers about the same signals never wait for each other in a circle
        List<SignalsJudged.JudgedSignal> signals = judged.signals().stream()
                .sorted(Comparator.comparing(SignalsJudged.JudgedSignal::signalId)).toList();
        for (SignalsJudged.JudgedSignal signal : signals) {
            em.createNativeQuery("INSERT INTO organisations.signal_judgement"
                            + " (id, organisation_id, learner_subject, course_id, signal_id, missed, recognised, first_at, last_at)"
                            + " VALUES (nextval('organisations.signal_judgement_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)"
                            + " ON CONFLICT (organisation_id, course_id, signal_id, learner_subject) DO UPDATE SET"
                            + " missed = signal_judgement.missed OR EXCLUDED.missed,"
                            + " recognised = signal_judgement.recognised OR EXCLUDED.recognised,"
                            + " first_at = LEAST(signal_judgement.first_at, EXCLUDED.first_at),"
                            + " last_at = GREATEST(signal_judgement.last_at, EXCLUDED.last_at)")
                    .setParameter(1, organisation.get())
                    .setParameter(2, judged.learnerSubject())
                    .setParameter(3, judged.courseId())
                    .setParameter(4, signal.signalId())
                    .setParameter(5, signal.missed())
                    .setParameter(6, !signal.missed())
                    .setParameter(7, at)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO organisations.signal_label"
                            + " (course_id, signal_id, course_title, label_nl, label_en, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                            + " ON CONFLICT (course_id, signal_id) DO NOTHING")
                    .setParameter(1, judged.courseId()).setParameter(2, signal.signalId()).setParameter(3, judged.courseTitle())
                    .setParameter(4, signal.labelNl()).setParameter(5, signal.labelEn()).setParameter(6, at)
                    .executeUpdate();
            em.createNativeQuery("UPDATE organisations.signal_label SET course_title = ?3, label_nl = ?4, label_en = ?5, updated_at = ?6"
                            + " WHERE course_id = ?1 AND signal_id = ?2 AND updated_at < ?6"
                            + " AND (course_title <> ?3 OR label_nl <> ?4 OR label_en <> ?5)")
                    .setParameter(1, judged.courseId()).setParameter(2, signal.signalId()).setParameter(3, judged.courseTitle())
                    .setParameter(4, signal.labelNl()).setParameter(5, signal.labelEn()).setParameter(6, at)
                    .executeUpdate();
        }
        return true;
    }
}
