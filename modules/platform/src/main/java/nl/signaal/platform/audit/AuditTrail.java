package nl.signaal.platform.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.signaal.platform.caller.Caller;

/**
 * Records who changed what, in the caller's transaction: if the change rolls back, so does
 * its audit entry. Contexts call {@link #record} from their services, never from views.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(Caller caller, String context, String entityType, Object entityId, String action, String details) {
        em.persist(new AuditEntry(OffsetDateTime.now(clock), caller.username(), caller.organisation().orElse(null),
                context, entityType, String.valueOf(entityId), action, details));
    }

    public List<AuditEntry> forEntity(String context, String entityType, Object entityId) {
        return em.createNamedQuery(AuditEntry.FIND_FOR_ENTITY, AuditEntry.class)
                .setParameter("context", context)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .getResultList();
    }

    public List<AuditEntry> latest(String context, int max) {
        return em.createNamedQuery(AuditEntry.FIND_FOR_CONTEXT, AuditEntry.class)
                .setParameter("context", context)
                .setMaxResults(max)
                .getResultList();
    }
}
