package nl.signaal.learning.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.control.CourseContentJson;

/**
 * One version of a course. While DRAFT its content may be replaced; {@link #publish} freezes
 * it, and from then on the database refuses any UPDATE or DELETE of the row (trigger in
 * V5.1), so neither a bug nor a console session can change what learners took.
 */
@Entity
@Table(schema = "learning", name = "course_version")
@NamedQuery(name = CourseVersion.FIND_DRAFT,
        query = "SELECT v FROM CourseVersion v WHERE v.courseId = :courseId AND v.status = nl.signaal.learning.course.entity.VersionStatus.DRAFT")
@NamedQuery(name = CourseVersion.FIND_LATEST_PUBLISHED,
        query = "SELECT v FROM CourseVersion v WHERE v.courseId = :courseId AND v.status = nl.signaal.learning.course.entity.VersionStatus.PUBLISHED ORDER BY v.number DESC")
@NamedQuery(name = CourseVersion.FIND_ALL_LATEST_PUBLISHED,
        query = "SELECT v FROM CourseVersion v WHERE v.status = nl.signaal.learning.course.entity.VersionStatus.PUBLISHED"
                + " AND v.number = (SELECT MAX(w.number) FROM CourseVersion w WHERE w.courseId = v.courseId"
                + " AND w.status = nl.signaal.learning.course.entity.VersionStatus.PUBLISHED) ORDER BY v.titleNl")
@NamedQuery(name = CourseVersion.MAX_NUMBER, query = "SELECT MAX(v.number) FROM CourseVersion v WHERE v.courseId = :courseId")
public class CourseVersion {

    public static final String FIND_DRAFT = "CourseVersion.findDraft";
    public static final String FIND_LATEST_PUBLISHED = "CourseVersion.findLatestPublished";
    public static final String FIND_ALL_LATEST_PUBLISHED = "CourseVersion.findAllLatestPublished";
    public static final String MAX_NUMBER = "CourseVersion.maxNumber";

    @Id
    @SequenceGenerator(name = "course_version_seq", schema = "learning", sequenceName = "course_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_version_seq")
    private Long id;

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status;

    @Column(name = "title_nl", nullable = false)
    private String titleNl;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(nullable = false)
    private String sector;

    @Column(nullable = false)
    private String forms;

    @Column(nullable = false)
    private String languages;

    @Column(name = "pass_mark", nullable = false)
    private int passMark;

    @Column(nullable = false)
    private String content;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    protected CourseVersion() {
    }

    public static CourseVersion draft(long courseId, int number, CourseContent content, String by, OffsetDateTime at) {
        CourseVersion v = new CourseVersion();
        v.courseId = courseId;
        v.number = number;
        v.status = VersionStatus.DRAFT;
        v.createdBy = by;
        v.createdAt = at;
        v.replaceContent(content);
        return v;
    }

    /** Only drafts change; the caller checks {@link #isDraft()} first (the database refuses otherwise). */
    public void replaceContent(CourseContent c) {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("Version " + id + " is published and immutable");
        }
        this.content = CourseContentJson.write(c);
        this.titleNl = c.title().nl();
        this.titleEn = c.title().en();
        this.sector = c.sector().name();
        this.forms = c.forms().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.languages = String.join(",", c.languages());
        this.passMark = c.passMark();
    }

    public void publish(String by, OffsetDateTime at) {
        if (status != VersionStatus.DRAFT) {
            throw new IllegalStateException("Version " + id + " is already published");
        }
        this.status = VersionStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    public boolean isDraft() { return status == VersionStatus.DRAFT; }
    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public int getNumber() { return number; }
    public VersionStatus getStatus() { return status; }
    public String getTitleNl() { return titleNl; }
    public String getSector() { return sector; }
    public String getForms() { return forms; }
    public String getLanguages() { return languages; }
    public String getContent() { return content; }
    public OffsetDateTime getPublishedAt() { return publishedAt; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
