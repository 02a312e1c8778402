package nl.signaal.catalogue.materials.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import nl.signaal.catalogue.materials.boundary.UploadRefusedException;
import org.junit.jupiter.api.Test;

class PreviewRendererTest {

    @Test
    void theFirstPageOfAPdfBecomesASmallPngWithTheBlackBarOnTop() throws IOException {
        byte[] png = PreviewRenderer.preview(TestFiles.pdf(), "application/pdf").orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isLessThanOrEqualTo(PreviewRenderer.MAX_WIDTH);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth()); // A4 portrait
        int top = image.getRGB(image.getWidth() / 3, (int) (image.getHeight() * 0.12)) & 0xFFFFFF;
        int bottom = image.getRGB(image.getWidth() / 3, (int) (image.getHeight() * 0.8)) & 0xFFFFFF;
        assertThat(top).isLessThan(0x404040);
        assertThat(bottom).isEqualTo(0xFFFFFF);
    }

    @Test
    void aLargeImageIsScaledDown() throws IOException {
        byte[] png = PreviewRenderer.preview(TestFiles.png(1200, 600), "image/png").orElseThrow();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(160);
    }

    @Test
    void typesWithoutAPreviewLibraryHaveNone() {
        assertThat(PreviewRenderer.preview(new byte[] {1, 2, 3}, "audio/mpeg")).isEmpty();
    }

    @Test
    void aPdfThatPdfBoxCannotReadIsRefused() {
        assertThatThrownBy(() -> PreviewRenderer.preview("%PDF-1.7 nothing else".getBytes(), "application/pdf"))
                .isInstanceOf(UploadRefusedException.class)
                .extracting(e -> ((UploadRefusedException) e).reason().key()).isEqualTo("upload.damaged");
    }
}
