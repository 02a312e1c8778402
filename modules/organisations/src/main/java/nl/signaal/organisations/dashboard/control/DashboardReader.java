package nl.signaal.organisations.dashboard.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.organisations.assignments.control.Audience;
import nl.signaal.organisations.assignments.entity.Assignment;
import nl.signaal.organisations.completions.entity.CompletionFact;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.departments.control.DepartmentTree;
import nl.signaal.organisations.departments.entity.Department;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.platform.shared.Sector;
import nl.signaal.platform.tenant.TenantScope;

/**
 * Reads what the dashboard needs in four statements, whatever the organisation's size:
 * departments, assignments, active members (as a projection) and the latest completion per
 * person and course (grouped in the database). All four through the tenant scope.
 */
@Dependent
public class DashboardReader {

    /** Dates (due dates, "today", completion days) are Dutch calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    TenantScope tenant;

    @Inject
    Clock clock;

    public DashboardFigures figures() {
        List<Department> departments = tenant.query(em, Department.FIND_ALL, Department.class).getResultList();
        DepartmentTree tree = new DepartmentTree(departments.stream()
                .map(d -> new DepartmentTree.Node(d.getId(), d.getParentId(), d.getName())).toList());
        Map<Long, String> paths = new HashMap<>();
        tree.ordered().forEach(d -> paths.put(d.id(), d.path()));
        List<Audience.Rule> rules = rules();
        List<Audience.Person> people = tenant.query(em, Member.FIND_ACTIVE_AUDIENCE, Object[].class).getResultStream()
                .map(r -> new Audience.Person((Long) r[0], (Long) r[1], (Sector) r[2], (String) r[3], (String) r[4])).toList();
        Map<String, Map<Long, LocalDate>> latest = new HashMap<>();
        tenant.query(em, CompletionFact.LATEST_PER_SUBJECT_AND_COURSE, Object[].class).getResultStream()
                .forEach(r -> latest.computeIfAbsent((String) r[0], k -> new HashMap<>()).put((Long) r[1], day(r[2])));
        return Figures.compute(audience(departments), paths, rules, people, latest, LocalDate.now(clock.withZone(ZONE)));
    }

    public List<Audience.Rule> rules() {
        return tenant.query(em, Assignment.FIND_ALL, Assignment.class).getResultStream().map(DashboardReader::rule).toList();
    }

    public static Audience audience(List<Department> departments) {
        Map<Long, Long> parents = new HashMap<>();
        departments.forEach(d -> parents.put(d.getId(), d.getParentId()));
        return new Audience(parents);
    }

    public static Audience.Rule rule(Assignment a) {
        return new Audience.Rule(a.getId(), a.getCourseId(), a.getCourseTitle(), a.getTarget(), a.getDepartmentId(), a.getSector(),
                a.getJob(), a.getDueDate(), a.getRecurrenceMonths());
    }

    /** The Dutch calendar day of a stored completion time. */
    public static LocalDate day(Object completedAt) {
        if (completedAt instanceof OffsetDateTime odt) {
            return odt.atZoneSameInstant(ZONE).toLocalDate();
        }
        if (completedAt instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atZone(ZONE).toLocalDate();
        }
        if (completedAt instanceof java.time.Instant i) {
            return i.atZone(ZONE).toLocalDate();
        }
        throw new IllegalArgumentException("Unexpected completion time " + completedAt);
    }
}
