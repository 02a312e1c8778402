package nl.signaal.organisations.members.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import nl.signaal.organisations.importing.control.StaffValidator;
import nl.signaal.organisations.directory.entity.Organisation;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;

/**
 * Writes new members in a transaction of their own, so that the caller sees a failed commit
 * as an exception and can undo the Keycloak side (see {@link Enrolment}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MemberStore {

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The entity for one checked person; adding one and importing many build it alike. */
    public static Member memberFor(long organisationId, String keycloakId, StaffValidator.ValidRow row,
                                   OffsetDateTime now, String createdBy) {
        return new Member(organisationId, keycloakId, row.email(), row.email(), row.firstName().strip(),
                row.lastName().strip(), row.departmentId(), row.sector(), row.job(), now, createdBy);
    }

    public List<Long> persist(Caller caller, List<Member> members) {
        for (Member m : members) {
            em.persist(m);
        }
        em.flush();
        for (Member m : members) {
            audit.record(caller, "organisations", "Member", m.getId(), "create", m.getEmail());
        }
        return members.stream().map(Member::getId).toList();
    }

    /** A new organisation and its first member (its org admin), committed together. */
    public long persistOrganisation(Caller caller, Organisation organisation, java.util.function.LongFunction<Member> firstMember) {
        em.persist(organisation);
        em.flush();
        Member admin = firstMember.apply(organisation.getId());
        em.persist(admin);
        em.flush();
        audit.record(caller, "organisations", "Organisation", organisation.getId(), "create", organisation.getCode());
        audit.record(caller, "organisations", "Member", admin.getId(), "create", admin.getEmail());
        return organisation.getId();
    }
}
