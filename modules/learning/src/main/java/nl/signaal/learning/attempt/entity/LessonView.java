package nl.signaal.learning.attempt.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** That a lesson of an attempt was seen, once (unique on attempt and lesson). */
@Entity
@Table(schema = "learning", name = "lesson_view")
@NamedQuery(name = LessonView.FOR_ATTEMPT, query = "SELECT v FROM LessonView v WHERE v.attemptId = :attemptId ORDER BY v.seenAt, v.id")
public class LessonView {

    public static final String FOR_ATTEMPT = "LessonView.forAttempt";

    @Id
    @SequenceGenerator(name = "lesson_view_seq", schema = "learning", sequenceName = "lesson_view_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_view_seq")
    private Long id;

    @Column(name = "attempt_id", nullable = false, updatable = false)
    private Long attemptId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private String lessonId;

    @Column(name = "seen_at", nullable = false, updatable = false)
    private OffsetDateTime seenAt;

    protected LessonView() {
    }

    public LessonView(long attemptId, String lessonId, OffsetDateTime seenAt) {
        this.attemptId = attemptId;
        this.lessonId = lessonId;
        this.seenAt = seenAt;
    }

    public String getLessonId() { return lessonId; }
}
