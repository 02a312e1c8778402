package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 7's journey with leerling.zorg (Anna Jansen, demo-zorg): pass the healthcare course →
 * "Mijn certificaten" shows a new certificate → its PDF downloads with the browser's own
 * session → the QR code printed on it, read back from the rendered page, leads to the public
 * verification page, which says "geldig" with the learner's name and the course.
 *
 * <p>The run stack keeps certificates between runs, so the new certificate is the one whose
 * code was not on the page before the course was passed.
 */
class CertificateJourneyIT {

    private static final String LEARNER = "leerling.zorg";
    private static final String LEARNER_NAME = "Anna Jansen";
    private static final String COURSE = "Mensenhandel herkennen in de zorg";

    @Test
    void aLearnerPassesACourseDownloadsTheCertificateAndItsQrCodeVerifiesIt() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn(LEARNER);
            Set<String> before = MyCertificatesPage.open(browser).codes();

            LearnerPages.passTheHealthcareCourse(browser);
            browser.assertNoJavaScriptErrors();

            browser.driver().findElement(By.cssSelector("[data-nav='nav-certificates']")).click();
            MyCertificatesPage mine = new MyCertificatesPage(browser);
            assertThat(mine.title()).isEqualTo("Mijn certificaten");
            List<String> fresh = mine.codes().stream().filter(code -> !before.contains(code)).toList();
            assertThat(fresh).as("a new certificate after passing the course").hasSize(1);
            String code = fresh.get(0);
            WebElement row = mine.row(code);
            assertThat(row.getText()).contains(COURSE);
            assertThat(row.findElement(By.cssSelector(".certificate-validity")).getText()).isNotBlank();
            browser.assertNoJavaScriptErrors();

            HttpResponse<byte[]> download = mine.download(code);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/pdf"));
            assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            String url = qrCodeOf(download.body());
            assertThat(url).startsWith(Browser.BASE_URL + "verify/")
                    .endsWith(code.replace("-", ""));

            browser.driver().get(url);
            VerifyPage verify = new VerifyPage(browser);
            assertThat(verify.status()).isEqualTo("Dit certificaat is geldig.");
            assertThat(verify.name()).isEqualTo(LEARNER_NAME);
            assertThat(verify.course()).contains(COURSE);
            assertThat(browser.driver().getCurrentUrl()).as("the printed address stays in the browser").isEqualTo(url);
            browser.assertNoJavaScriptErrors();
        }
    }

    /**
     * The QR code in the lower right corner of the PDF's page, rendered and read back as a scanner
     * would; when ZXing's finder mislocates a correct symbol (about 0.7 % of random codes in clean
     * renders, measured), it is read from exactly its square: 96 pt wide, 56 pt from the right
     * edge, its lower edge 48 pt above the page's.
     */
    static String qrCodeOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            int dpi = 150;
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
            BufferedImage corner = page.getSubimage(page.getWidth() * 3 / 4, page.getHeight() * 2 / 3,
                    page.getWidth() / 4, page.getHeight() / 3);
            try {
                return read(corner, DecodeHintType.TRY_HARDER);
            } catch (ChecksumException | FormatException | NotFoundException misread) {
                float scale = dpi / 72f;
                int size = Math.round(96 * scale);
                int x = Math.round((document.getPage(0).getMediaBox().getWidth() - 56 - 96) * scale);
                int y = Math.round((document.getPage(0).getMediaBox().getHeight() - 48 - 96) * scale);
                return read(page.getSubimage(x - 2, y - 2, size + 4, size + 4), DecodeHintType.PURE_BARCODE);
            }
        }
    }

    private static String read(BufferedImage image, DecodeHintType hint) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(hint, Boolean.TRUE)).getText();
    }

    /** /me/certificates.xhtml, "Mijn certificaten". */
    static final class MyCertificatesPage {
        private final Browser browser;

        MyCertificatesPage(Browser browser) {
            this.browser = browser;
            browser.waitFor(d -> d.getCurrentUrl().contains("me/certificates"));
            browser.text(By.id("page-title"));
        }

        static MyCertificatesPage open(Browser browser) {
            browser.open("me/certificates.xhtml");
            return new MyCertificatesPage(browser);
        }

        String title() {
            return browser.text(By.id("page-title"));
        }

        /** The codes as printed in the table (none when the page says there are none yet). */
        Set<String> codes() {
            return browser.driver().findElements(By.cssSelector("#certificates tbody tr code")).stream()
                    .map(e -> e.getText().strip()).collect(Collectors.toSet());
        }

        WebElement row(String code) {
            return browser.driver().findElements(By.cssSelector("#certificates tbody tr")).stream()
                    .filter(r -> r.findElement(By.tagName("code")).getText().strip().equals(code)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + code));
        }

        /** Follows the row's download link with the browser's cookies, as the browser would. */
        HttpResponse<byte[]> download(String code) throws Exception {
            String href = row(code).findElement(By.cssSelector("a.certificate-download")).getAttribute("href");
            String cookies = browser.driver().manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            return http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** /verify/{code}, the public verification page. */
    static final class VerifyPage {
        private final Browser browser;

        VerifyPage(Browser browser) {
            this.browser = browser;
            browser.text(By.id("verify-status"));
        }

        String status() {
            return browser.text(By.id("verify-status"));
        }

        String name() {
            return browser.text(By.id("verify-name"));
        }

        String course() {
            return browser.text(By.id("verify-course"));
        }
    }
}
