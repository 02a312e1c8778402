package nl.signaal.catalogue.materials.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich-text descriptions through the OWASP Java HTML Sanitizer: basic formatting, paragraphs,
 * lists and http(s)/mailto links (with {@code rel="nofollow noopener noreferrer"}, opened in
 * place); scripts, styles, event handlers, images and {@code javascript:} URLs are removed.
 * Applied when storing and again when showing, so a row written by hand is safe too.
 */
public final class DescriptionSanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a", "ul", "ol", "li", "br")
                    .allowUrlProtocols("https", "http", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    private DescriptionSanitizer() {
    }

    /** The safe HTML, or null for an empty description. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String safe = POLICY.sanitize(html).strip();
        return safe.isEmpty() ? null : safe;
    }
}
