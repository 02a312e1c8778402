package nl.signaal.organisations.settings.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Accepts a logo only if its bytes really are a PNG or JPEG image of sensible size: the magic
 * number decides the type (never the file name or the browser's claim), and the image must
 * decode. What goes on a certificate must be an image, not anything someone uploaded.
 */
public final class LogoCheck {

    /** The largest logo accepted, in bytes (also enforced by the database). */
    public static final int MAX_BYTES = 512 * 1024;
    /** The largest width or height in pixels. */
    public static final int MAX_PIXELS = 4000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** Why a logo was refused; bundle keys {@code org.settings.logo.error.<name>}. */
    public enum Refusal { EMPTY, TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS }

    /** The content type ({@code image/png} or {@code image/jpeg}), or why the logo is refused. */
    public record Result(Optional<String> contentType, Optional<Refusal> refusal) {
        static Result ok(String type) {
            return new Result(Optional.of(type), Optional.empty());
        }

        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), Optional.of(refusal));
        }
    }

    private LogoCheck() {
    }

    public static Result check(byte[] content) {
        if (content == null || content.length == 0) {
            return Result.refused(Refusal.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        String type = startsWith(content, PNG) ? "image/png" : startsWith(content, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            return Result.refused(Refusal.NOT_AN_IMAGE);
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            if (image == null) {
                return Result.refused(Refusal.NOT_AN_IMAGE);
            }
            if (image.getWidth() > MAX_PIXELS || image.getHeight() > MAX_PIXELS) {
                return Result.refused(Refusal.TOO_MANY_PIXELS);
            }
        } catch (IOException | RuntimeException e) {
            return Result.refused(Refusal.NOT_AN_IMAGE);
        }
        return Result.ok(type);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
