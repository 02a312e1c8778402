package nl.signaal.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One change made by a person: who, when, to what, and a short human-readable description. */
@Entity
@Table(schema = "platform", name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_FOR_ENTITY,
        query = "SELECT a FROM AuditEntry a WHERE a.context = :context AND a.entityType = :type AND a.entityId = :id ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = AuditEntry.FIND_FOR_CONTEXT,
        query = "SELECT a FROM AuditEntry a WHERE a.context = :context ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry {

    public static final String FIND_FOR_ENTITY = "AuditEntry.findForEntity";
    public static final String FIND_FOR_CONTEXT = "AuditEntry.findForContext";

    @Id
    @SequenceGenerator(name = "audit_entry_seq", schema = "platform", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    private String organisation;

    @Column(nullable = false)
    private String context;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(nullable = false)
    private String action;

    private String details;

    protected AuditEntry() {
    }

    public AuditEntry(OffsetDateTime occurredAt, String actor, String organisation, String context,
                      String entityType, String entityId, String action, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.organisation = organisation;
        this.context = context;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.details = details;
    }

    public Long getId() { return id; }
    public OffsetDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getOrganisation() { return organisation; }
    public String getContext() { return context; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public String getAction() { return action; }
    public String getDetails() { return details; }
}
