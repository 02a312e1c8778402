package nl.signaal.organisations.dashboard.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaal.organisations.assignments.control.DueDates;
import nl.signaal.organisations.dashboard.boundary.CourseStatus;
import nl.signaal.organisations.dashboard.boundary.DashboardReport;
import nl.signaal.organisations.dashboard.boundary.ExpiringCertificates;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.organisations.dashboard.boundary.MemberStatus;
import nl.signaal.organisations.dashboard.boundary.SignalHeatMap;
import nl.signaal.organisations.signals.entity.SignalTally;
import nl.signaal.organisations.assignments.control.Audience;
import nl.signaal.organisations.assignments.entity.Assignment;
import nl.signaal.organisations.completions.entity.CompletionFact;
import nl.signaal.organisations.completions.entity.CompletionLatest;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.entity.DashboardRevision;
import nl.signaal.organisations.departments.control.DepartmentTree;
import nl.signaal.organisations.departments.entity.Department;
import nl.signaal.organisations.members.entity.Member;
import nl.signaal.platform.shared.Sector;
import nl.signaal.platform.tenant.TenantScope;

/**
 * Reads what the dashboard needs in a fixed number of statements, whatever the organisation's
 * size: departments, assignments, active members (as a projection) and the latest completion per
 * person and course (one row each in {@link CompletionLatest}, which the database keeps) for the
 * completion figures; for the full report also the heat map's counts, the expiring certificates
 * (from the same summary) and the completions per day, each grouped in the database. All through
 * the tenant scope. Why summaries: docs/adr/0009. Both parts, the figures and the heat map, are
 * kept between loads while what they are computed from has not changed ({@link DashboardCache},
 * docs/adr/0010).
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

    @Inject
    DashboardCache cache;

    /** The completion figures alone (see {@link #report()} for the statements). */
    public DashboardFigures figures() {
        return completionPart(tenant.organisationId(), revisions()).figures();
    }

    /**
     * The whole dashboard in a fixed number of statements, whatever the organisation's size. Always
     * the organisation's revision numbers (docs/adr/0010). When the figures number or the day differs
     * from that of the completion part kept in {@link DashboardCache}: departments, assignments, active
     * members, latest completions, the expiring certificates (members; people without a member row) and
     * the completions per day — each grouped in the database. When the signals or labels number, or the
     * department paths, differ from those of the kept heat map: the heat map's labels and counts (kept
     * grouped by the database, docs/adr/0009).
     */
    public DashboardReport report() {
        long organisation = tenant.organisationId();
        DashboardCache.Revisions revisions = revisions();
        DashboardCache.CompletionPart part = completionPart(organisation, revisions);
        SignalHeatMap signals = cache.heatMap(organisation, revisions, part.departmentPaths()).orElseGet(() -> {
            SignalHeatMap map = readHeatMap(part.departmentPaths());
            cache.keepHeatMap(organisation, revisions, part.departmentPaths(), map);
            return map;
        });
        return new DashboardReport(part.figures(), signals, part.expiring(), part.expiringPeople(), EXPIRING_WITHIN_DAYS, part.trend());
    }

    /**
     * The organisation's numbers, read before anything they guard: a change committed later raises
     * them, so the next load computes again.
     */
    private DashboardCache.Revisions revisions() {
        Object[] r = tenant.query(em, DashboardRevision.OF_ORGANISATION, Object[].class).getSingleResult();
        return new DashboardCache.Revisions(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue());
    }

    /** Everything but the heat map: kept from an earlier load while the figures number and the day are the same, else read and kept. */
    private DashboardCache.CompletionPart completionPart(long organisation, DashboardCache.Revisions revisions) {
        LocalDate today = today();
        return cache.completion(organisation, revisions.figures(), today).orElseGet(() -> {
            DashboardCache.CompletionPart part = readCompletionPart(today);
            cache.keepCompletion(organisation, revisions.figures(), today, part);
            return part;
        });
    }

    private SignalHeatMap readHeatMap(Map<Long, String> departmentPaths) {
        Map<List<Object>, Object[]> labels = new HashMap<>();
        tenant.query(em, SignalTally.LABELS, Object[].class).getResultStream().forEach(r -> labels.put(List.of(r[0], r[1]), r));
        List<SignalHeatMaps.Count> counts = new ArrayList<>();
        tenant.query(em, SignalTally.HEAT_MAP, Object[].class).getResultStream().forEach(r -> {
            Object[] label = labels.get(List.of(r[0], r[1]));
            if (label != null) {
                for (SignalTally.Group g : SignalTally.groups((String) r[2])) {
                    counts.add(new SignalHeatMaps.Count((Long) r[0], (String) label[2], (String) r[1], (String) label[3],
                            (String) label[4], g.departmentId(), g.people(), g.missed()));
                }
            }
        });
        return SignalHeatMaps.compute(counts, departmentPaths);
    }

    private DashboardCache.CompletionPart readCompletionPart(LocalDate today) {
        List<Department> departments = departments();
        Map<Long, String> paths = paths(departments);
        List<Audience.Rule> rules = rules();
        DashboardFigures completion = figures(departments, paths, rules, today);
        Map<Long, String> titles = new HashMap<>();
        rules.forEach(r -> titles.putIfAbsent(r.courseId(), r.courseTitle()));
        LocalDate until = today.plusDays(EXPIRING_WITHIN_DAYS);
        List<Object[]> expiringRows = new ArrayList<>(tenant.query(em, CompletionLatest.EXPIRING, Object[].class)
                .setParameter("from", today).setParameter("until", until).getResultList());
        tenant.query(em, CompletionLatest.EXPIRING_WITHOUT_MEMBER, Object[].class)
                .setParameter("from", today).setParameter("until", until).getResultStream()
                .forEach(r -> expiringRows.add(new Object[] {null, r[0], r[1], r[2], r[3]}));
        List<ExpiringCertificates> expiring = expiringRows.stream()
                .map(r -> new ExpiringCertificates(r[0] == null ? GroupKind.NO_DEPARTMENT : GroupKind.DEPARTMENT, (Long) r[0],
                        r[0] == null ? "" : paths.getOrDefault((Long) r[0], ""), (Long) r[1],
                        r[2] != null ? (String) r[2] : titles.getOrDefault((Long) r[1], ""), ((Number) r[3]).intValue(),
                        date(r[4])))
                .collect(java.util.stream.Collectors.toMap(e -> java.util.Arrays.asList(e.departmentId(), e.courseId()), e -> e,
                        (a, b) -> new ExpiringCertificates(a.kind(), a.departmentId(), a.department(), a.courseId(), a.courseTitle(),
                                a.people() + b.people(), a.firstExpiry().isBefore(b.firstExpiry()) ? a.firstExpiry() : b.firstExpiry())))
                .values().stream()
                .sorted(expiringOrder())
                .toList();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        tenant.query(em, CompletionFact.PER_DAY, Object[].class).setParameter("from", Trend.from(today)).setParameter("until", today)
                .getResultStream().forEach(r -> perDay.merge(date(r[0]), ((Number) r[1]).intValue(), Integer::sum));
        return new DashboardCache.CompletionPart(completion, paths, expiring,
                expiring.stream().mapToInt(ExpiringCertificates::people).sum(), Trend.months(perDay, today));
    }

    /**
     * One member's courses (four statements): what is assigned to them and where they stand,
     * and every course they completed with its last day of validity. Never their answers.
     *
     * @throws nl.signaal.platform.tenant.NotInYourOrganisationException for an id of another organisation (or none)
     */
    public MemberStatus memberStatus(long memberId) {
        Member member = tenant.find(em, Member.class, memberId);
        List<Department> departments = departments();
        Map<Long, String> paths = paths(departments);
        Audience audience = audience(departments);
        LocalDate today = today();
        // oldest first, so the latest completion of each course is the one kept
        Map<Long, Object[]> completions = new LinkedHashMap<>();
        tenant.query(em, CompletionFact.OF_SUBJECT, Object[].class).setParameter("subject", member.getKeycloakUserId())
                .getResultStream().forEach(r -> completions.put((Long) r[0], r));
        Audience.Person person = new Audience.Person(member.getId(), member.getDepartmentId(), member.getSector(), member.getJob(),
                member.getKeycloakUserId());
        Map<Long, CourseStatus> byCourse = new LinkedHashMap<>();
        for (Audience.Rule rule : member.isActive() ? rules() : List.<Audience.Rule>of()) {
            if (!audience.applies(rule, person)) {
                continue;
            }
            Object[] done = completions.get(rule.courseId());
            LocalDate last = done == null ? null : day(done[2]);
            LocalDate validUntil = done == null ? null : date(done[3]);
            DueDates.Status s = DueDates.status(rule.dueDate(), rule.recurrenceMonths(), last, today);
            CourseStatus status = new CourseStatus(rule.courseId(), rule.courseTitle(), true, s.dueDate(), s.done(), s.overdue(),
                    s.dueSoon(), last, validUntil, expiringSoon(validUntil, today));
            byCourse.merge(rule.courseId(), status, DashboardReader::moreUrgent);
        }
        completions.forEach((course, r) -> byCourse.computeIfAbsent(course, c -> {
            LocalDate validUntil = date(r[3]);
            return new CourseStatus(course, r[1] == null ? "" : (String) r[1], false, null, true, false, false, day(r[2]),
                    validUntil, expiringSoon(validUntil, today));
        }));
        List<CourseStatus> courses = new ArrayList<>(byCourse.values());
        courses.sort(Comparator.comparing(CourseStatus::done)
                .thenComparing(CourseStatus::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CourseStatus::courseTitle));
        String department = member.getDepartmentId() == null ? "" : paths.getOrDefault(member.getDepartmentId(), "");
        return new MemberStatus(member.getId(), member.getFirstName(), member.getLastName(), member.getEmail(),
                member.getDepartmentId(), department, member.getJob(), member.isActive(), courses);
    }

    /** How many days ahead a certificate counts as expiring. */
    public static final int EXPIRING_WITHIN_DAYS = 90;

    /** Soonest first, then by course and department (Dutch alphabetical order). */
    static Comparator<ExpiringCertificates> expiringOrder() {
        DutchKeys dutch = new DutchKeys();
        return Comparator.comparing(ExpiringCertificates::firstExpiry)
                .thenComparing(e -> dutch.of(e.courseTitle()))
                .thenComparing(e -> dutch.of(e.department()))
                .thenComparing(e -> e.departmentId() == null ? Long.MAX_VALUE : e.departmentId());
    }

    static boolean expiringSoon(LocalDate validUntil, LocalDate today) {
        return validUntil != null && !validUntil.isBefore(today) && !validUntil.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS));
    }

    /** Of two assignments of one course, the one to act on first (as the learner's own list shows it). */
    static CourseStatus moreUrgent(CourseStatus a, CourseStatus b) {
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

    private DashboardFigures figures(List<Department> departments, Map<Long, String> paths, List<Audience.Rule> rules,
                                     LocalDate today) {
        List<Audience.Person> people = tenant.query(em, Member.FIND_ACTIVE_AUDIENCE, Object[].class).getResultStream()
                .map(r -> new Audience.Person((Long) r[0], (Long) r[1], (Sector) r[2], (String) r[3], (String) r[4])).toList();
        Map<String, Map<Long, LocalDate>> latest = new HashMap<>();
        tenant.query(em, CompletionLatest.COUNTING, Object[].class).getResultStream()
                .forEach(r -> latest.computeIfAbsent((String) r[0], k -> new HashMap<>())
                        .put((Long) r[1], LocalDate.ofEpochDay(((Number) r[2]).longValue())));
        return Figures.compute(audience(departments), paths, rules, people, latest, today);
    }

    private List<Department> departments() {
        return tenant.query(em, Department.FIND_ALL, Department.class).getResultList();
    }

    private static Map<Long, String> paths(List<Department> departments) {
        DepartmentTree tree = new DepartmentTree(departments.stream()
                .map(d -> new DepartmentTree.Node(d.getId(), d.getParentId(), d.getName())).toList());
        Map<Long, String> paths = new HashMap<>();
        tree.ordered().forEach(d -> paths.put(d.id(), d.path()));
        return paths;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
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

    /** A DATE column or expression as the driver hands it back (an expression comes as {@code java.sql.Date}). */
    static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalArgumentException("Unexpected date " + value);
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
