package nl.signaal.learning.course.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.entity.CourseVersion;

/**
 * Parsed content of published versions, by version id. A published version never changes
 * (the database refuses it), so its parsed form can be kept for the life of the
 * application; every answer replays an attempt against its version, and parsing the JSON
 * each time would dominate the answer's cost. Drafts are never cached.
 */
@ApplicationScoped
public class VersionContents {

    private static final int MAX_ENTRIES = 500;

    private final Map<Long, CourseContent> published = new ConcurrentHashMap<>();

    public CourseContent of(CourseVersion version) {
        if (version.isDraft()) {
            return CourseContentJson.read(version.getContent());
        }
        if (published.size() > MAX_ENTRIES) {
            published.clear();
        }
        return published.computeIfAbsent(version.getId(), id -> CourseContentJson.read(version.getContent()));
    }
}
