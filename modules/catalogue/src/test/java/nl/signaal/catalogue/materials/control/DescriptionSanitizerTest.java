package nl.signaal.catalogue.materials.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DescriptionSanitizerTest {

    @Test
    void basicFormattingAndWebLinksStay() {
        String safe = DescriptionSanitizer.sanitize("<p>Lees <b>eerst</b> de <a href=\"https://fier.nl\">uitleg</a>.</p><ul><li>één</li></ul>");
        assertThat(safe).contains("<b>eerst</b>").contains("<li>").contains("href=\"https://fier.nl\"")
                .contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksGo() {
        String safe = DescriptionSanitizer.sanitize("<script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">klik</a><p onclick=\"x()\" style=\"color:red\">tekst</p>");
        assertThat(safe).doesNotContain("script").doesNotContain("onerror").doesNotContain("javascript")
                .doesNotContain("onclick").doesNotContain("<img").contains("tekst").contains("klik");
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(DescriptionSanitizer.sanitize("  ")).isNull();
        assertThat(DescriptionSanitizer.sanitize("<script>x</script>")).isNull();
    }
}
