package nl.signaal.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.ContentBlock.BlockKind;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.course.boundary.RouteAudience;
import nl.signaal.learning.course.boundary.Signal;
import nl.signaal.learning.course.boundary.Source;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;
import org.junit.jupiter.api.Test;

class EditableLessonTest {

    private static final Lesson LESSON = new Lesson("les-1", LocalizedText.of("Signalen", "Signals"), List.of(
            new ContentBlock.RichText(LocalizedText.of("<p>Tekst</p>", "<p>Text</p>")),
            new ContentBlock.Material(42, LocalizedText.of("Affiche", ""), "CC BY 4.0"),
            new ContentBlock.VideoLink("https://example.org/film", LocalizedText.of("Film", "Film")),
            new ContentBlock.Signals(List.of(new Signal("s1", LocalizedText.of("Geen eigen paspoort", ""),
                    new Source("S1", "Bron", "https://example.org/bron")))),
            new ContentBlock.ReportingRoute(FormOfExploitation.SEXUAL, RouteAudience.MINOR)));

    @Test
    void aLessonSurvivesTheEditorUnchanged() {
        assertThat(EditableLesson.of(LESSON).toLesson(1)).isEqualTo(LESSON);
    }

    @Test
    void reorderingBlocksInTheWorkingCopyReordersTheLesson() {
        EditableLesson lesson = EditableLesson.of(LESSON);
        lesson.getBlocks().add(0, lesson.getBlocks().remove(2));

        assertThat(lesson.toLesson(1).blocks()).extracting(ContentBlock::kind)
                .containsExactly(BlockKind.VIDEO_LINK, BlockKind.RICH_TEXT, BlockKind.MATERIAL, BlockKind.SIGNALS,
                        BlockKind.REPORTING_ROUTE);
    }

    @Test
    void aTextBlockIsSanitisedWhenTheLessonIsBuilt() {
        EditableBlock text = new EditableBlock(BlockKind.RICH_TEXT);
        text.setTextNl("<p>Let op</p><script>alert(1)</script><img src=x onerror=alert(2)>");

        ContentBlock.RichText block = (ContentBlock.RichText) text.toBlock(1);

        assertThat(block.html().nl()).contains("Let op").doesNotContain("script").doesNotContain("onerror");
    }

    @Test
    void anEmptyTextOrAPlainHttpVideoIsRefusedWithTheReason() {
        EditableBlock empty = new EditableBlock(BlockKind.RICH_TEXT);
        EditableBlock video = new EditableBlock(BlockKind.VIDEO_LINK);
        video.setUrl("http://example.org/film");
        video.setTextNl("Film");

        assertThatThrownBy(() -> empty.toBlock(3)).isInstanceOfSatisfying(InvalidDraftException.class, e -> {
            assertThat(e.key()).isEqualTo("author.edit.textRequired");
            assertThat(e.args()).containsExactly(3);
        });
        assertThatThrownBy(() -> video.toBlock(1)).isInstanceOfSatisfying(InvalidDraftException.class,
                e -> assertThat(e.key()).isEqualTo("author.edit.videoNotHttps"));
    }

    @Test
    void aLessonWithoutDutchTitleIsRefused() {
        EditableLesson lesson = new EditableLesson("les-2", " ", "");

        assertThatThrownBy(() -> lesson.toLesson(2)).isInstanceOf(InvalidDraftException.class);
    }
}
