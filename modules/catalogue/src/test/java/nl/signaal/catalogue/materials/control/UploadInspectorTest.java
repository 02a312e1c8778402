package nl.signaal.catalogue.materials.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import nl.signaal.catalogue.materials.boundary.UploadRefusedException;
import org.junit.jupiter.api.Test;

class UploadInspectorTest {

    private static final UploadLimits LIMITS = new UploadLimits(1024 * 1024, 3);

    @Test
    void aRealPdfIsAcceptedWithItsHash() {
        byte[] pdf = TestFiles.pdf();
        UploadInspector.Inspected inspected = UploadInspector.inspect(pdf, LIMITS, 0);
        assertThat(inspected.contentType()).isEqualTo("application/pdf");
        assertThat(inspected.size()).isEqualTo(pdf.length);
        assertThat(inspected.sha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void htmlRenamedToPdfIsRefusedBecauseTheBytesSayHtml() {
        assertThatThrownBy(() -> UploadInspector.inspect(TestFiles.html(), LIMITS, 0))
                .isInstanceOf(UploadRefusedException.class)
                .satisfies(e -> {
                    UploadRefusedException refused = (UploadRefusedException) e;
                    assertThat(refused.reason().key()).isEqualTo("upload.type");
                    assertThat(refused.reason().args()).containsExactly("text/html");
                });
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItsTypeIsLookedAt() {
        byte[] big = Arrays.copyOf(TestFiles.pdf(), 1024 * 1024 + 1);
        assertThatThrownBy(() -> UploadInspector.inspect(big, LIMITS, 0))
                .isInstanceOf(UploadRefusedException.class)
                .extracting(e -> ((UploadRefusedException) e).reason().key()).isEqualTo("upload.tooLarge");
    }

    @Test
    void theCountLimitPerCampaignHolds() {
        assertThatThrownBy(() -> UploadInspector.inspect(TestFiles.png(10, 10), LIMITS, 3))
                .extracting(e -> ((UploadRefusedException) e).reason().key()).isEqualTo("upload.tooMany");
    }

    @Test
    void emptyFilesAndPlainTextAreRefused() {
        assertThatThrownBy(() -> UploadInspector.inspect(new byte[0], LIMITS, 0))
                .extracting(e -> ((UploadRefusedException) e).reason().key()).isEqualTo("upload.empty");
        assertThatThrownBy(() -> UploadInspector.inspect("hallo".getBytes(), LIMITS, 0))
                .extracting(e -> ((UploadRefusedException) e).reason().key()).isEqualTo("upload.type");
    }

    @Test
    void theServedNameEndsInTheDetectedTypeAndLosesPathsAndOddCharacters() {
        assertThat(UploadInspector.safeFileName("C:\\tmp\\folder \"x\".html", "application/pdf")).isEqualTo("folder _x_.pdf");
        assertThat(UploadInspector.safeFileName("../../etc/passwd", "image/png")).isEqualTo("passwd.png");
        assertThat(UploadInspector.safeFileName(null, "image/png")).isEqualTo("materiaal.png");
        assertThat(UploadInspector.safeFileName("Affiche Łódź.jpeg", "image/jpeg")).isEqualTo("Affiche Łódź.jpg");
    }
}
