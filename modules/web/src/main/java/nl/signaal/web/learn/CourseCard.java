package nl.signaal.web.learn;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaal.learning.attempt.boundary.AttemptStatus;
import nl.signaal.learning.attempt.boundary.AttemptSummary;
import nl.signaal.learning.course.boundary.CourseSummary;
import nl.signaal.organisations.assignments.boundary.MyAssignment;
import nl.signaal.platform.shared.Sector;

/**
 * One course on the sector home with where the learner stands in it.
 *
 * @param course    the latest published version
 * @param ownSector whether the course is written for one of the organisation's sectors
 * @param latest    the learner's newest attempt at it; null when never started
 * @param completed whether any attempt passed (the course is "done", also while a retake runs)
 * @param assignment the organisation's assignment of this course to the learner (due date, overdue); null when none
 */
public record CourseCard(CourseSummary course, boolean ownSector, AttemptSummary latest, boolean completed,
                         MyAssignment assignment) {

    /** Bundle key suffixes ({@code card.state.<NAME>}) and what the action does. */
    public enum State { NEW, IN_PROGRESS, PASSED, FAILED }

    /**
     * The cards in the order of the home page: the courses of the organisation's sectors first,
     * each group in the order given (the learning context sorts by title).
     *
     * @param attempts the learner's attempts, any order
     */
    public static List<CourseCard> of(List<CourseSummary> courses, Collection<AttemptSummary> attempts, Set<Sector> sectors) {
        return of(courses, attempts, sectors, List.of());
    }

    /**
     * As above, with the learner's assignments: assigned courses come first, earliest due date
     * first (those without a due date any more — done for now — after those with one).
     */
    public static List<CourseCard> of(List<CourseSummary> courses, Collection<AttemptSummary> attempts, Set<Sector> sectors,
                                      Collection<MyAssignment> assignments) {
        Map<Long, MyAssignment> byCourse = new HashMap<>();
        assignments.forEach(a -> byCourse.putIfAbsent(a.courseId(), a));
        return courses.stream()
                .map(c -> new CourseCard(c, sectors.contains(c.sector()), newest(c.courseId(), attempts).orElse(null),
                        attempts.stream().anyMatch(a -> a.courseId() == c.courseId() && a.status() == AttemptStatus.PASSED),
                        byCourse.get(c.courseId())))
                .sorted(Comparator.comparing((CourseCard card) -> !card.assigned())
                        .thenComparing(card -> card.assigned() && card.assignment().dueDate() != null
                                ? card.assignment().dueDate() : LocalDate.MAX)
                        .thenComparing(card -> !card.ownSector()))
                .toList();
    }

    public boolean assigned() {
        return assignment != null;
    }

    static Optional<AttemptSummary> newest(long courseId, Collection<AttemptSummary> attempts) {
        return attempts.stream().filter(a -> a.courseId() == courseId)
                .max(Comparator.comparing(AttemptSummary::startedAt).thenComparing(AttemptSummary::attemptId));
    }

    public State state() {
        if (latest == null) {
            return State.NEW;
        }
        return switch (latest.status()) {
            case IN_PROGRESS -> State.IN_PROGRESS;
            case PASSED -> State.PASSED;
            case FAILED -> State.FAILED;
        };
    }

    /** The progress bar's value: the running attempt's share done, 100 once finished, 0 before starting. */
    public int progressPercent() {
        if (latest == null) {
            return 0;
        }
        return latest.status().finished() ? 100 : latest.progressPercent();
    }
}
