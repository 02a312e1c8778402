package nl.signaal.learning.course.boundary;

import java.util.List;
import java.util.Set;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * A published course as listed on the sector home and by {@code GET /api/v1/courses}: its
 * latest published version.
 */
public record CourseSummary(long courseId, String code, long versionId, int versionNumber, LocalizedText title,
                            LocalizedText summary, Sector sector, Set<FormOfExploitation> forms, List<String> languages,
                            int estimatedMinutes, int passMark, int lessonCount) {
}
