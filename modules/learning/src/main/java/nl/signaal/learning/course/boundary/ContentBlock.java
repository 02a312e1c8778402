package nl.signaal.learning.course.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.signaal.learning.course.control.RichTextPolicy;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;

/**
 * One block of a lesson. The kinds are closed: the player knows how to show each, and a
 * new kind is a deliberate change to player, editor and JSON form together.
 */
public sealed interface ContentBlock {

    /** The block's kind as stored in JSON and used in bundle keys ({@code block.<kind>}). */
    BlockKind kind();

    enum BlockKind { RICH_TEXT, MATERIAL, VIDEO_LINK, SIGNALS, REPORTING_ROUTE }

    /**
     * Formatted text. Sanitised with the OWASP policy of {@link RichTextPolicy} when the
     * block is made, so stored content is always safe to render unescaped, whoever wrote it
     * (an import, a seed, a trainer's editor).
     */
    record RichText(LocalizedText html) implements ContentBlock {
        public RichText {
            html = html.map(RichTextPolicy::sanitise);
        }

        @Override
        public BlockKind kind() {
            return BlockKind.RICH_TEXT;
        }
    }

    /**
     * A campaign material from the catalogue, referred to by id; title and licence are
     * copied at authoring time so a published version shows what its author saw even if the
     * catalogue entry changes later.
     */
    record Material(long materialId, LocalizedText cachedTitle, String cachedLicence) implements ContentBlock {
        public Material {
            if (materialId <= 0) {
                throw new IllegalArgumentException("A material id is positive");
            }
            Objects.requireNonNull(cachedTitle, "cachedTitle");
            cachedLicence = cachedLicence == null ? "" : cachedLicence;
        }

        @Override
        public BlockKind kind() {
            return BlockKind.MATERIAL;
        }
    }

    /** A link to a video elsewhere (https only: the player never embeds plain-http content). */
    record VideoLink(String url, LocalizedText title) implements ContentBlock {
        public VideoLink {
            Objects.requireNonNull(url, "url");
            if (!url.toLowerCase(Locale.ROOT).startsWith("https://")) {
                throw new IllegalArgumentException("A video link must be https: " + url);
            }
            Objects.requireNonNull(title, "title");
        }

        @Override
        public BlockKind kind() {
            return BlockKind.VIDEO_LINK;
        }
    }

    /** Signals with their sources; scenario choices refer to these signals by id. */
    record Signals(List<Signal> signals) implements ContentBlock {
        public Signals {
            signals = List.copyOf(signals);
        }

        @Override
        public BlockKind kind() {
            return BlockKind.SIGNALS;
        }
    }

    /**
     * "Waar meld je dit?": the form of exploitation and the audience the lesson is about.
     * The steps are not stored: the player resolves them live for the learner's
     * municipality and the course's sector (see {@code LessonRoutes}), so a changed phone
     * number reaches every course at once.
     */
    record ReportingRoute(FormOfExploitation form, RouteAudience audience) implements ContentBlock {
        public ReportingRoute {
            Objects.requireNonNull(form, "form");
            audience = audience == null ? RouteAudience.ADULT : audience;
        }

        @Override
        public BlockKind kind() {
            return BlockKind.REPORTING_ROUTE;
        }
    }
}
