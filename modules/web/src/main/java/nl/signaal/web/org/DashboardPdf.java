package nl.signaal.web.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import nl.signaal.organisations.dashboard.boundary.DashboardReport;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import nl.signaal.organisations.dashboard.boundary.ExpiringCertificates;
import nl.signaal.organisations.dashboard.boundary.HeatMapColumn;
import nl.signaal.organisations.dashboard.boundary.HeatMapRow;
import nl.signaal.organisations.dashboard.boundary.MonthCount;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The dashboard as an A4 PDF report (landscape, so that the completion table's seven columns keep
 * their words whole): the same figures as the page, section by section, in tables
 * whose cells wrap and which continue on a new page (header row repeated) when full. DejaVu Sans
 * is embedded (as a subset), so every name prints — "Łukasz Żółć" included; a character DejaVu
 * lacks prints as "?" instead of failing the report.
 */
public final class DashboardPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 42;
    private static final float SIZE = 9;
    private static final float LEADING = 11.5f;
    private static final float PAD = 3;

    private DashboardPdf() {
    }

    /**
     * @param organisation the organisation's name for the title (may be empty)
     */
    public static byte[] write(DashboardReport report, DashboardTexts t, String organisation) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(t.text("org.dashboard.report.title", organisation));
            Writer w = new Writer(document, load(document, FONT), load(document, FONT_BOLD));
            w.heading(t.text("org.dashboard.report.title", organisation), 16);
            w.paragraph(t.text("org.dashboard.report.date", t.date(report.completion().date())));
            w.paragraph(t.text("org.dashboard.lead"));

            w.heading(t.text("org.dashboard.completion"), 12);
            w.paragraph(t.text("org.dashboard.overdue") + ": " + report.completion().overdue() + "    "
                    + t.text("org.dashboard.duesoon") + ": " + report.completion().dueSoon());
            List<List<String>> rows = new ArrayList<>();
            for (DashboardRow r : report.completion().rows()) {
                rows.add(r.withheld()
                        ? List.of(r.courseTitle(), DashboardView.groupLabel(r, t.locale()), t.text("org.dashboard.withheld"), "", "", "", "")
                        : List.of(r.courseTitle(), DashboardView.groupLabel(r, t.locale()), n(r.members()), n(r.completed()),
                                n(r.percent()) + " %", n(r.overdue()), n(r.dueSoon())));
            }
            w.table(t.columns("org.dashboard.col.course", "org.dashboard.col.group", "org.dashboard.col.members",
                    "org.dashboard.col.completed", "org.dashboard.col.percent", "org.dashboard.col.overdue", "org.dashboard.col.duesoon"),
                    new float[] {26, 26, 10, 10, 10, 9, 9}, rows, t.text("org.dashboard.empty"));
            w.paragraph(t.text("org.dashboard.privacy"));

            w.heading(t.text("org.dashboard.signals.title"), 12);
            w.paragraph(t.text("org.dashboard.signals.lead"));
            rows = new ArrayList<>();
            List<HeatMapColumn> columns = report.signals().columns();
            for (HeatMapRow r : report.signals().rows()) {
                for (int i = 0; i < columns.size(); i++) {
                    rows.add(List.of(i == 0 ? r.label(t.locale()) : "", i == 0 ? t.course(r.courseId(), r.courseTitle()) : "",
                            t.column(columns.get(i)), t.cell(r.cells().get(i))));
                }
            }
            w.table(t.columns("org.dashboard.signals.col.signal", "org.dashboard.col.course", "org.dashboard.col.group",
                    "org.dashboard.signals.col.result"), new float[] {36, 18, 24, 22}, rows, t.text("org.dashboard.signals.empty"));
            w.paragraph(t.text("org.dashboard.signals.privacy"));

            w.heading(t.text("org.dashboard.expiring.title", report.expiringWithinDays()), 12);
            w.paragraph(t.text("org.dashboard.expiring.total", report.expiringPeople()));
            rows = new ArrayList<>();
            for (ExpiringCertificates e : report.expiring()) {
                rows.add(List.of(t.course(e.courseId(), e.courseTitle()), t.group(e), Integer.toString(e.people()), t.date(e.firstExpiry())));
            }
            w.table(t.columns("org.dashboard.col.course", "org.dashboard.col.group", "org.dashboard.expiring.col.people",
                    "org.dashboard.expiring.col.first"), new float[] {36, 30, 14, 20}, rows, t.text("org.dashboard.expiring.empty"));

            w.heading(t.text("org.dashboard.trend.title"), 12);
            rows = new ArrayList<>();
            for (MonthCount m : report.trend()) {
                rows.add(List.of(t.month(m), Integer.toString(m.completions())));
            }
            w.table(t.columns("org.dashboard.trend.col.month", "org.dashboard.trend.col.completions"), new float[] {50, 50}, rows, "");
            w.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String n(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static PDFont load(PDDocument document, String resource) throws IOException {
        try (InputStream in = DashboardPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font " + resource + " not on the classpath (net.sf.jasperreports:jasperreports-fonts)");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** Writes top to bottom over as many A4 pages as needed. */
    private static final class Writer {
        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final float width = PAGE.getWidth() - 2 * MARGIN;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, PDFont regular, PDFont bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        void heading(String text, float size) throws IOException {
            List<String> lines = wrap(text, bold, size, width);
            float needed = lines.size() * size * 1.3f + 6 + 3 * LEADING; // keep a heading with the start of what follows
            if (y - needed < MARGIN) {
                newPage();
            }
            y -= 6;
            for (String line : lines) {
                y -= size * 1.3f;
                show(line, bold, size, MARGIN, y);
            }
            y -= 4;
        }

        void paragraph(String text) throws IOException {
            for (String line : wrap(text, regular, SIZE, width)) {
                if (y - LEADING < MARGIN) {
                    newPage();
                }
                y -= LEADING;
                show(line, regular, SIZE, MARGIN, y);
            }
            y -= 4;
        }

        /** A table; {@code weights} are the columns' relative widths; {@code empty} is said instead of an empty table. */
        void table(List<String> header, float[] weights, List<List<String>> rows, String empty) throws IOException {
            if (rows.isEmpty()) {
                if (!empty.isEmpty()) {
                    paragraph(empty);
                }
                return;
            }
            float total = 0;
            for (float w : weights) {
                total += w;
            }
            float[] widths = new float[weights.length];
            for (int i = 0; i < weights.length; i++) {
                widths[i] = width * weights[i] / total;
            }
            row(header, widths, bold, true);
            for (List<String> r : rows) {
                if (row(r, widths, regular, false)) {
                    row(header, widths, bold, true); // continued on a new page: the header again
                    row(r, widths, regular, false);
                }
            }
            y -= 6;
        }

        /** Draws one row; returns true without drawing when it did not fit and a new page was started. */
        private boolean row(List<String> cells, float[] widths, PDFont font, boolean header) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> l = wrap(cells.get(i), font, SIZE, widths[i] - 2 * PAD);
                wrapped.add(l);
                lines = Math.max(lines, l.size());
            }
            float height = lines * LEADING + 2 * PAD;
            if (y - height < MARGIN) {
                newPage();
                if (!header) {
                    return true;
                }
            }
            float x = MARGIN;
            for (int i = 0; i < wrapped.size(); i++) {
                float lineY = y - PAD;
                for (String line : wrapped.get(i)) {
                    lineY -= LEADING;
                    show(line, font, SIZE, x + PAD, lineY + 2.5f);
                }
                x += widths[i];
            }
            y -= height;
            content.setLineWidth(header ? 0.8f : 0.3f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + width, y);
            content.stroke();
            return false;
        }

        private void show(String text, PDFont font, float size, float x, float atY) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, atY);
            content.showText(text);
            content.endText();
        }

        /** Splits a text into lines that fit {@code max}; a word longer than a line is cut. Unknown characters become "?". */
        List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
            String clean = printable(text == null ? "" : text.replaceAll("\\s+", " ").strip(), font);
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : clean.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > max && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > max) {
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

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        private static String printable(String text, PDFont font) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String s = new String(Character.toChars(cp));
                try {
                    font.encode(s);
                    out.append(s);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
