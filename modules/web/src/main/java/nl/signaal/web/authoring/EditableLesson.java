package nl.signaal.web.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.shared.LocalizedText;

/**
 * One lesson as the editor holds it. The id stays the same across versions (attempts record
 * it); a new lesson gets a fresh one.
 */
public class EditableLesson implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private String titleNl;
    private String titleEn;
    private final ArrayList<EditableBlock> blocks = new ArrayList<>();

    public EditableLesson(String id, String titleNl, String titleEn) {
        this.id = id;
        this.titleNl = titleNl;
        this.titleEn = titleEn == null ? "" : titleEn;
    }

    public static EditableLesson of(Lesson lesson) {
        EditableLesson l = new EditableLesson(lesson.id(), lesson.title().nl(), lesson.title().en());
        lesson.blocks().forEach(b -> l.blocks.add(EditableBlock.of(b)));
        return l;
    }

    /** @param number the lesson's position, 1-based, for messages */
    public Lesson toLesson(int number) {
        if (titleNl == null || titleNl.isBlank()) {
            throw new InvalidDraftException("author.edit.titleRequired");
        }
        return new Lesson(id, LocalizedText.of(titleNl, titleEn), blocks.stream().map(b -> b.toBlock(number)).toList());
    }

    public String getId() { return id; }
    public String getTitleNl() { return titleNl; }
    public void setTitleNl(String titleNl) { this.titleNl = titleNl; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    /** Mutable on purpose: the blocks table reorders it when a row is dragged. */
    public List<EditableBlock> getBlocks() { return blocks; }
}
