package nl.signaal.organisations.settings.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoCheckTest {

    private static byte[] image(String format, int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void pngAndJpegAreRecognisedByTheirBytes() throws Exception {
        assertThat(LogoCheck.check(image("png", 40, 20)).contentType()).contains("image/png");
        assertThat(LogoCheck.check(image("jpg", 40, 20)).contentType()).contains("image/jpeg");
    }

    @Test
    void anythingElseIsRefusedWhateverItsNameWouldSay() throws Exception {
        assertThat(LogoCheck.check("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)).refusal())
                .contains(LogoCheck.Refusal.NOT_AN_IMAGE);
        assertThat(LogoCheck.check(image("gif", 10, 10)).refusal()).contains(LogoCheck.Refusal.NOT_AN_IMAGE);
        byte[] truncated = Arrays.copyOf(image("png", 40, 20), 30);
        assertThat(LogoCheck.check(truncated).refusal()).contains(LogoCheck.Refusal.NOT_AN_IMAGE);
        assertThat(LogoCheck.check(new byte[0]).refusal()).contains(LogoCheck.Refusal.EMPTY);
    }

    @Test
    void tooLargeFilesAndHugeImagesAreRefused() throws Exception {
        byte[] big = Arrays.copyOf(image("png", 10, 10), LogoCheck.MAX_BYTES + 1);
        assertThat(LogoCheck.check(big).refusal()).contains(LogoCheck.Refusal.TOO_LARGE);
        assertThat(LogoCheck.check(image("png", LogoCheck.MAX_PIXELS + 1, 1)).refusal())
                .contains(LogoCheck.Refusal.TOO_MANY_PIXELS);
    }
}
