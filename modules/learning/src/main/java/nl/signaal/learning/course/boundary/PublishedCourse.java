package nl.signaal.learning.course.boundary;

import java.time.OffsetDateTime;

/** One published (immutable) version of a course with its whole content. */
public record PublishedCourse(long courseId, String code, long versionId, int versionNumber, OffsetDateTime publishedAt,
                              CourseContent content) {
}
