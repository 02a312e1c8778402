package nl.signaal.organisations.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.signaal.organisations.assignments.control.Audience;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.ExpiringCertificates;
import nl.signaal.organisations.dashboard.boundary.MonthCount;
import nl.signaal.organisations.dashboard.boundary.SignalHeatMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The last dashboard parts computed per organisation, each with the organisation's
 * {@link nl.signaal.organisations.dashboard.entity.DashboardRevision revision numbers} read before
 * it was computed: the completion part (figures, expiring certificates, trend) also with the day it
 * was computed for, since "today" decides what is overdue, due soon and expiring; the signals heat
 * map with the signals and labels numbers and the department paths it labels its columns with. A part is handed out again only for the same numbers (and day): the database raises them
 * with every change the part is computed from (docs/adr/0010). So a kept part is never stale, only
 * sometimes computed again when it need not have been.
 * <p>
 * At most {@code signaal.dashboard.cached-organisations} organisations (default
 * {@value #DEFAULT_CAPACITY}) are kept; the one used longest ago goes first. Each server of a
 * cluster keeps its own, all checked against the numbers in the database.
 */
@ApplicationScoped
public class DashboardCache {

    public static final int DEFAULT_CAPACITY = 100;

    /**
     * An organisation's numbers as read at the start of a load: figures, signals and labels, and the
     * figures numbers of the last change touching every department, of the last change of the trend and
     * of the last change of assignments and of the last department created, renamed or removed.
     */
    public record Revisions(long figures, long signals, long labels, long everythingAt, long trendAt, long coursesAt, long treeAt) {

        public Revisions(long figures, long signals, long labels) {
            this(figures, signals, labels, 0, 0, 0, 0);
        }
    }

    /** One row of expiring certificates as the database groups them: per department (null: none) and course. */
    public record Expiring(Long departmentId, long courseId, String courseTitle, int people, LocalDate firstExpiry) {
    }

    /**
     * What a completion part is computed from, per department key (a department's id, 0: active
     * members without one, -1: people without a member row — {@code DashboardDepartmentChange}), so
     * that a later load can compute again only the departments and courses changed since (docs/adr/0010,
     * 0011): the assignments and department tree it was computed with, and per key the active members
     * (as the rules see them), the figures' tallies and the expiring certificates. Immutable.
     */
    public record Basis(Audience audience, List<Audience.Rule> rules, Map<Long, String> titles,
                        Map<Long, List<Audience.Person>> people, Map<Long, Map<Long, Figures.Tally>> tallies,
                        Map<Long, List<Expiring>> expiring) {

        public Basis {
            rules = List.copyOf(rules);
            titles = Map.copyOf(titles);
            people = Map.copyOf(people);
            tallies = Map.copyOf(tallies);
            expiring = Map.copyOf(expiring);
        }
    }

    /**
     * What the figures, the expiring certificates and the trend are — everything of the dashboard
     * except the signals heat map — and the department paths the heat map labels its columns with.
     * Immutable.
     */
    public record CompletionPart(DashboardFigures figures, Map<Long, String> departmentPaths, List<ExpiringCertificates> expiring,
                                 int expiringPeople, List<MonthCount> trend, Basis basis) {

        public CompletionPart {
            departmentPaths = Map.copyOf(departmentPaths);
            expiring = List.copyOf(expiring);
            trend = List.copyOf(trend);
        }

        /** A part without what it was computed from: a later load computes it whole. */
        public CompletionPart(DashboardFigures figures, Map<Long, String> departmentPaths, List<ExpiringCertificates> expiring,
                              int expiringPeople, List<MonthCount> trend) {
            this(figures, departmentPaths, expiring, expiringPeople, trend, null);
        }
    }

    /** A kept completion part, with the figures number read before it was computed and the day it was computed for. */
    public record Completion(long figures, LocalDate day, CompletionPart part) {
    }

    /** The heat map and what it was computed from: the signals and labels numbers and the department paths (its column labels and order). */
    private record HeatMap(long signals, long labels, Map<Long, String> departmentPaths, SignalHeatMap map) {
    }

    private record Entry(Completion completion, HeatMap heatMap) {
    }

    private final Map<Long, Entry> entries;

    /** For CDI: the capacity from MicroProfile Config. */
    public DashboardCache() {
        this(ConfigProvider.getConfig().getOptionalValue("signaal.dashboard.cached-organisations", Integer.class)
                .orElse(DEFAULT_CAPACITY));
    }

    public DashboardCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("signaal.dashboard.cached-organisations must be 0 or more, not " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The completion part computed after reading figures number {@code figures} for {@code day}, if it is still kept. */
    public synchronized Optional<CompletionPart> completion(long organisation, long figures, LocalDate day) {
        Entry entry = entries.get(organisation);
        Completion kept = entry == null ? null : entry.completion();
        return kept != null && kept.figures() == figures && kept.day().equals(day) ? Optional.of(kept.part()) : Optional.empty();
    }

    /** The completion part kept for an organisation, whatever its number and day: the basis of computing only what changed since. */
    public synchronized Optional<Completion> keptCompletion(long organisation) {
        Entry entry = entries.get(organisation);
        return Optional.ofNullable(entry == null ? null : entry.completion());
    }

    /**
     * Keeps a completion part computed after reading figures number {@code figures} for {@code day} —
     * unless one of a later day, or of a later number of the same day, is kept already (two loads
     * computing at once: the later one wins).
     */
    public synchronized void keepCompletion(long organisation, long figures, LocalDate day, CompletionPart part) {
        Entry entry = entries.get(organisation);
        Completion kept = entry == null ? null : entry.completion();
        if (kept == null || day.isAfter(kept.day()) || day.equals(kept.day()) && figures >= kept.figures()) {
            entries.put(organisation, new Entry(new Completion(figures, day, part), entry == null ? null : entry.heatMap()));
        }
    }

    /**
     * The heat map computed after reading {@code revisions}' signals and labels numbers, with these
     * department paths, if it is still kept. Not tied to the figures number: a completion or a new
     * assignment leaves the heat map as it was, and a member's move or deactivation changes the tally,
     * so the signals number.
     */
    public synchronized Optional<SignalHeatMap> heatMap(long organisation, Revisions revisions, Map<Long, String> departmentPaths) {
        Entry entry = entries.get(organisation);
        HeatMap kept = entry == null ? null : entry.heatMap();
        return kept != null && kept.signals() == revisions.signals() && kept.labels() == revisions.labels()
                && kept.departmentPaths().equals(departmentPaths) ? Optional.of(kept.map()) : Optional.empty();
    }

    /** Keeps a heat map computed after reading {@code revisions} with these department paths, unless one read later is kept already. */
    public synchronized void keepHeatMap(long organisation, Revisions revisions, Map<Long, String> departmentPaths, SignalHeatMap map) {
        Entry entry = entries.get(organisation);
        HeatMap kept = entry == null ? null : entry.heatMap();
        if (kept == null || revisions.signals() >= kept.signals() && revisions.labels() >= kept.labels()) {
            entries.put(organisation, new Entry(entry == null ? null : entry.completion(),
                    new HeatMap(revisions.signals(), revisions.labels(), Map.copyOf(departmentPaths), map)));
        }
    }

    /** The organisations whose parts are kept, least recently used first. */
    public synchronized List<Long> organisations() {
        return List.copyOf(entries.keySet());
    }

    /** Forgets what is kept for an organisation: its next load computes everything whole. */
    public synchronized void forget(long organisation) {
        entries.remove(organisation);
    }

    /** How many organisations' parts are kept. */
    public synchronized int size() {
        return entries.size();
    }
}
