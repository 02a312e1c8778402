package nl.signaal.organisations.importing.boundary;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.signaal.organisations.departments.control.DepartmentTree;
import nl.signaal.organisations.departments.entity.Department;
import nl.signaal.organisations.importing.control.StaffCsv;
import nl.signaal.organisations.importing.control.StaffValidator;
import nl.signaal.organisations.members.control.Enrolment;
import nl.signaal.organisations.members.control.EnrolmentFailedException;
import nl.signaal.organisations.members.control.MemberStore;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.organisations.provisioning.control.IdentityProvisioning;
import nl.signaal.organisations.provisioning.control.NewIdentity;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.tenant.TenantScope;

/**
 * Imports a staff CSV file into the caller's organisation, all or nothing:
 * <ol>
 * <li>read and check every line — required fields, e-mail, department, sector, duplicates in
 * the file, people the organisation or Keycloak already has — and stop with all problems,
 * line-numbered, if there is any;</li>
 * <li>create everybody through {@link Enrolment}, which deletes the Keycloak users created so
 * far if Keycloak refuses one, and all of them if storing the members fails;</li>
 * <li>send the invitations; one that Keycloak cannot send is reported, not undone.</li>
 * </ol>
 * See {@link StaffCsv} for the file format.
 */
@Stateless
@RolesAllowed(Role.ORG_ADMIN)
public class StaffImport {

    /** The largest file accepted, in bytes; larger files are refused as a whole. */
    public static final int MAX_BYTES = StaffCsv.MAX_BYTES;

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    TenantScope tenant;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    IdentityProvisioning provisioning;

    @Inject
    Enrolment enrolment;

    @EJB
    MemberStore store;

    @Inject
    Clock clock;

    /** Checks the file without creating anyone. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportOutcome check(byte[] csv) {
        Checked checked = checkFile(csv);
        return checked.problems().isEmpty() ? new ImportOutcome(0, List.of(), List.of()) : ImportOutcome.refused(checked.problems());
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportOutcome importCsv(byte[] csv) {
        long organisationId = tenant.organisationId();
        String organisationCode = tenant.organisationCode();
        Caller caller = currentCaller.require();
        Checked checked = checkFile(csv);
        if (!checked.problems().isEmpty()) {
            return ImportOutcome.refused(checked.problems());
        }
        List<StaffValidator.ValidRow> rows = checked.rows();
        List<NewIdentity> people = rows.stream()
                .map(r -> new NewIdentity(r.email(), r.email(), r.firstName().strip(), r.lastName().strip(),
                        organisationCode, List.of(Role.LEARNER)))
                .toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            Enrolment.Enrolled<List<Long>> enrolled = enrolment.enrol(people, ids -> {
                List<Member> members = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    members.add(MemberStore.memberFor(organisationId, ids.get(i), rows.get(i), now, caller.username()));
                }
                return store.persist(caller, members);
            });
            return new ImportOutcome(enrolled.stored().size(), List.of(), enrolled.invitationsNotSent());
        } catch (EnrolmentFailedException e) {
            int line = e.index() >= 0 ? rows.get(e.index()).line() : 0;
            String email = e.index() >= 0 ? rows.get(e.index()).email() : "";
            return ImportOutcome.refused(List.of(ImportProblem.of(line, e.key(), email)));
        }
    }

    private record Checked(List<StaffValidator.ValidRow> rows, List<ImportProblem> problems) {
    }

    private Checked checkFile(byte[] csv) {
        StaffCsv.Parsed parsed = StaffCsv.parse(csv);
        if (!parsed.problems().isEmpty()) {
            return new Checked(List.of(), parsed.problems());
        }
        DepartmentTree tree = new DepartmentTree(tenant.query(em, Department.FIND_ALL, Department.class).getResultStream()
                .map(d -> new DepartmentTree.Node(d.getId(), d.getParentId(), d.getName())).toList());
        HashSet<String> emails = new HashSet<>(tenant.query(em, Member.FIND_EMAILS, String.class).getResultList());
        StaffValidator validator = new StaffValidator(tree::resolve, emails, email -> provisioning.findByEmail(email).isPresent());
        StaffValidator.Result result = validator.validate(parsed.rows());
        return new Checked(result.rows(), result.problems());
    }
}
