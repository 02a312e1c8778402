package nl.signaal.certificates.document.control;

import java.io.IOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Turns text as people typed it into lines a PDF font can show: whitespace (CR-LF, tabs)
 * made single spaces, invisible format characters dropped, characters the font has no glyph
 * for (most emoji in DejaVu Sans) replaced by "?" — PDF/A forbids references to .notdef, and
 * PDFBox would throw — then the largest type size that fits, then word wrap, and finally
 * right-to-left runs (Hebrew, Arabic) put into visual order with {@link Bidi}, because a PDF
 * content stream draws glyphs left to right.
 *
 * <p>Known limit: Arabic letters are not shaped into their joined (initial, medial, final)
 * forms; they print in isolated forms, in the right order.
 */
final class PrintableText {

    private static final char REPLACEMENT = '?';
    private static final char ELLIPSIS = '\u2026';

    private PrintableText() {
    }

    /** A line ready to draw: visual-order text, its type size and its width in points. */
    record Line(String visual, float size, float width) {
    }

    /** NFC, whitespace collapsed, format characters dropped, missing glyphs replaced. */
    static String clean(String text, PDFont font) {
        String normalised = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder result = new StringBuilder(normalised.length());
        boolean space = false;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                space = !result.isEmpty();
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || (cp >= 0xFE00 && cp <= 0xFE0F)) {
                continue; // bidi marks, zero-width joiners, variation selectors: nothing to draw
            }
            if (space) {
                result.append(' ');
                space = false;
            }
            result.append(hasGlyph(font, cp) ? new String(Character.toChars(cp)) : String.valueOf(REPLACEMENT));
        }
        return result.toString();
    }

    private static boolean hasGlyph(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException missing) {
            return false;
        }
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The text (already {@link #clean clean}) at the largest size from {@code max} down to
     * {@code min} that fits one line; if even {@code min} does not fit, wrapped at {@code min}
     * into at most {@code maxLines} lines, the last one cut with an ellipsis.
     */
    static List<Line> fit(String text, PDFont font, float max, float min, float width, int maxLines) {
        float perPoint = width(font, 1, text); // widths scale with the size: measure the glyphs once
        for (float size = max; size >= min; size -= 1f) {
            float w = perPoint * size;
            if (w <= width) {
                return List.of(new Line(visual(text), size, w));
            }
        }
        List<String> wrapped = wrap(text, font, min, width);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < wrapped.size() && i < maxLines; i++) {
            String line = wrapped.get(i);
            if (i == maxLines - 1 && wrapped.size() > maxLines) {
                line = cut(line + ELLIPSIS, font, min, width);
            }
            lines.add(new Line(visual(line), min, width(font, min, line)));
        }
        return lines;
    }

    private static String cut(String line, PDFont font, float size, float width) {
        String body = line.substring(0, line.length() - 1);
        while (!body.isEmpty() && width(font, size, body + ELLIPSIS) > width) {
            body = body.substring(0, body.offsetByCodePoints(body.length(), -1));
        }
        return body + ELLIPSIS;
    }

    /** Greedy word wrap; a word wider than the line is broken between code points. */
    static List<String> wrap(String text, PDFont font, float size, float width) {
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
            while (width(font, size, rest) > width && rest.codePointCount(0, rest.length()) > 1) {
                int cut = rest.offsetByCodePoints(rest.length(), -1);
                while (cut > 0 && width(font, size, rest.substring(0, cut)) > width) {
                    cut = rest.offsetByCodePoints(cut, -1);
                }
                if (cut == 0) {
                    cut = rest.offsetByCodePoints(0, 1);
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

    /**
     * The line in the order its glyphs are drawn: runs reordered by their embedding level,
     * right-to-left runs reversed (by code point, so surrogate pairs stay whole) with mirrored
     * brackets. Base direction follows the first strong character, so a Hebrew name starting
     * the line reads right to left as a whole.
     */
    static String visual(String logical) {
        if (logical.isEmpty() || !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return logical;
        }
        Bidi bidi = new Bidi(logical, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return logical;
        }
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = logical.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = (levels[i] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String reversed(String run) {
        StringBuilder result = new StringBuilder(run.length());
        int[] cps = run.codePoints().toArray();
        for (int i = cps.length - 1; i >= 0; i--) {
            result.appendCodePoint(mirror(cps[i]));
        }
        return result.toString();
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            default -> cp;
        };
    }
}
