package nl.signaal.certificates.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Right-to-left names on the certificate, checked two ways:
 * <ul>
 *   <li><b>what is drawn</b>: the Unicode value of every glyph in content-stream (drawing, left
 *       to right) order, as the embedded font's ToUnicode map gives it. For Arabic that must be
 *       the joined presentation forms (U+FE70–U+FEFC) in visual order — written out here by hand
 *       from the Unicode tables, not computed with ICU — and for Hebrew the letters reversed.</li>
 *   <li><b>what a reader copies</b>: PDFBox's text extraction, which puts right-to-left runs back
 *       into logical order (its own bidi pass) and maps presentation forms to the nominal letters
 *       (NFKC). The result must contain the name exactly as stored (NFC, logical order).</li>
 * </ul>
 */
class RightToLeftNamesTest {

    private static final String URL = CertificatePdf.verificationUrl(Certificates.BASE_URL, Certificates.CODE);

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** The Unicode of each glyph in the order the content stream draws them (no reordering, no normalisation). */
    private static String drawn(byte[] pdf) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.append(text.getUnicode());
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return glyphs.toString();
    }

    private static byte[] certificate(String name) {
        return CertificatePdf.render(Certificates.facts(name), null, URL);
    }

    @Test
    void anArabicNameIsDrawnJoinedAndRightToLeft() throws IOException {
        // محمد عبد الله: meem initial, hah medial, meem medial, dal final | ain initial, beh medial, dal final |
        // alef isolated, lam initial, lam medial, heh final — then the whole line reversed for drawing
        String visual = "\uFEEA\uFEE0\uFEDF\uFE8D \uFEAA\uFE92\uFECB \uFEAA\uFEE4\uFEA4\uFEE3";

        assertThat(drawn(certificate("محمد عبد الله"))).contains(visual).doesNotContain("محمد");
    }

    @Test
    void lamAlefBecomesOneLigature() throws IOException {
        // علاء: ain initial, lam-alef final ligature (U+FEFC), hamza (which never joins, so ICU leaves U+0621
        // as it is — the same glyph as its isolated form); drawn reversed
        assertThat(drawn(certificate("علاء"))).contains("\u0621\uFEFC\uFECB");
    }

    @Test
    void aHebrewNameIsDrawnRightToLeft() throws IOException {
        assertThat(drawn(certificate("שרה כהן"))).contains("ןהכ הרש");
    }

    @Test
    void inAMixedNameTheLatinStaysLeftAndTheArabicIsJoinedAndReversed() throws IOException {
        // first strong character is Latin: the line runs left to right, only the Arabic run is reversed
        assertThat(drawn(certificate("Nguyễn محمد"))).contains("Nguyễn \uFEAA\uFEE4\uFEA4\uFEE3");
    }

    @Test
    void bracketsInARightToLeftNameAreMirrored() throws IOException {
        // logical "שרה (כהן)": reversed, and each bracket mirrored so that it still opens towards the word
        assertThat(drawn(certificate("שרה (כהן)"))).contains("(ןהכ) הרש");
    }

    @ParameterizedTest
    @ValueSource(strings = {"محمد عبد الله", "علاء الدين", "שרה כהן", "Nguyễn محمد", "فاطمة الزهراء", "אברהם (אבי) לוי",
            "Sara شريف-כהן"})
    void extractedTextGivesTheNameBackInLogicalOrder(String name) throws IOException {
        assertThat(CertificatePdfTest.text(certificate(name))).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"محمد عبد الله", "שרה כהן", "Nguyễn محمد"})
    void rightToLeftNamesArePdfA2b(String name) throws Exception {
        PdfAComplianceTest.assertCompliant(CertificatePdf.render(Certificates.facts(name), CertificatePdfTest.logo("png"), URL));
    }

    @Test
    void aPersianLetterWithoutJoinedFormsInTheFontFallsBackToTheNominalLetter() throws IOException {
        // پ (peh): DejaVu Sans lacks its presentation forms U+FB56–U+FB59, so the plain letter is drawn, not "?"
        String drawn = drawn(certificate("پری"));

        assertThat(drawn).contains("\u067E").doesNotContain("?");
        assertThat(CertificatePdfTest.text(certificate("پری"))).contains("پری");
    }
}
