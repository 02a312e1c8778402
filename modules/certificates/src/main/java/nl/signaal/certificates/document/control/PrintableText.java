package nl.signaal.certificates.document.control;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Turns text as people typed it into lines a PDF font can show: whitespace (CR-LF, tabs)
 * made single spaces, invisible format characters dropped, Arabic letters shaped into their
 * joined forms, characters the font has no glyph for (most emoji in DejaVu Sans) replaced by
 * "?" — PDF/A forbids references to .notdef, and PDFBox would throw — then the largest type
 * size that fits, then word wrap, and finally right-to-left runs (Hebrew, Arabic) put into
 * visual order, because a PDF content stream draws glyphs left to right.
 *
 * <p>PDFBox does neither shaping nor bidi, so both come from ICU4J: {@link ArabicShaping}
 * replaces each Arabic letter by the presentation form (isolated, initial, medial, final; lam
 * with alef as one ligature) its neighbours call for, in logical order, before anything is
 * measured; {@link Bidi} (the Unicode bidi algorithm, with mirrored brackets and combining marks
 * kept after their base) reorders each finished line. DejaVu Sans has every form of the basic
 * Arabic letters (U+FE70–U+FEFC) and Hebrew; a form it lacks (some Persian and Urdu letters)
 * falls back to the nominal letter, unjoined but readable.
 */
final class PrintableText {

    private static final char REPLACEMENT = '?';
    private static final char ELLIPSIS = '\u2026';

    private PrintableText() {
    }

    /** A line ready to draw: visual-order text, its type size and its width in points. */
    record Line(String visual, float size, float width) {
    }

    /** NFC, whitespace collapsed, format characters dropped, Arabic shaped, missing glyphs replaced. */
    static String clean(String text, PDFont font) {
        String normalised = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalised.length());
        boolean space = false;
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                space = !kept.isEmpty();
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || (cp >= 0xFE00 && cp <= 0xFE0F)) {
                continue; // bidi marks, zero-width joiners, variation selectors: nothing to draw
            }
            if (space) {
                kept.append(' ');
                space = false;
            }
            kept.appendCodePoint(cp);
        }
        String shaped = shape(kept.toString());
        StringBuilder result = new StringBuilder(shaped.length());
        for (int i = 0; i < shaped.length(); ) {
            int cp = shaped.codePointAt(i);
            i += Character.charCount(cp);
            if (hasGlyph(font, cp)) {
                result.appendCodePoint(cp);
            } else if (isPresentationForm(cp)) {
                // a joined form the font lacks: the nominal letter(s) instead, or "?" if even those are missing
                String nominal = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
                nominal.codePoints().forEach(n -> result.appendCodePoint(hasGlyph(font, n) ? n : REPLACEMENT));
            } else {
                result.append(REPLACEMENT);
            }
        }
        return result.toString();
    }

    /**
     * Arabic letters (logical order) replaced by their contextual presentation forms, lam-alef
     * as one ligature (so the text may get shorter); text without Arabic letters comes back as
     * it is, without touching ICU.
     */
    static String shape(String logical) {
        if (!hasArabic(logical)) {
            return logical;
        }
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
        } catch (ArabicShapingException e) {
            return logical; // only for fixed-length options, which are not used; unshaped is still readable
        }
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    private static boolean hasGlyph(PDFont font, int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException missing) {
            return false;
        }
    }

    /**
     * The width of {@code text} at {@code size} points. For the embedded DejaVu fonts the glyph
     * ids come straight from the font's cmap (PDFBox encodes them as the codes, Identity-H) and
     * the widths from the font's width table: the same numbers as {@link PDFont#getStringWidth},
     * which re-reads every code from the encoded bytes through a stream pipeline and was most of
     * the garbage made per certificate.
     */
    static float width(PDFont font, float size, String text) {
        try {
            if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid
                    && cid.getTrueTypeFont() != null) {
                CmapLookup cmap = cid.getTrueTypeFont().getUnicodeCmapLookup();
                float units = 0;
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    int glyph = cmap.getGlyphId(cp);
                    units += glyph == 0 ? font.getStringWidth(new String(Character.toChars(cp))) : font.getWidth(glyph);
                }
                return units / 1000 * size;
            }
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
     * The line in the order its glyphs are drawn, by the Unicode bidi algorithm (ICU): runs
     * reordered by their embedding level, right-to-left runs reversed by code point (surrogate
     * pairs and base + combining mark stay together) with mirrored brackets. The base direction
     * follows the first strong character, so a Hebrew name starting the line reads right to left
     * as a whole.
     */
    static String visual(String logical) {
        if (logical.isEmpty() || !Bidi.requiresBidi(logical.toCharArray(), 0, logical.length())) {
            return logical;
        }
        Bidi bidi = new Bidi(logical, Bidi.LEVEL_DEFAULT_LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
    }
}
