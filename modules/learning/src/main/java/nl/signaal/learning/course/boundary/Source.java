package nl.signaal.learning.course.boundary;

import java.util.Objects;

/**
 * A public source, cited as in the reporting-landscape reference ({@code S32}) with its
 * address, so a learner can read the original.
 *
 * @param reference the short reference, e.g. {@code S32}
 * @param title     what the source is, e.g. "Stille signalen in de spreekkamer"
 * @param url       https address; null when the reference gives none (shown as "no address known",
 *                  never filled in from memory)
 */
public record Source(String reference, String title, String url) {

    public Source {
        Objects.requireNonNull(reference, "reference");
        title = title == null ? "" : title;
        if (url != null && !url.startsWith("https://")) {
            throw new IllegalArgumentException("A source is cited by its https address: " + url);
        }
    }
}
