package nl.signaal.certificates.document.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.xml.transform.TransformerException;
import nl.signaal.certificates.shared.VerificationCode;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.xmpbox.DateConverter;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Draws a certificate onto one A4 landscape page that conforms to PDF/A-2b: DejaVu Sans
 * embedded (subset) so any name prints, an sRGB output intent, XMP metadata that matches the
 * document information, and a QR code drawn as vector squares to the public verification page.
 *
 * <p>The output is a function of its input: the creation date is the moment of issue and the
 * document id is derived from the verification code, so regenerating from the stored facts
 * gives the same text and structure (docs/adr/0006-certificates-regenerated-from-facts.md).
 *
 * <pre>{@code
 * byte[] pdf = CertificatePdf.render(facts, logoOrNull, CertificatePdf.verificationUrl(baseUrl, facts.code()));
 * }</pre>
 */
public final class CertificatePdf {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final String TEXTS = "nl.signaal.certificates.document.control.texts";
    private static final String PRODUCER = "Signaal (Apache PDFBox)";
    private static final String CREATOR = "Signaal";

    /** A4 landscape. */
    public static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 56;
    private static final float QR_SIZE = 96;
    private static final float[] ACCENT = {0.09f, 0.20f, 0.36f};
    private static final float[] INK = {0.13f, 0.13f, 0.13f};

    private static final byte[] REGULAR_BYTES = resource(FONT);
    private static final byte[] BOLD_BYTES = resource(FONT_BOLD);
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /**
     * Parsed fonts and the XMP serializer (whose XML factory lookup scans the class path) are
     * costly to make and not safe to share between threads: each render borrows one set.
     */
    private static final ConcurrentLinkedQueue<Tools> TOOLS = new ConcurrentLinkedQueue<>();

    private CertificatePdf() {
    }

    /** The public verification page of a code: {@code <base URL>verify/<code>}. */
    public static String verificationUrl(String baseUrl, VerificationCode code) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + "verify/" + code.value();
    }

    /** The certificate's bytes. {@code logo} may be null, PNG or JPEG; a logo that cannot be read is left out. */
    public static byte[] render(CertificateFacts facts, byte[] logo, String verificationUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(facts, logo, verificationUrl, out);
        return out.toByteArray();
    }

    /** Writes the certificate to {@code out} and leaves it open (e.g. an entry of a ZIP stream). */
    public static void render(CertificateFacts facts, byte[] logo, String verificationUrl, OutputStream out) {
        Tools tools = TOOLS.poll();
        if (tools == null) {
            tools = Tools.make();
        }
        Texts texts = new Texts(facts.locale());
        try {
            render(facts, logo, verificationUrl, out, texts, tools.fontsFor(facts, texts, verificationUrl), tools.xmp());
        } finally {
            TOOLS.offer(tools);
        }
    }

    private static void render(CertificateFacts facts, byte[] logo, String verificationUrl, OutputStream out,
                               Texts texts, TrueTypeFont[] fonts, XmpSerializer xmp) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = PDType0Font.load(document, fonts[0], true);
            PDFont bold = PDType0Font.load(document, fonts[1], true);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            archival(document, facts, texts, xmp);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new Drawing(content, regular, bold).draw(document, facts, texts, logo, verificationUrl);
            }
            document.save(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush(); // the caller owns the stream
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(TrueTypeFont[] fonts) {
        for (TrueTypeFont font : fonts) {
            try {
                font.close();
            } catch (IOException ignored) {
                // an in-memory font: nothing to release
            }
        }
    }

    /** PDF/A-2b: output intent, XMP (pdfaid part 2, conformance B) equal to the document information, fixed id. */
    private static void archival(PDDocument document, CertificateFacts facts, Texts texts, XmpSerializer serializer)
            throws IOException {
        Calendar created = GregorianCalendar.from(facts.issuedAt().atZone(ZoneOffset.UTC));
        created.setTimeZone(TimeZone.getTimeZone("UTC"));
        String title = texts.get("certificate.documentTitle") + " " + facts.code().readable();

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator(CREATOR);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        byte[] xml = XmpTemplate.TEXT == null ? xmp(title, created, serializer)
                : XmpTemplate.fill(title, created).getBytes(StandardCharsets.UTF_8);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xml);
        catalog.setMetadata(metadata);
        catalog.setLanguage(facts.locale().toLanguageTag());

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        byte[] digest = sha256(("signaal-certificate:" + facts.code().value()).getBytes(StandardCharsets.US_ASCII));
        COSArray ids = new COSArray();
        ids.add(new COSString(Arrays.copyOf(digest, 16)));
        ids.add(new COSString(Arrays.copyOf(digest, 16)));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The XMP packet (pdfaid part 2, conformance B) equal to the document information, made with xmpbox. */
    private static byte[] xmp(String title, Calendar created, XmpSerializer serializer) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(CREATOR);
        basic.setCreateDate(created);
        basic.setModifyDate(created);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(2);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            serializer.serialize(xmp, xml, true);
        } catch (TransformerException e) {
            throw new IOException(e);
        }
        return xml.toByteArray();
    }

    /**
     * The XMP packet serialised once by xmpbox with a placeholder title and a sentinel date, then
     * filled in per certificate: building the XMP model and serialising it through the XML
     * transformer for every certificate was about a tenth of its time. The title and the dates
     * are the only parts that differ; the dates are written with xmpbox's own
     * {@link DateConverter}, as its serialiser does. Should the sentinel not appear in the
     * serialised text (another xmpbox), {@link #TEXT} is null and each certificate is serialised.
     */
    private static final class XmpTemplate {
        private static final String TITLE = "SIGNAAL_TITLE_PLACEHOLDER";
        private static final Calendar SENTINEL = sentinel();
        private static final String SENTINEL_TEXT = DateConverter.toISO8601(SENTINEL);
        static final String TEXT = make();

        private static Calendar sentinel() {
            Calendar sentinel = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            sentinel.clear();
            sentinel.set(1901, Calendar.FEBRUARY, 3, 4, 5, 6);
            return sentinel;
        }

        private static String make() {
            try {
                String text = new String(xmp(TITLE, SENTINEL, new XmpSerializer()), StandardCharsets.UTF_8);
                boolean usable = count(text, TITLE) == 1 && count(text, SENTINEL_TEXT) == 2;
                return usable ? text : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static int count(String text, String part) {
            int count = 0;
            for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
                count++;
            }
            return count;
        }

        static String fill(String title, Calendar created) {
            return TEXT.replace(TITLE, escape(title)).replace(SENTINEL_TEXT, DateConverter.toISO8601(created));
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    /** The page's content, top to bottom. */
    private record Drawing(PDPageContentStream content, PDFont regular, PDFont bold) {

        void draw(PDDocument document, CertificateFacts facts, Texts texts, byte[] logo, String url) throws IOException {
            float width = PAGE.getWidth();
            float height = PAGE.getHeight();
            float textWidth = width - 2 * MARGIN;

            content.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
            content.setLineWidth(2.5f);
            content.addRect(24, 24, width - 48, height - 48);
            content.stroke();
            content.setLineWidth(0.5f);
            content.addRect(30, 30, width - 60, height - 60);
            content.stroke();

            logo(document, logo, MARGIN, height - MARGIN - 56, 160, 56);
            right(PrintableText.fit(PrintableText.clean(facts.organisationName(), bold), bold, 12, 8, 360, 2),
                    bold, width - MARGIN, height - MARGIN - 14, INK);

            float y = height - 150;
            y = centred(List.of(line(texts.get("certificate.title"), bold, 40)), bold, y, ACCENT);
            y = centred(List.of(line(texts.get("certificate.awardedTo"), regular, 14)), regular, y - 14, INK);
            y = centred(PrintableText.fit(PrintableText.clean(facts.learnerName(), bold), bold, 30, 12, textWidth, 4),
                    bold, y - 8, ACCENT);
            y = centred(List.of(line(texts.get("certificate.completed"), regular, 14)), regular, y - 8, INK);
            y = centred(PrintableText.fit(PrintableText.clean(facts.courseTitle(), bold), bold, 20, 11, textWidth, 3),
                    bold, y - 6, INK);
            String version = texts.format("certificate.version", String.valueOf(facts.courseVersion()));
            if (facts.sector() != null) {
                version += "  \u00b7  " + texts.format("certificate.sector", texts.get("sector." + facts.sector().name()));
            }
            y = centred(List.of(line(version, regular, 12)), regular, y - 2, INK);
            y = centred(PrintableText.fit(PrintableText.clean(texts.format("certificate.issuedBy", facts.organisationName()),
                    regular), regular, 12, 8, textWidth, 2), regular, y - 10, INK);
            DateTimeFormatter dates = longDates(facts.locale());
            String validity = facts.validUntil() == null ? texts.get("certificate.noExpiry")
                    : texts.format("certificate.validUntil", dates.format(facts.validUntil()));
            centred(List.of(line(texts.format("certificate.completedOn", dates.format(facts.completedOn()))
                    + "  \u00b7  " + validity, regular, 12)), regular, y - 4, INK);

            float bottom = MARGIN;
            left(List.of(line(texts.get("certificate.code"), regular, 10)), regular, MARGIN, bottom + 70, INK);
            left(List.of(line(facts.code().readable(), bold, 16)), bold, MARGIN, bottom + 50, ACCENT);
            float noteWidth = textWidth - QR_SIZE - 24;
            List<String> note = PrintableText.wrap(PrintableText.clean(texts.format("certificate.verifyAt", url), regular),
                    regular, 9, noteWidth);
            float noteY = bottom + 32;
            for (String text : note.subList(0, Math.min(3, note.size()))) {
                left(List.of(new PrintableText.Line(text, 9, PrintableText.width(regular, 9, text))), regular, MARGIN, noteY, INK);
                noteY -= 11;
            }
            QrCode.draw(content, url, width - MARGIN - QR_SIZE, bottom - 8, QR_SIZE);
        }

        private PrintableText.Line line(String text, PDFont font, float size) {
            String clean = PrintableText.clean(text, font);
            return new PrintableText.Line(PrintableText.visual(clean), size, PrintableText.width(font, size, clean));
        }

        /** Lines centred on the page, each one below the previous; returns the baseline of the last. */
        private float centred(List<PrintableText.Line> lines, PDFont font, float y, float[] colour) throws IOException {
            float baseline = y;
            for (PrintableText.Line line : lines) {
                baseline -= line.size() * 1.25f;
                show(line, font, (PAGE.getWidth() - line.width()) / 2, baseline, colour);
            }
            return baseline;
        }

        private void right(List<PrintableText.Line> lines, PDFont font, float x, float y, float[] colour) throws IOException {
            float baseline = y;
            for (PrintableText.Line line : lines) {
                show(line, font, x - line.width(), baseline, colour);
                baseline -= line.size() * 1.25f;
            }
        }

        private void left(List<PrintableText.Line> lines, PDFont font, float x, float y, float[] colour) throws IOException {
            for (PrintableText.Line line : lines) {
                show(line, font, x, y, colour);
            }
        }

        private void show(PrintableText.Line line, PDFont font, float x, float y, float[] colour) throws IOException {
            if (line.visual().isEmpty()) {
                return;
            }
            content.beginText();
            content.setNonStrokingColor(colour[0], colour[1], colour[2]);
            content.setFont(font, line.size());
            content.newLineAtOffset(x, y);
            content.showText(line.visual());
            content.endText();
        }

        /** The organisation's logo scaled into the box, keeping its proportions; an unreadable one is left out. */
        private void logo(PDDocument document, byte[] bytes, float x, float y, float maxWidth, float maxHeight) {
            if (bytes == null || bytes.length == 0) {
                return;
            }
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(document, bytes, "logo");
                float scale = Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight());
                content.drawImage(image, x, y, image.getWidth() * scale, image.getHeight() * scale);
            } catch (IOException | RuntimeException unreadable) {
                // the organisation's upload check should have caught it; the certificate matters more than the logo
            }
        }
    }

    /** The certificate's fixed texts in its language (Dutch unless English). */
    private static final class Texts {
        private final ResourceBundle bundle;
        private final Locale locale;

        Texts(Locale requested) {
            locale = "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
            bundle = ResourceBundle.getBundle(TEXTS, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String get(String key) {
            return bundle.getString(key);
        }

        Locale locale() {
            return locale;
        }

        String format(String key, String... args) {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }
    }

    /**
     * A parsed regular and bold DejaVu Sans and an XMP serializer, used by one render at a time.
     *
     * <p>Loading the whole of DejaVu Sans (about 6,000 glyphs) into a document made PDFBox build
     * widths, CID-to-GID and ToUnicode tables for every glyph, twice per font and certificate,
     * which was most of the time of a certificate. So each document gets a font cut down
     * beforehand to the characters it can possibly show (printable ASCII and Latin-1, every
     * character of the certificate texts, and those of this certificate's name, course,
     * organisation, dates and URL); PDFBox subsets that small font again when saving, as before.
     * The cut-down fonts are cached by the characters beyond the common ones, so a bulk download
     * of mostly Latin names cuts them once. A character outside the Basic Multilingual Plane that
     * DejaVu has (the subsetter writes a BMP-only cmap) falls back to the whole font.
     */
    private static final class Tools {
        /** The tables a PDF font program needs; GSUB, GPOS and kern would point at the whole font's glyph ids. */
        private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
                "fpgm", "gasp", "name", "OS/2", "post", "cmap");

        private final TrueTypeFont regular;
        private final TrueTypeFont bold;
        private final XmpSerializer xmp;
        /** The cut-down pair of the previous render by this set of tools, reused while the extra characters stay the same. */
        private String lastKey;
        private TrueTypeFont[] last;

        private Tools(TrueTypeFont regular, TrueTypeFont bold, XmpSerializer xmp) {
            this.regular = regular;
            this.bold = bold;
            this.xmp = xmp;
        }

        static Tools make() {
            try {
                return new Tools(new TTFParser().parse(new RandomAccessReadBuffer(REGULAR_BYTES)),
                        new TTFParser().parse(new RandomAccessReadBuffer(BOLD_BYTES)), new XmpSerializer());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        XmpSerializer xmp() {
            return xmp;
        }

        /** {regular, bold} for this certificate: cut-down fonts (kept by these tools) or the whole ones. */
        TrueTypeFont[] fontsFor(CertificateFacts facts, Texts texts, String url) {
            DateTimeFormatter dates = longDates(texts.locale());
            TreeSet<Integer> extra = new TreeSet<>();
            for (String text : new String[] {facts.learnerName(), facts.courseTitle(), facts.organisationName(), url,
                    facts.code().readable(), facts.completedOn() == null ? "" : dates.format(facts.completedOn()),
                    facts.validUntil() == null ? "" : dates.format(facts.validUntil())}) {
                String nfc = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
                nfc.codePoints().filter(cp -> !COMMON.contains(cp)).forEach(extra::add);
            }
            List<Integer> forms = new java.util.ArrayList<>();
            for (int cp : extra) {
                forms.addAll(PRESENTATION_FORMS.getOrDefault(cp, List.of())); // whatever shaping may draw for it
            }
            extra.addAll(forms);
            try {
                for (int cp : extra) {
                    if (cp > 0xFFFF && (regular.getUnicodeCmapLookup().getGlyphId(cp) != 0
                            || bold.getUnicodeCmapLookup().getGlyphId(cp) != 0)) {
                        return new TrueTypeFont[] {regular, bold};
                    }
                }
                String key = extra.toString();
                if (key.equals(lastKey)) {
                    return last;
                }
                byte[][] cut = SUBSETS.get(key);
                if (cut == null) {
                    cut = new byte[][] {cut(regular, extra), cut(bold, extra)};
                    SUBSETS.put(key, cut);
                }
                TrueTypeFont[] fonts = {new TTFParser().parse(new RandomAccessReadBuffer(cut[0])),
                        new TTFParser().parse(new RandomAccessReadBuffer(cut[1]))};
                if (last != null) {
                    closeQuietly(last);
                }
                lastKey = key;
                last = fonts;
                return fonts;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static byte[] cut(TrueTypeFont font, Set<Integer> extra) throws IOException {
            TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
            subsetter.addAll(COMMON);
            subsetter.addAll(extra);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            subsetter.writeToStream(bytes);
            return bytes.toByteArray();
        }
    }

    /** Characters every certificate may use: printable ASCII, Latin-1, "…" and all the certificate texts. */
    private static final Set<Integer> COMMON = common();

    /**
     * Each Arabic letter's presentation forms (isolated, final, initial, medial; for lam also the
     * lam-alef ligatures), read from Unicode's compatibility decompositions: the characters
     * {@link PrintableText#shape} may draw for it, so the cut-down fonts must have them.
     */
    private static final Map<Integer, List<Integer>> PRESENTATION_FORMS = presentationForms();

    private static Map<Integer, List<Integer>> presentationForms() {
        Map<Integer, List<Integer>> forms = new java.util.HashMap<>();
        for (int cp = 0xFB50; cp <= 0xFEFC; cp++) {
            if (cp > 0xFDFF && cp < 0xFE70 || !Character.isDefined(cp)) {
                continue;
            }
            int form = cp;
            String nominal = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
            boolean lamAlef = cp >= 0xFEF5 && cp <= 0xFEFC;
            if (nominal.codePointCount(0, nominal.length()) != 1 && !lamAlef) {
                continue; // other ligatures: ArabicShaping's letter shaping makes only lam-alef
            }
            nominal.codePoints()
                    .filter(base -> base >= 0x0600 && base <= 0x06FF)
                    .forEach(base -> forms.computeIfAbsent(base, b -> new java.util.ArrayList<>()).add(form));
        }
        forms.replaceAll((base, list) -> List.copyOf(list));
        return Map.copyOf(forms);
    }

    /** Cut-down font pairs by their extra characters; few, small (tens of kB) and bounded. */
    private static final Map<String, byte[][]> SUBSETS = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[][]> eldest) {
                    return size() > 64;
                }
            });

    private static Set<Integer> common() {
        Set<Integer> common = new HashSet<>();
        for (int cp = 0x20; cp < 0x7F; cp++) {
            common.add(cp);
        }
        for (int cp = 0xA0; cp <= 0xFF; cp++) {
            common.add(cp);
        }
        common.add(0x2026);
        for (Locale locale : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(TEXTS, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                bundle.getString(key).codePoints().forEach(common::add);
            }
        }
        return Set.copyOf(common);
    }

    private static final Map<Locale, DateTimeFormatter> LONG_DATES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The locale's long date format ("10 januari 2026") as a fixed pattern: the same text as
     * {@code DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)}, without looking the pattern up
     * again for every date.
     */
    static DateTimeFormatter longDates(Locale locale) {
        return LONG_DATES.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern(
                java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
                        java.time.chrono.IsoChronology.INSTANCE, l), l));
    }

    private static byte[] resource(String name) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
