package nl.signaal.learning.course.control;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What a rich-text block may contain: paragraphs, lists, emphasis, headings h3–h4 (the page
 * owns h1/h2, so a lesson cannot break the heading order), block quotes, and links to
 * https, mailto: and tel: addresses, which open with {@code rel="nofollow noopener noreferrer"}.
 * Everything else — scripts, styles, event handlers, images, iframes — is removed.
 *
 * <pre>{@code
 * RichTextPolicy.sanitise("<p onclick=x>Hi<script>alert(1)</script></p>"); // "<p>Hi</p>"
 * }</pre>
 */
public final class RichTextPolicy {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "blockquote", "h3", "h4", "br",
                    "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "cite", "q", "abbr")
            .allowAttributes("title").onElements("abbr")
            .allowElements("a")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "mailto", "tel")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private RichTextPolicy() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
