package nl.signaal.organisations.members.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.signaal.organisations.departments.control.DepartmentTree;
import nl.signaal.organisations.departments.entity.Department;
import nl.signaal.organisations.importing.boundary.ImportProblem;
import nl.signaal.organisations.importing.control.StaffRow;
import nl.signaal.organisations.importing.control.StaffValidator;
import nl.signaal.organisations.members.control.Enrolment;
import nl.signaal.organisations.members.control.EnrolmentFailedException;
import nl.signaal.organisations.members.control.MemberStore;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.organisations.provisioning.control.IdentityProvisioning;
import nl.signaal.organisations.provisioning.control.NewIdentity;
import nl.signaal.organisations.provisioning.control.ProvisioningException;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.tenant.TenantScope;

/**
 * The members of the caller's organisation, for its org admins. Ids from the outside are
 * always checked against the caller's organisation; a foreign id fails like a missing one
 * ({@code NotInYourOrganisationException}, 404 in the web).
 */
@Stateless
@RolesAllowed(Role.ORG_ADMIN)
public class Members {

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    TenantScope tenant;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Enrolment enrolment;

    @EJB
    MemberStore store;

    @Inject
    IdentityProvisioning provisioning;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Members by name; only those of one department when {@code departmentId} is given, and
     * only active ones unless {@code includeInactive}.
     */
    public List<MemberView> list(Long departmentId, boolean includeInactive) {
        List<Member> members;
        if (departmentId != null) {
            tenant.find(em, Department.class, departmentId);
            members = tenant.query(em, Member.FIND_IN_DEPARTMENT, Member.class)
                    .setParameter("department", departmentId).getResultList();
        } else {
            members = tenant.query(em, Member.FIND_ALL, Member.class).getResultList();
        }
        DepartmentTree tree = tree();
        return members.stream().filter(m -> includeInactive || m.isActive()).map(m -> view(m, tree)).toList();
    }

    public MemberView find(long id) {
        return view(tenant.find(em, Member.class, id), tree());
    }

    /**
     * Adds one person: checks them like an import line, creates the Keycloak user (role learner,
     * this organisation) and the member, then asks Keycloak to mail the invitation.
     * Runs outside a transaction: {@link Enrolment} commits the row itself and undoes the
     * Keycloak user if that fails.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AddedMember add(NewMember member) {
        long organisationId = tenant.organisationId();
        String organisationCode = tenant.organisationCode();
        if (member.departmentId() != null) {
            tenant.find(em, Department.class, member.departmentId());
        }
        StaffRow row = new StaffRow(0, blankIfNull(member.firstName()), blankIfNull(member.lastName()),
                blankIfNull(member.email()), "", member.sector() == null ? "" : member.sector().name(), blankIfNull(member.job()));
        StaffValidator validator = new StaffValidator(path -> Optional.empty(), emailsInOrganisation(),
                email -> provisioning.findByEmail(email).isPresent());
        StaffValidator.Result result = validator.validate(List.of(row));
        if (!result.problems().isEmpty()) {
            ImportProblem first = result.problems().get(0);
            throw new Refusal(first.key(), first.args().toArray());
        }
        StaffValidator.ValidRow checked = result.rows().get(0);
        StaffValidator.ValidRow valid = new StaffValidator.ValidRow(0, checked.firstName(), checked.lastName(), checked.email(),
                member.departmentId(), checked.sector(), checked.job());
        Caller caller = currentCaller.require();
        NewIdentity identity = new NewIdentity(valid.email(), valid.email(), valid.firstName().strip(), valid.lastName().strip(),
                organisationCode, List.of(Role.LEARNER));
        try {
            var enrolled = enrolment.enrol(List.of(identity), ids -> store.persist(caller, List.of(
                    MemberStore.memberFor(organisationId, ids.get(0), valid, OffsetDateTime.now(clock), caller.username()))));
            return new AddedMember(find(enrolled.stored().get(0)), enrolled.invitationsNotSent().isEmpty());
        } catch (EnrolmentFailedException e) {
            throw new Refusal(e.key(), valid.email());
        }
    }

    /**
     * Ends a membership: the Keycloak user is disabled (no more sign-in), the member row stays
     * with who deactivated it and when.
     */
    public MemberView deactivate(long id) {
        Member member = tenant.find(em, Member.class, id);
        if (member.isActive()) {
            Caller caller = currentCaller.require();
            member.deactivate(OffsetDateTime.now(clock), caller.username());
            em.flush();
            try {
                provisioning.disable(member.getKeycloakUserId());
            } catch (ProvisioningException e) {
                throw new Refusal("org.member.error.keycloak", member.getEmail());
            }
            audit.record(caller, "organisations", "Member", id, "deactivate", member.getEmail());
        }
        return view(member, tree());
    }

    /** E-mail addresses (lower case) of everyone the organisation has or had. */
    HashSet<String> emailsInOrganisation() {
        return new HashSet<>(tenant.query(em, Member.FIND_EMAILS, String.class).getResultList());
    }

    private DepartmentTree tree() {
        return new DepartmentTree(tenant.query(em, Department.FIND_ALL, Department.class).getResultStream()
                .map(d -> new DepartmentTree.Node(d.getId(), d.getParentId(), d.getName())).toList());
    }

    private static MemberView view(Member m, DepartmentTree tree) {
        String department = m.getDepartmentId() == null ? "" : tree.find(m.getDepartmentId()).map(d -> d.path()).orElse("");
        return new MemberView(m.getId(), m.getFirstName(), m.getLastName(), m.getEmail(), m.getDepartmentId(), department,
                m.getSector() == null ? null : m.getSector().name(), m.getJob(), m.isActive(), m.getDeactivatedAt(),
                m.getDeactivatedBy());
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
