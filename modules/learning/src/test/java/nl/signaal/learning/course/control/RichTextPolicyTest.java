package nl.signaal.learning.course.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class RichTextPolicyTest {

    @Test
    void scriptsAndEventHandlersAreRemoved() {
        assertThat(RichTextPolicy.sanitise("<p onclick=\"steal()\">Let op<script>alert(1)</script></p>"))
                .isEqualTo("<p>Let op</p>");
    }

    @Test
    void formattingListsAndLowHeadingsStay() {
        String html = "<h3>Signalen</h3><ul><li><strong>Geen</strong> eigen paspoort</li></ul>";

        assertThat(RichTextPolicy.sanitise(html)).isEqualTo(html);
    }

    @Test
    void pageLevelHeadingsAreRemovedSoTheHeadingOrderHolds() {
        assertThat(RichTextPolicy.sanitise("<h1>Groot</h1>")).isEqualTo("Groot");
    }

    @Test
    void httpsLinksStayAndCannotReachTheOpener() {
        assertThat(RichTextPolicy.sanitise("<a href=\"https://www.wegwijzermensenhandel.nl\">Wegwijzer</a>"))
                .isEqualTo("<a href=\"https://www.wegwijzermensenhandel.nl\" rel=\"nofollow noopener noreferrer\">Wegwijzer</a>");
    }

    @Test
    void javascriptLinksLoseTheirTarget() {
        assertThat(RichTextPolicy.sanitise("<a href=\"javascript:alert(1)\">klik</a>")).isEqualTo("klik");
    }

    @Test
    void aRichTextBlockIsSanitisedInBothLanguagesWhenMade() {
        ContentBlock.RichText block = new ContentBlock.RichText(
                LocalizedText.of("<p>Tekst<img src=x onerror=alert(1)></p>", "<p>Text<iframe src=x></iframe></p>"));

        assertThat(block.html().nl()).isEqualTo("<p>Tekst</p>");
        assertThat(block.html().en()).isEqualTo("<p>Text</p>");
    }
}
