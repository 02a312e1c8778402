package nl.signaal.learning.course.boundary;

import java.time.OffsetDateTime;
import nl.signaal.learning.shared.LocalizedText;

/**
 * A course as its authors see it in their list: the latest published version and the open
 * draft, either of which may be missing.
 *
 * @param publishedVersion number of the latest published version, null when never published
 * @param draftVersion     number of the open draft, null when there is none
 * @param lastChange       when the newest version was made or published
 */
public record AuthoredCourse(long courseId, String code, LocalizedText title, Integer publishedVersion,
                             Integer draftVersion, OffsetDateTime lastChange) {

    public boolean hasDraft() {
        return draftVersion != null;
    }

    public boolean published() {
        return publishedVersion != null;
    }
}
