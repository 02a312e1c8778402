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
import java.util.Optional;
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
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.organisations.completions.entity.CompletionFact;
import nl.signaal.organisations.completions.entity.CompletionLatest;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.entity.DashboardCourseChange;
import nl.signaal.organisations.dashboard.entity.DashboardDepartmentChange;
import nl.signaal.organisations.dashboard.entity.DashboardRevision;
import nl.signaal.organisations.dashboard.boundary.MonthCount;
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

    /**
     * A reader for one organisation outside a caller's request (the start of a day, {@link DashboardDayStart}):
     * the same reads and the same kept parts as a caller's, for the organisation the scope names.
     */
    static DashboardReader of(EntityManager em, TenantScope tenant, Clock clock, DashboardCache cache) {
        DashboardReader reader = new DashboardReader();
        reader.em = em;
        reader.tenant = tenant;
        reader.clock = clock;
        reader.cache = cache;
        return reader;
    }

    /** The completion figures alone (see {@link #report()} for the statements). */
    public DashboardFigures figures() {
        return completionPart(tenant.organisationId(), revisions()).figures();
    }

    /**
     * The whole dashboard in a fixed number of statements, whatever the organisation's size. Always
     * the organisation's revision numbers (docs/adr/0010). The completion part: kept while the figures
     * number and the day are those it was computed for; when only some departments, courses or the
     * tree's labels changed since (V2.16–V2.18), what {@link #changedSince} reads for them, a fixed
     * number of statements per kind of change (docs/adr/0011); otherwise computed whole from
     * departments, assignments, active members, latest
     * completions, the expiring certificates (members; people without a member row) and the
     * completions per day — each grouped in the database. The heat map: when the signals or labels
     * number, or the department paths, differ from those of the kept one, its labels and counts (kept
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
        return new DashboardCache.Revisions(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue());
    }

    /**
     * Everything but the heat map: kept from an earlier load while the figures number and the day are
     * the same; else, when the kept part is of the same day and no department moved to another parent
     * since, only what changed computed again and the rest kept (docs/adr/0011); else read and
     * computed whole.
     */
    private DashboardCache.CompletionPart completionPart(long organisation, DashboardCache.Revisions revisions) {
        LocalDate today = today();
        Optional<DashboardCache.Completion> kept = cache.keptCompletion(organisation);
        if (kept.isPresent() && kept.get().figures() == revisions.figures() && kept.get().day().equals(today)) {
            return kept.get().part();
        }
        DashboardCache.CompletionPart part = kept.filter(k -> k.day().equals(today) && k.part().basis() != null
                        && k.figures() < revisions.figures() && revisions.everythingAt() <= k.figures())
                .map(k -> changedSince(k, revisions, today))
                .orElseGet(() -> readCompletionPart(today));
        cache.keepCompletion(organisation, revisions.figures(), today, part);
        return part;
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

    /**
     * The whole completion part: departments, assignments, active members, latest completions, the
     * expiring certificates (members; people without a member row) and the completions per day.
     */
    private DashboardCache.CompletionPart readCompletionPart(LocalDate today) {
        List<DepartmentTree.Node> departments = departments();
        Map<Long, String> paths = paths(departments);
        List<Audience.Rule> rules = rules();
        Audience audience = audienceOf(departments);
        List<Audience.Person> everyone = people(tenant.query(em, Member.FIND_ACTIVE_AUDIENCE, Object[].class));
        Map<Long, Map<Long, Figures.Tally>> tallies = Figures.tallies(audience, rules, everyone,
                latest(tenant.query(em, CompletionLatest.COUNTING, Object[].class)), today);
        LocalDate until = today.plusDays(EXPIRING_WITHIN_DAYS);
        Map<Long, List<DashboardCache.Expiring>> expiring = expiringPerDepartment(tenant.query(em, CompletionLatest.EXPIRING, Object[].class)
                .setParameter("from", today).setParameter("until", until));
        expiring.put(DashboardDepartmentChange.NO_MEMBER, expiringWithoutMember(today));
        DashboardCache.Basis basis = new DashboardCache.Basis(audience, rules, Figures.titles(rules), perDepartment(everyone), tallies,
                expiring);
        return assemble(basis, paths, trend(today), today);
    }

    /**
     * The kept part with what changed since it was computed read and computed again (V2.16–V2.18):
     * the departments noted as changed — their active members, latest completions and expiring
     * certificates, in at most three statements however many departments changed; the courses whose
     * assignments changed — the assignments and the latest completions of those courses, and their
     * figures in every department for the active members kept per department; the certificates of
     * people without a member row when those changed; the trend when completions were added or
     * removed; and, when a department was created, renamed or removed, the tree and its paths.
     */
    private DashboardCache.CompletionPart changedSince(DashboardCache.Completion kept, DashboardCache.Revisions revisions,
                                                       LocalDate today) {
        DashboardCache.Basis was = kept.part().basis();
        // a department created, renamed or removed: the tree and its paths read again, every figure kept
        // (none of those departments has members, V2.18); before any department is computed again
        boolean treeChanged = revisions.treeAt() > kept.figures();
        List<DepartmentTree.Node> tree = treeChanged ? departments() : List.of();
        Audience audience = treeChanged ? audienceOf(tree) : was.audience();
        Map<Long, String> paths = treeChanged ? paths(tree) : kept.part().departmentPaths();
        List<Long> courses = revisions.coursesAt() > kept.figures()
                ? tenant.query(em, DashboardCourseChange.SINCE, Long.class).setParameter("since", kept.figures()).getResultList()
                : List.of();
        List<Audience.Rule> rules = courses.isEmpty() ? was.rules() : rules();
        List<Long> changed = tenant.query(em, DashboardDepartmentChange.SINCE, Long.class).setParameter("since", kept.figures())
                .getResultList();
        Map<Long, List<Audience.Person>> people = new HashMap<>(was.people());
        Map<Long, Map<Long, Figures.Tally>> tallies = new HashMap<>(was.tallies());
        Map<Long, List<DashboardCache.Expiring>> expiring = new HashMap<>(was.expiring());
        List<Long> departments = changed.stream().filter(k -> k != DashboardDepartmentChange.NO_MEMBER).toList();
        if (!departments.isEmpty()) {
            boolean withoutDepartment = departments.contains(DashboardDepartmentChange.NO_DEPARTMENT);
            List<Audience.Person> members = people(inDepartments(tenant.query(em, Member.FIND_ACTIVE_AUDIENCE_IN, Object[].class),
                    departments, withoutDepartment));
            Map<Long, List<Audience.Person>> freshPeople = perDepartment(members);
            Map<Long, Map<Long, Figures.Tally>> fresh = Figures.tallies(audience, rules, members,
                    latest(inDepartments(tenant.query(em, CompletionLatest.COUNTING_IN, Object[].class), departments, withoutDepartment)),
                    today);
            Map<Long, List<DashboardCache.Expiring>> freshExpiring = expiringPerDepartment(inDepartments(
                    tenant.query(em, CompletionLatest.EXPIRING_IN, Object[].class), departments, withoutDepartment)
                    .setParameter("from", today).setParameter("until", today.plusDays(EXPIRING_WITHIN_DAYS)));
            for (Long department : departments) {
                people.remove(department);
                tallies.remove(department);
                expiring.remove(department);
                if (freshPeople.containsKey(department)) {
                    people.put(department, freshPeople.get(department));
                }
                if (fresh.containsKey(department)) {
                    tallies.put(department, fresh.get(department));
                }
                if (freshExpiring.containsKey(department)) {
                    expiring.put(department, freshExpiring.get(department));
                }
            }
        }
        if (!courses.isEmpty()) {
            // those courses' figures in every department, from their assignments as they are now
            java.util.Set<Long> changedCourses = new java.util.HashSet<>(courses);
            Map<Long, Map<Long, Figures.Tally>> fresh = Figures.tallies(audience,
                    rules.stream().filter(r -> changedCourses.contains(r.courseId())).toList(),
                    people.values().stream().flatMap(List::stream).toList(),
                    latest(tenant.query(em, CompletionLatest.COUNTING_OF_COURSES, Object[].class).setParameter("courses", courses)),
                    today);
            java.util.Set<Long> keys = new java.util.HashSet<>(tallies.keySet());
            keys.addAll(fresh.keySet());
            for (Long department : keys) {
                Map<Long, Figures.Tally> ofDepartment = new HashMap<>(tallies.getOrDefault(department, Map.of()));
                ofDepartment.keySet().removeAll(changedCourses);
                ofDepartment.putAll(fresh.getOrDefault(department, Map.of()));
                if (ofDepartment.isEmpty()) {
                    tallies.remove(department);
                } else {
                    tallies.put(department, Map.copyOf(ofDepartment));
                }
            }
        }
        if (changed.contains(DashboardDepartmentChange.NO_MEMBER)) {
            expiring.put(DashboardDepartmentChange.NO_MEMBER, expiringWithoutMember(today));
        }
        List<MonthCount> trend = revisions.trendAt() > kept.figures() ? trend(today) : kept.part().trend();
        DashboardCache.Basis basis = new DashboardCache.Basis(audience, rules, courses.isEmpty() ? was.titles() : Figures.titles(rules),
                people, tallies, expiring);
        return assemble(basis, paths, trend, today);
    }

    private static <T> jakarta.persistence.TypedQuery<T> inDepartments(jakarta.persistence.TypedQuery<T> query, List<Long> departments,
                                                                      boolean withoutDepartment) {
        return query.setParameter("departments", departments).setParameter("withoutDepartment", withoutDepartment);
    }

    private static List<Audience.Person> people(jakarta.persistence.TypedQuery<Object[]> query) {
        return query.getResultStream()
                .map(r -> new Audience.Person((Long) r[0], (Long) r[1], (Sector) r[2], (String) r[3], (String) r[4])).toList();
    }

    /** Active members per department key (0: none). */
    private static Map<Long, List<Audience.Person>> perDepartment(List<Audience.Person> people) {
        Map<Long, List<Audience.Person>> grouped = new HashMap<>();
        people.forEach(p -> grouped.computeIfAbsent(Figures.key(p.departmentId()), k -> new ArrayList<>()).add(p));
        grouped.replaceAll((k, v) -> List.copyOf(v));
        return grouped;
    }

    private static Map<String, Map<Long, LocalDate>> latest(jakarta.persistence.TypedQuery<Object[]> query) {
        Map<String, Map<Long, LocalDate>> latest = new HashMap<>();
        query.getResultStream().forEach(r -> latest.computeIfAbsent((String) r[0], k -> new HashMap<>())
                .put((Long) r[1], LocalDate.ofEpochDay(((Number) r[2]).longValue())));
        return latest;
    }

    /** Rows of {@link CompletionLatest#EXPIRING} (or its {@code _IN}) per department key (0: none). */
    private static Map<Long, List<DashboardCache.Expiring>> expiringPerDepartment(jakarta.persistence.TypedQuery<Object[]> query) {
        Map<Long, List<DashboardCache.Expiring>> rows = new HashMap<>();
        query.getResultStream().forEach(r -> rows.computeIfAbsent(Figures.key((Long) r[0]), k -> new ArrayList<>())
                .add(new DashboardCache.Expiring((Long) r[0], (Long) r[1], (String) r[2], ((Number) r[3]).intValue(), date(r[4]))));
        rows.replaceAll((k, v) -> List.copyOf(v));
        return rows;
    }

    private List<DashboardCache.Expiring> expiringWithoutMember(LocalDate today) {
        return tenant.query(em, CompletionLatest.EXPIRING_WITHOUT_MEMBER, Object[].class)
                .setParameter("from", today).setParameter("until", today.plusDays(EXPIRING_WITHIN_DAYS)).getResultStream()
                .map(r -> new DashboardCache.Expiring(null, (Long) r[0], (String) r[1], ((Number) r[2]).intValue(), date(r[3])))
                .toList();
    }

    private List<MonthCount> trend(LocalDate today) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        tenant.query(em, CompletionFact.PER_DAY, Object[].class).setParameter("from", Trend.from(today)).setParameter("until", today)
                .getResultStream().forEach(r -> perDay.merge(date(r[0]), ((Number) r[1]).intValue(), Integer::sum));
        return Trend.months(perDay, today);
    }

    /** The figures and the list of expiring certificates from every department's tallies and rows. */
    private static DashboardCache.CompletionPart assemble(DashboardCache.Basis basis, Map<Long, String> paths, List<MonthCount> trend,
                                                          LocalDate today) {
        DashboardFigures completion = Figures.rows(basis.tallies(), basis.titles(), paths, today);
        List<ExpiringCertificates> expiring = basis.expiring().values().stream().flatMap(List::stream)
                .map(r -> new ExpiringCertificates(r.departmentId() == null ? GroupKind.NO_DEPARTMENT : GroupKind.DEPARTMENT,
                        r.departmentId(), r.departmentId() == null ? "" : paths.getOrDefault(r.departmentId(), ""), r.courseId(),
                        r.courseTitle() != null ? r.courseTitle() : basis.titles().getOrDefault(r.courseId(), ""), r.people(),
                        r.firstExpiry()))
                .collect(java.util.stream.Collectors.toMap(e -> java.util.Arrays.asList(e.departmentId(), e.courseId()), e -> e,
                        (a, b) -> new ExpiringCertificates(a.kind(), a.departmentId(), a.department(), a.courseId(), a.courseTitle(),
                                a.people() + b.people(), a.firstExpiry().isBefore(b.firstExpiry()) ? a.firstExpiry() : b.firstExpiry())))
                .values().stream()
                .sorted(expiringOrder())
                .toList();
        return new DashboardCache.CompletionPart(completion, paths, expiring, expiring.stream().mapToInt(ExpiringCertificates::people).sum(),
                trend, basis);
    }

    /**
     * One member's courses (four statements): what is assigned to them and where they stand,
     * and every course they completed with its last day of validity. Never their answers.
     *
     * @throws nl.signaal.platform.tenant.NotInYourOrganisationException for an id of another organisation (or none)
     */
    public MemberStatus memberStatus(long memberId) {
        Member member = tenant.find(em, Member.class, memberId);
        List<DepartmentTree.Node> departments = departments();
        Map<Long, String> paths = paths(departments);
        Audience audience = audienceOf(departments);
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

    /** The department tree as values from the database, never from the shared entity cache (docs/adr/0011). */
    private List<DepartmentTree.Node> departments() {
        return tenant.query(em, Department.FIND_TREE, Object[].class).getResultStream()
                .map(r -> new DepartmentTree.Node((Long) r[0], (Long) r[1], (String) r[2])).toList();
    }

    private static Map<Long, String> paths(List<DepartmentTree.Node> departments) {
        DepartmentTree tree = new DepartmentTree(departments);
        Map<Long, String> paths = new HashMap<>();
        tree.ordered().forEach(d -> paths.put(d.id(), d.path()));
        return paths;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The assignments as values from the database, never from the shared entity cache (docs/adr/0011). */
    public List<Audience.Rule> rules() {
        return tenant.query(em, Assignment.FIND_RULES, Object[].class).getResultStream()
                .map(r -> new Audience.Rule((Long) r[0], (Long) r[1], (String) r[2], (Target) r[3], (Long) r[4], (Sector) r[5],
                        (String) r[6], (LocalDate) r[7], (Integer) r[8]))
                .toList();
    }

    public static Audience audience(List<Department> departments) {
        return audienceOf(departments.stream().map(d -> new DepartmentTree.Node(d.getId(), d.getParentId(), d.getName())).toList());
    }

    private static Audience audienceOf(List<DepartmentTree.Node> departments) {
        Map<Long, Long> parents = new HashMap<>();
        departments.forEach(d -> parents.put(d.id(), d.parentId()));
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
