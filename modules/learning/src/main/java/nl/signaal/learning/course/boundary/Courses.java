package nl.signaal.learning.course.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.signaal.learning.course.control.VersionContents;
import nl.signaal.learning.course.entity.Course;
import nl.signaal.learning.course.entity.CourseVersion;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * Published courses, for every signed-in person. Only PUBLISHED versions are ever read
 * here — drafts are the trainers' business ({@link CourseAuthoring}) — so a learner cannot
 * reach a draft by guessing an id.
 *
 * <pre>{@code
 * List<CourseSummary> home = courses.published(null, null, null, Sector.HEALTHCARE); // healthcare first
 * }</pre>
 */
@Stateless
@RolesAllowed({Role.LEARNER, Role.TRAINER, Role.ORG_ADMIN, Role.PLATFORM_ADMIN})
public class Courses {

    @PersistenceContext(unitName = "learning")
    EntityManager em;

    @Inject
    VersionContents contents;

    /**
     * The latest published version of every course matching the filters (null = any), those
     * of {@code firstSector} first, then by title.
     */
    public List<CourseSummary> published(Sector sector, FormOfExploitation form, String language, Sector firstSector) {
        return em.createNamedQuery(CourseVersion.FIND_ALL_LATEST_PUBLISHED, CourseVersion.class).getResultStream()
                .filter(v -> sector == null || v.getSector().equals(sector.name()))
                .filter(v -> form == null || Arrays.asList(v.getForms().split(",")).contains(form.name()))
                .filter(v -> language == null || Arrays.asList(v.getLanguages().split(",")).contains(language))
                .sorted(Comparator.comparing((CourseVersion v) -> firstSector == null || !v.getSector().equals(firstSector.name()))
                        .thenComparing(CourseVersion::getTitleNl))
                .map(this::summary)
                .toList();
    }

    /** The latest published version of a course; empty when it has none (e.g. only a draft). */
    public Optional<PublishedCourse> latest(long courseId) {
        return em.createNamedQuery(CourseVersion.FIND_LATEST_PUBLISHED, CourseVersion.class)
                .setParameter("courseId", courseId)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .map(this::published);
    }

    /** The course with this code, latest published version. */
    public Optional<PublishedCourse> latestByCode(String code) {
        return em.createNamedQuery(Course.FIND_BY_CODE, Course.class).setParameter("code", code)
                .getResultStream().findFirst().flatMap(c -> latest(c.getId()));
    }

    private CourseSummary summary(CourseVersion v) {
        CourseContent c = contents.of(v);
        return new CourseSummary(v.getCourseId(), code(v.getCourseId()), v.getId(), v.getNumber(), c.title(), c.summary(),
                c.sector(), c.forms(), c.languages(), c.estimatedMinutes(), c.passMark(), c.lessons().size());
    }

    PublishedCourse published(CourseVersion v) {
        return new PublishedCourse(v.getCourseId(), code(v.getCourseId()), v.getId(), v.getNumber(), v.getPublishedAt(),
                contents.of(v));
    }

    private String code(long courseId) {
        return em.find(Course.class, courseId).getCode();
    }
}
