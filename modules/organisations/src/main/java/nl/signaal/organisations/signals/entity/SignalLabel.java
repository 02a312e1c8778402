package nl.signaal.organisations.signals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * What a signal of a course says, in Dutch and English, as the latest event named it. Course
 * content is the same for every organisation, so this is not org-scoped; it only labels the
 * heat map's rows.
 */
@Entity
@Table(schema = "organisations", name = "signal_label")
@IdClass(SignalLabel.Key.class)
public class SignalLabel {

    /** The composite key: a signal id is unique within its course. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public long courseId;
        public String signalId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.courseId == courseId && Objects.equals(k.signalId, signalId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(courseId, signalId);
        }
    }

    @Id
    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Id
    @Column(name = "signal_id", nullable = false, updatable = false)
    private String signalId;

    @Column(name = "course_title", nullable = false, updatable = false)
    private String courseTitle;

    @Column(name = "label_nl", nullable = false, updatable = false)
    private String labelNl;

    @Column(name = "label_en", nullable = false, updatable = false)
    private String labelEn;

    @Column(name = "updated_at", nullable = false, updatable = false)
    private OffsetDateTime updatedAt;

    protected SignalLabel() {
    }

    public long getCourseId() { return courseId; }
    public String getSignalId() { return signalId; }
    public String getCourseTitle() { return courseTitle; }
    public String getLabelNl() { return labelNl; }
    public String getLabelEn() { return labelEn; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
}
