package nl.signaal.organisations.assignments.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.platform.shared.Sector;

/**
 * Which assignments apply to which person. A department assignment reaches the department's
 * sub-departments too, so the department tree's parent links are needed; they are read once
 * per organisation, not per person.
 */
public final class Audience {

    /** An assignment as the rules need it. */
    public record Rule(long assignmentId, long courseId, String courseTitle, Target target, Long departmentId, Sector sector,
                       String job, LocalDate dueDate, Integer recurrenceMonths) {
    }

    /** A member as the rules need them; {@code subject} is the Keycloak user id that completion facts carry. */
    public record Person(long memberId, Long departmentId, Sector sector, String job, String subject) {
    }

    private final Map<Long, Long> parentOf;
    // A dashboard asks about every member × every assignment (10,000 × 30 in a large organisation),
    // so what only depends on a department or a job is worked out once per instance.
    private final Map<Long, Set<Long>> pathToTop = new ConcurrentHashMap<>();
    private final Map<String, String> normalisedJobs = new ConcurrentHashMap<>();

    /** @param parentOf each department's parent id (absent or null for a top-level department) */
    public Audience(Map<Long, Long> parentOf) {
        this.parentOf = Map.copyOf(parentOf.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    public boolean applies(Rule rule, Person person) {
        return switch (rule.target()) {
            case ORGANISATION -> true;
            case DEPARTMENT -> person.departmentId() != null && inSubtree(person.departmentId(), rule.departmentId());
            case SECTOR -> person.sector() != null && person.sector() == rule.sector();
            case JOB -> person.job() != null && normalisedJob(person.job()).equals(normalisedJob(rule.job()));
        };
    }

    /** Whether {@code department} is {@code root} or lies under it. */
    boolean inSubtree(long department, Long root) {
        return root != null && pathToTop.computeIfAbsent(department, this::pathToTop).contains(root);
    }

    /** The department and its ancestors up to the top (or up to a cycle, which a tree never has). */
    private Set<Long> pathToTop(long department) {
        Set<Long> seen = new HashSet<>();
        Long current = department;
        while (current != null && seen.add(current)) {
            current = parentOf.get(current);
        }
        return seen;
    }

    private String normalisedJob(String job) {
        return job == null ? normalise(null) : normalisedJobs.computeIfAbsent(job, Audience::normalise);
    }

    public static String normalise(String job) {
        return job == null ? "" : job.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
