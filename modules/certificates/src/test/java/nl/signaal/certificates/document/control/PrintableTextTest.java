package nl.signaal.certificates.document.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick width measurement gives exactly PDFBox's own, on which the layout has always relied. */
class PrintableTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Łukasz Żółć", "Nguyễn Thị Minh", "Mensenhandel herkennen in de zorg", "7K3M-Q9TX-4D2H",
            "ןהכ הרש", "\uFEAA\uFEE4\uFEA4\uFEE3 \uFEFC", "Пётр Ильич", "…?", ""})
    void widthsAreThoseOfPdfBox(String text) throws IOException {
        for (String file : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            try (PDDocument document = new PDDocument();
                 InputStream in = getClass().getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
                PDType0Font font = PDType0Font.load(document, in, true);
                assertThat(font.getDescendantFont()).as("the quick path applies")
                        .isInstanceOfSatisfying(PDCIDFontType2.class, cid -> assertThat(cid.getTrueTypeFont()).isNotNull());

                assertThat(PrintableText.width(font, 12, text)).isEqualTo(font.getStringWidth(text) / 1000 * 12);
            }
        }
    }
}
