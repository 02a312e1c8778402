package nl.signaal.organisations.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.signaal.organisations.reminders.boundary.ReminderKind;
import nl.signaal.platform.tenant.TenantOwned;

/**
 * The record of one reminder: to whom it went, about which course and date, when, and whether
 * the SMTP server took it. Written only by {@code ReminderStore}'s claim (an insert that fails
 * quietly on the once-only key), read by org admins — so no setters and no generated id.
 */
@Entity
@Table(schema = "organisations", name = "reminder")
@NamedQuery(name = Reminder.FIND_RECENT,
        query = "SELECT r FROM Reminder r WHERE r.organisationId = :organisation ORDER BY r.attemptedAt DESC, r.id DESC")
public class Reminder implements TenantOwned {

    public static final String FIND_RECENT = "Reminder.findRecent";

    public enum Outcome { SENT, FAILED }

    @Id
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReminderKind kind;

    @Column(name = "about_date", nullable = false, updatable = false)
    private LocalDate aboutDate;

    @Column(name = "course_title", nullable = false, updatable = false)
    private String courseTitle;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(nullable = false, updatable = false)
    private int attempts;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private OffsetDateTime attemptedAt;

    @Column(updatable = false)
    private String detail;

    @Column(updatable = false)
    private String server;

    protected Reminder() {
    }

    public Long getId() { return id; }
    @Override
    public Long getOrganisationId() { return organisationId; }
    public long getMemberId() { return memberId; }
    public long getCourseId() { return courseId; }
    public ReminderKind getKind() { return kind; }
    public LocalDate getAboutDate() { return aboutDate; }
    public String getCourseTitle() { return courseTitle; }
    public String getRecipient() { return recipient; }
    public Outcome getOutcome() { return outcome; }
    public int getAttempts() { return attempts; }
    public OffsetDateTime getAttemptedAt() { return attemptedAt; }
    public String getDetail() { return detail; }
    public String getServer() { return server; }
}
