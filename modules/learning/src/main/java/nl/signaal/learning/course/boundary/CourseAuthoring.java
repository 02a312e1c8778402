package nl.signaal.learning.course.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.signaal.learning.course.control.CourseValidator;
import nl.signaal.learning.course.control.VersionContents;
import nl.signaal.learning.course.entity.Course;
import nl.signaal.learning.course.entity.CourseVersion;
import nl.signaal.learning.course.entity.VersionStatus;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.learning.shared.Problem;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;

/**
 * Trainers write courses here. A course has at most one draft; {@link #publish} validates
 * it ({@link CourseValidator}) and freezes it as the next version; {@link #openDraft} starts
 * the next draft from the latest published version. Learners in progress stay on the
 * version they started, because attempts pin a version id, never "the latest".
 * Every change is written to the audit trail.
 */
@Stateless
@RolesAllowed({Role.TRAINER, Role.PLATFORM_ADMIN})
public class CourseAuthoring {

    static final String CONTEXT = "learning";

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Inject
    VersionContents contents;

    @Inject
    Clock clock;

    private final CourseValidator validator = new CourseValidator();

    /**
     * A new course with {@code content} as its first draft (version 1).
     *
     * @throws CourseCodeTakenException when another course has {@code code}
     */
    public DraftVersion create(String code, CourseContent content) {
        Caller caller = currentCaller.require();
        if (!em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", code).getResultList().isEmpty()) {
            throw new CourseCodeTakenException(code);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Course course = new Course(code, caller.subject(), now);
        em.persist(course);
        em.flush();
        CourseVersion draft = CourseVersion.draft(course.getId(), 1, content, caller.subject(), now);
        em.persist(draft);
        audit.record(caller, CONTEXT, "Course", course.getId(), "create", code);
        return view(course, draft);
    }

    /**
     * Every course with its latest published version and open draft, newest change first —
     * the trainer's list. Reads only the version columns, never the content documents.
     */
    public List<AuthoredCourse> overview() {
        List<Object[]> rows = em.createQuery("SELECT v.courseId, c.code, v.number, v.status, v.titleNl, v.titleEn, "
                + "v.createdAt, v.publishedAt FROM CourseVersion v, Course c WHERE c.id = v.courseId "
                + "ORDER BY v.courseId, v.number", Object[].class).getResultList();
        Map<Long, AuthoredCourse> byCourse = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long courseId = (Long) row[0];
            int number = (Integer) row[2];
            boolean draft = row[3] == VersionStatus.DRAFT;
            OffsetDateTime changed = row[7] != null ? (OffsetDateTime) row[7] : (OffsetDateTime) row[6];
            AuthoredCourse before = byCourse.get(courseId);
            Integer published = draft ? (before == null ? null : before.publishedVersion()) : Integer.valueOf(number);
            Integer draftNumber = draft ? Integer.valueOf(number) : (before == null ? null : before.draftVersion());
            OffsetDateTime last = before == null || changed.isAfter(before.lastChange()) ? changed : before.lastChange();
            byCourse.put(courseId, new AuthoredCourse(courseId, (String) row[1],
                    LocalizedText.of((String) row[4], (String) row[5]), published, draftNumber, last));
        }
        return byCourse.values().stream()
                .sorted(Comparator.comparing(AuthoredCourse::lastChange).reversed()).toList();
    }

    /** The course's draft, if it has one. */
    public Optional<DraftVersion> draft(long courseId) {
        Course course = course(courseId);
        return findDraft(courseId).map(d -> view(course, d));
    }

    /** The draft, opening one from the latest published version when there is none. */
    public DraftVersion openDraft(long courseId) {
        Course course = lockedCourse(courseId);
        Optional<CourseVersion> existing = findDraft(courseId);
        if (existing.isPresent()) {
            return view(course, existing.get());
        }
        CourseVersion latest = em.createNamedQuery(CourseVersion.FIND_LATEST_PUBLISHED, CourseVersion.class)
                .setParameter("courseId", courseId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new UnknownCourseException(String.valueOf(courseId)));
        Caller caller = currentCaller.require();
        CourseVersion draft = CourseVersion.draft(courseId, nextNumber(courseId), contents.of(latest), caller.subject(),
                OffsetDateTime.now(clock));
        em.persist(draft);
        audit.record(caller, CONTEXT, "CourseVersion", courseId, "open-draft", "v" + draft.getNumber());
        return view(course, draft);
    }

    /** Replaces the draft's content (a draft may be incomplete; problems are reported, not refused). */
    public DraftVersion saveDraft(long courseId, CourseContent content) {
        Course course = lockedCourse(courseId);
        CourseVersion draft = findDraft(courseId).orElseThrow(() -> new UnknownCourseException(courseId + " has no draft"));
        draft.replaceContent(content);
        audit.record(currentCaller.require(), CONTEXT, "CourseVersion", courseId, "save-draft", "v" + draft.getNumber());
        return view(course, draft);
    }

    /**
     * Publishes the draft as an immutable version.
     *
     * @throws PublicationRefusedException with every problem when the draft is not publishable
     */
    public PublishedCourse publish(long courseId) {
        Course course = lockedCourse(courseId);
        CourseVersion draft = findDraft(courseId).orElseThrow(() -> new UnknownCourseException(courseId + " has no draft"));
        List<Problem> problems = validator.validate(contents.of(draft));
        if (!problems.isEmpty()) {
            throw new PublicationRefusedException(problems);
        }
        Caller caller = currentCaller.require();
        draft.publish(caller.subject(), OffsetDateTime.now(clock));
        em.flush();
        audit.record(caller, CONTEXT, "CourseVersion", courseId, "publish", "v" + draft.getNumber());
        return new PublishedCourse(course.getId(), course.getCode(), draft.getId(), draft.getNumber(), draft.getPublishedAt(),
                contents.of(draft));
    }

    private Optional<CourseVersion> findDraft(long courseId) {
        return em.createNamedQuery(CourseVersion.FIND_DRAFT, CourseVersion.class).setParameter("courseId", courseId)
                .getResultStream().findFirst();
    }

    private int nextNumber(long courseId) {
        Integer max = em.createNamedQuery(CourseVersion.MAX_NUMBER, Integer.class).setParameter("courseId", courseId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private Course course(long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw new UnknownCourseException(String.valueOf(courseId));
        }
        return course;
    }

    /** Serialises authoring of one course: two trainers publishing at once get one version each, in turn. */
    private Course lockedCourse(long courseId) {
        Course course = em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            throw new UnknownCourseException(String.valueOf(courseId));
        }
        return course;
    }

    private DraftVersion view(Course course, CourseVersion draft) {
        CourseContent content = contents.of(draft);
        return new DraftVersion(course.getId(), course.getCode(), draft.getId(), draft.getNumber(), content,
                validator.validate(content));
    }
}
