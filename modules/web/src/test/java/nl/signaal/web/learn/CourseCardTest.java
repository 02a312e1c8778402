package nl.signaal.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.signaal.learning.attempt.boundary.AttemptStatus;
import nl.signaal.learning.attempt.boundary.AttemptSummary;
import nl.signaal.learning.course.boundary.CourseSummary;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import org.junit.jupiter.api.Test;

class CourseCardTest {

    private static final OffsetDateTime T = OffsetDateTime.parse("2026-03-01T10:00:00Z");

    private static CourseSummary course(long id, Sector sector) {
        return new CourseSummary(id, "c" + id, id * 10, 1, LocalizedText.of("Cursus " + id, "Course " + id),
                LocalizedText.of("Samenvatting", "Summary"), sector, Set.of(FormOfExploitation.LABOUR), List.of("nl", "en"),
                30, 70, 3);
    }

    private static AttemptSummary attempt(long id, long courseId, AttemptStatus status, int progress, int minutes) {
        return new AttemptSummary(id, courseId, 1, "Cursus", status, progress, status.finished() ? 80 : null,
                T.plusMinutes(minutes), status.finished() ? T.plusMinutes(minutes + 5) : null);
    }

    @Test
    void theCoursesOfTheOrganisationsSectorsComeFirstInTheGivenOrder() {
        List<CourseCard> cards = CourseCard.of(List.of(course(1, Sector.AGRICULTURE), course(2, Sector.HEALTHCARE),
                course(3, Sector.HOSPITALITY), course(4, Sector.HEALTHCARE)), List.of(), Set.of(Sector.HEALTHCARE));
        assertThat(cards).extracting(c -> c.course().courseId()).containsExactly(2L, 4L, 1L, 3L);
        assertThat(cards).extracting(CourseCard::ownSector).containsExactly(true, true, false, false);
    }

    @Test
    void theNewestAttemptDecidesTheStateAndProgressAndAnyPassMarksItCompleted() {
        List<CourseCard> cards = CourseCard.of(List.of(course(1, Sector.HEALTHCARE), course(2, Sector.HEALTHCARE),
                course(3, Sector.HEALTHCARE)), List.of(
                attempt(10, 1, AttemptStatus.PASSED, 100, 0), attempt(11, 1, AttemptStatus.IN_PROGRESS, 40, 60),
                attempt(20, 2, AttemptStatus.FAILED, 100, 0)), Set.of());
        CourseCard retaking = cards.get(0);
        assertThat(retaking.state()).isEqualTo(CourseCard.State.IN_PROGRESS);
        assertThat(retaking.progressPercent()).isEqualTo(40);
        assertThat(retaking.latest().attemptId()).isEqualTo(11);
        assertThat(retaking.completed()).isTrue();
        assertThat(cards.get(1).state()).isEqualTo(CourseCard.State.FAILED);
        assertThat(cards.get(1).completed()).isFalse();
        assertThat(cards.get(2).state()).isEqualTo(CourseCard.State.NEW);
        assertThat(cards.get(2).progressPercent()).isZero();
    }
}
