package nl.signaal.routes.card.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.signaal.routes.points.boundary.Confidence;
import nl.signaal.routes.points.boundary.ContactChannel;
import nl.signaal.routes.resolver.boundary.RoutePoint;
import nl.signaal.routes.resolver.boundary.RouteStep;
import nl.signaal.routes.shared.Message;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws a route onto exactly one A4 page: title, place, the steps in order with who, when,
 * why and how to reach them, a confidence warning where the data is unconfirmed, the sources
 * with their verification date, and the day the card was made.
 *
 * <p>Text is set in DejaVu Sans, embedded (subset), so that "Súdwest-Fryslân" or a
 * reporter's "Łukasz" prints; the standard 14 PDF fonts cannot show such letters. When the
 * route is long the type gets smaller until the card fits one page, never a second page.
 *
 * <pre>{@code
 * byte[] pdf = RouteCardPdf.render("Súdwest-Fryslân", steps, Locale.forLanguageTag("nl"), LocalDate.now(clock));
 * }</pre>
 */
public final class RouteCardPdf {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final float MARGIN = 48;
    private static final float[] SIZES = {10, 9, 8, 7, 6.5f, 6};

    private RouteCardPdf() {
    }

    /**
     * @param place       the municipality's (or province's) name as shown in the title
     * @param steps       the resolved route, in order
     * @param locale      the card's language (Dutch unless English)
     * @param generatedOn printed at the foot, so an old card shows its age
     * @return the PDF's bytes
     */
    public static byte[] render(String place, List<RouteStep> steps, Locale locale, LocalDate generatedOn) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = load(document, FONT);
            PDFont bold = load(document, FONT_BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text(locale, "card.title", place));
            info.setCreator("Signaal");

            List<Paragraph> paragraphs = paragraphs(place, steps, locale, generatedOn);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            float height = page.getMediaBox().getHeight() - 2 * MARGIN;
            List<Line> lines = null;
            float size = SIZES[0];
            for (float candidate : SIZES) {
                size = candidate;
                lines = layout(paragraphs, regular, bold, candidate, width);
                if (totalHeight(lines) <= height) {
                    break;
                }
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                for (Line line : lines) {
                    y -= line.advance();
                    if (y < MARGIN) {
                        break; // the smallest type still overflows: cut rather than spill onto page 2
                    }
                    if (!line.text().isEmpty()) {
                        content.beginText();
                        content.setFont(line.bold() ? bold : regular, line.size());
                        content.newLineAtOffset(MARGIN + line.indent(), y);
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A block of text with its style, before it is broken into lines. */
    private record Paragraph(String text, Style style, float indent) {
    }

    private enum Style {
        TITLE(1.8f, true, 0.6f), SUBTITLE(1.0f, false, 0.8f), STEP(1.15f, true, 0.9f), BODY(1.0f, false, 0.2f),
        HEADING(1.2f, true, 1.0f), SMALL(0.85f, false, 0.1f);

        final float scale;
        final boolean bold;
        /** Extra space above, in lines. */
        final float spaceBefore;

        Style(float scale, boolean bold, float spaceBefore) {
            this.scale = scale;
            this.bold = bold;
            this.spaceBefore = spaceBefore;
        }
    }

    private record Line(String text, boolean bold, float size, float indent, float advance) {
    }

    private static List<Paragraph> paragraphs(String place, List<RouteStep> steps, Locale locale, LocalDate generatedOn) {
        List<Paragraph> result = new ArrayList<>();
        result.add(new Paragraph(text(locale, "card.title", place), Style.TITLE, 0));
        result.add(new Paragraph(text(locale, "card.lead"), Style.SUBTITLE, 0));
        Set<String> sources = new LinkedHashSet<>();
        for (RouteStep step : steps) {
            RoutePoint point = step.point();
            String name = point.areaName() == null ? point.name() : point.name() + " · " + point.areaName();
            result.add(new Paragraph(step.position() + ". " + name, Style.STEP, 0));
            result.add(new Paragraph(text(locale, "card.when") + " " + step.appliesWhen().format(locale), Style.BODY, 14));
            result.add(new Paragraph(text(locale, "card.why") + " " + step.reason().format(locale), Style.BODY, 14));
            for (ContactChannel channel : point.channels()) {
                String hours = channel.openingHours() == null ? "" : " (" + channel.openingHours() + ")";
                result.add(new Paragraph(Message.of("point.channel." + channel.type().name()).format(locale) + ": "
                        + channel.value() + hours, Style.BODY, 14));
            }
            if (point.channels().isEmpty()) {
                result.add(new Paragraph(text(locale, "card.noContact"), Style.BODY, 14));
            }
            if (point.confidence() == Confidence.UNCONFIRMED) {
                result.add(new Paragraph(Message.of("point.confidence.UNCONFIRMED").format(locale), Style.BODY, 14));
            }
            if (point.sourceUrl() != null) {
                sources.add(point.sourceUrl());
                result.add(new Paragraph(text(locale, "card.source") + " " + point.sourceUrl() + " · "
                        + verified(point.verifiedOn(), locale), Style.SMALL, 14));
            }
        }
        result.add(new Paragraph(text(locale, "card.sources"), Style.HEADING, 0));
        for (String source : sources) {
            result.add(new Paragraph(source, Style.SMALL, 0));
        }
        result.add(new Paragraph(text(locale, "card.generated",
                generatedOn.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))), Style.SMALL, 0));
        result.add(new Paragraph(text(locale, "card.acute"), Style.HEADING, 0));
        return result;
    }

    private static String verified(LocalDate verifiedOn, Locale locale) {
        return verifiedOn == null
                ? Message.of("point.verifiedOn.none").format(locale)
                : text(locale, "card.verifiedOn", verifiedOn.format(DateTimeFormatter.ISO_LOCAL_DATE));
    }

    private static String text(Locale locale, String key, Object... args) {
        return Message.of(key, args).format(locale);
    }

    private static List<Line> layout(List<Paragraph> paragraphs, PDFont regular, PDFont bold, float base, float width)
            throws IOException {
        List<Line> lines = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            float size = base * paragraph.style().scale;
            PDFont font = paragraph.style().bold ? bold : regular;
            float leading = size * 1.3f;
            boolean first = true;
            for (String text : wrap(printable(paragraph.text(), font), font, size, width - paragraph.indent())) {
                float advance = first ? leading + paragraph.style().spaceBefore * base : leading;
                lines.add(new Line(text, paragraph.style().bold, size, paragraph.indent(), advance));
                first = false;
            }
        }
        return lines;
    }

    private static float totalHeight(List<Line> lines) {
        float total = 0;
        for (Line line : lines) {
            total += line.advance();
        }
        return total;
    }

    /** Greedy word wrap; a single word wider than the line (a long URL) is broken by characters. */
    private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Whitespace made plain, and any character the font has no glyph for replaced by "?" instead of failing. */
    private static String printable(String text, PDFont font) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                result.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                result.append(ch);
            } catch (IOException | IllegalArgumentException missing) {
                result.append('?');
            }
        });
        return result.toString().replaceAll(" {2,}", " ").strip();
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = RouteCardPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font missing from the classpath: " + resource);
            }
            return PDType0Font.load(document, in);
        }
    }
}
