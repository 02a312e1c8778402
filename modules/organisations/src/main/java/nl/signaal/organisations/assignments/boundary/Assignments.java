package nl.signaal.organisations.assignments.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.signaal.organisations.assignments.control.Audience;
import nl.signaal.organisations.assignments.control.DueDates;
import nl.signaal.organisations.assignments.entity.Assignment;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.organisations.completions.entity.CompletionFact;
import nl.signaal.organisations.completions.entity.CourseVersionPolicy;
import nl.signaal.organisations.dashboard.control.DashboardReader;
import nl.signaal.organisations.departments.control.DepartmentTree;
import nl.signaal.organisations.departments.entity.Department;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.tenant.TenantScope;

/**
 * Assignments of the caller's organisation. Org admins create, list and delete them; every id
 * from the outside (assignment, department) is checked against the caller's organisation, and
 * a foreign id fails like a missing one. Learners ask {@link #mine()} what applies to them.
 * The course is named by the web layer from learning's published courses (this context never
 * reads learning), so its title is cached here.
 */
@Stateless
@RolesAllowed(Role.ORG_ADMIN)
public class Assignments {

    /** Longest recurrence: ten years. */
    public static final int MAX_RECURRENCE_MONTHS = 120;

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    TenantScope tenant;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<AssignmentView> list() {
        DepartmentTree tree = tree();
        return tenant.query(em, Assignment.FIND_ALL, Assignment.class).getResultStream().map(a -> view(a, tree)).toList();
    }

    public AssignmentView find(long id) {
        return view(tenant.find(em, Assignment.class, id), tree());
    }

    public AssignmentView create(NewAssignment request) {
        if (request == null) {
            throw new Refusal("org.assignment.error.course");
        }
        if (request.departmentId() != null) {
            tenant.find(em, Department.class, request.departmentId()); // foreign: 404 before anything else is said
        }
        String title = request.courseTitle() == null ? "" : request.courseTitle().strip();
        if (request.courseId() <= 0 || title.isEmpty() || title.length() > 300) {
            throw new Refusal("org.assignment.error.course");
        }
        Target target = request.target();
        if (target == null
                || target == Target.DEPARTMENT && request.departmentId() == null
                || target == Target.SECTOR && request.sector() == null
                || target == Target.JOB && Audience.normalise(request.job()).isEmpty()) {
            throw new Refusal("org.assignment.error.target");
        }
        String job = target == Target.JOB ? request.job().strip().replaceAll("\\s+", " ") : null;
        if (job != null && job.length() > 120) {
            throw new Refusal("org.assignment.error.target");
        }
        if (request.dueDate() == null) {
            throw new Refusal("org.assignment.error.due");
        }
        Integer months = request.recurrenceMonths();
        if (months != null && (months < 1 || months > MAX_RECURRENCE_MONTHS)) {
            throw new Refusal("org.assignment.error.recurrence", MAX_RECURRENCE_MONTHS);
        }
        Caller caller = currentCaller.require();
        Assignment assignment = new Assignment(tenant.organisationId(), request.courseId(), title, target,
                target == Target.DEPARTMENT ? request.departmentId() : null, target == Target.SECTOR ? request.sector() : null,
                job, request.dueDate(), months, OffsetDateTime.now(clock), caller.username());
        em.persist(assignment);
        em.flush();
        audit.record(caller, "organisations", "Assignment", assignment.getId(), "create",
                request.courseId() + " " + target + " " + request.dueDate());
        return view(assignment, tree());
    }

    public void delete(long id) {
        Assignment assignment = tenant.find(em, Assignment.class, id);
        em.remove(assignment);
        audit.record(currentCaller.require(), "organisations", "Assignment", id, "delete", assignment.getCourseTitle());
    }

    /**
     * The assigned courses that have a published version newer than the one this organisation's
     * admins last decided about. The web layer reads the current versions from learning (this
     * context never does). A course seen for the first time is recorded at its current version:
     * there is nothing to decide about versions older than the first assignment.
     *
     * @param currentVersions per course id, the number of its newest published version
     */
    public List<NewVersion> newVersions(Map<Long, Integer> currentVersions) {
        long organisation = tenant.organisationId();
        Map<Long, CourseVersionPolicy> policies = new HashMap<>();
        tenant.query(em, CourseVersionPolicy.FIND_ALL, CourseVersionPolicy.class).getResultStream()
                .forEach(p -> policies.put(p.getCourseId(), p));
        Map<Long, String> titles = new LinkedHashMap<>();
        tenant.query(em, Assignment.FIND_ALL, Assignment.class).getResultStream()
                .forEach(a -> titles.putIfAbsent(a.getCourseId(), a.getCourseTitle()));
        List<NewVersion> result = new ArrayList<>();
        titles.forEach((courseId, title) -> {
            Integer current = currentVersions.get(courseId);
            if (current == null) {
                return;
            }
            CourseVersionPolicy policy = policies.get(courseId);
            if (policy == null) {
                em.persist(new CourseVersionPolicy(organisation, courseId, current));
            } else if (current > policy.getKnownVersion()) {
                result.add(new NewVersion(courseId, title, current, policy.getMinimumVersion()));
            }
        });
        return result;
    }

    /**
     * The org admin's answer for {@code version} of a course: {@code retake} makes completions of
     * earlier versions stop counting for every assignment of the course (due dates, dashboard,
     * reminders); otherwise earlier versions stay valid. Certificates already issued are untouched.
     */
    public void decideNewVersion(long courseId, int version, boolean retake) {
        long organisation = tenant.organisationId();
        if (version < 1) {
            throw new Refusal("org.assignments.version.invalid");
        }
        boolean assigned = tenant.query(em, Assignment.FIND_ALL, Assignment.class).getResultStream()
                .anyMatch(a -> a.getCourseId() == courseId);
        if (!assigned) {
            throw new nl.signaal.platform.tenant.NotInYourOrganisationException(Assignment.class, courseId);
        }
        CourseVersionPolicy policy = tenant.query(em, CourseVersionPolicy.FIND_ONE, CourseVersionPolicy.class)
                .setParameter("course", courseId).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (policy == null) {
            policy = new CourseVersionPolicy(organisation, courseId, version);
            em.persist(policy);
        }
        Caller caller = currentCaller.require();
        policy.decide(version, retake, caller.subject(), OffsetDateTime.now(clock));
        audit.record(caller, "organisations", "CourseVersionPolicy", courseId, retake ? "retake-required" : "earlier-versions-count",
                "v" + version);
    }

    /**
     * The assignments that apply to the calling member, earliest due first, one per course.
     * Someone Keycloak places in the organisation but who is not (yet) a member row only gets
     * the organisation-wide assignments: their department, sector and job are unknown here.
     */
    @RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN})
    public List<MyAssignment> mine() {
        Caller caller = currentCaller.require();
        Optional<Member> member = tenant.query(em, Member.FIND_BY_SUBJECT, Member.class)
                .setParameter("subject", caller.subject()).getResultStream().findFirst();
        if (member.isPresent() && !member.get().isActive()) {
            return List.of();
        }
        Audience.Person person = member
                .map(m -> new Audience.Person(m.getId(), m.getDepartmentId(), m.getSector(), m.getJob(), caller.subject()))
                .orElse(new Audience.Person(0, null, null, null, caller.subject()));
        Audience audience = DashboardReader.audience(tenant.query(em, Department.FIND_ALL, Department.class).getResultList());
        Map<Long, LocalDate> latest = new HashMap<>();
        tenant.query(em, CompletionFact.LATEST_OF_SUBJECT, Object[].class).setParameter("subject", caller.subject())
                .getResultStream().forEach(r -> latest.put((Long) r[0], DashboardReader.day(r[1])));
        LocalDate today = LocalDate.now(clock.withZone(DashboardReader.ZONE));
        Map<Long, MyAssignment> byCourse = new LinkedHashMap<>();
        for (Assignment a : tenant.query(em, Assignment.FIND_ALL, Assignment.class).getResultList()) {
            if (!audience.applies(DashboardReader.rule(a), person)) {
                continue;
            }
            LocalDate last = latest.get(a.getCourseId());
            DueDates.Status s = DueDates.status(a.getDueDate(), a.getRecurrenceMonths(), last, today);
            MyAssignment mine = new MyAssignment(a.getCourseId(), a.getCourseTitle(), s.dueDate(), a.getRecurrenceMonths(),
                    s.done(), s.overdue(), s.dueSoon(), last);
            byCourse.merge(a.getCourseId(), mine, Assignments::moreUrgent);
        }
        List<MyAssignment> result = new ArrayList<>(byCourse.values());
        result.sort(Comparator.comparing(MyAssignment::done)
                .thenComparing(MyAssignment::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MyAssignment::courseTitle));
        return result;
    }

    /** Of two assignments of one course, the one the learner must act on first. */
    static MyAssignment moreUrgent(MyAssignment a, MyAssignment b) {
        if (a.done() != b.done()) {
            return a.done() ? b : a;
        }
        if (a.dueDate() == null) {
            return b;
        }
        if (b.dueDate() == null) {
            return a;
        }
        return b.dueDate().isBefore(a.dueDate()) ? b : a;
    }

    private DepartmentTree tree() {
        return new DepartmentTree(tenant.query(em, Department.FIND_ALL, Department.class).getResultStream()
                .map(d -> new DepartmentTree.Node(d.getId(), d.getParentId(), d.getName())).toList());
    }

    private static AssignmentView view(Assignment a, DepartmentTree tree) {
        String department = a.getDepartmentId() == null ? "" : tree.find(a.getDepartmentId()).map(d -> d.path()).orElse("");
        return new AssignmentView(a.getId(), a.getCourseId(), a.getCourseTitle(), a.getTarget(), a.getDepartmentId(), department,
                a.getSector(), a.getJob(), a.getDueDate(), a.getRecurrenceMonths(), a.getCreatedAt(), a.getCreatedBy());
    }
}
