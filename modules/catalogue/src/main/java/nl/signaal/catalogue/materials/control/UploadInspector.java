package nl.signaal.catalogue.materials.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import nl.signaal.catalogue.materials.boundary.UploadRefusedException;
import nl.signaal.catalogue.shared.Message;
import org.apache.tika.Tika;

/**
 * Decides whether an uploaded file may be stored, from its bytes alone: Apache Tika's magic-byte
 * detection, not the name or the browser's claimed type (an HTML page renamed {@code .pdf}
 * is detected as HTML and refused). Pure apart from Tika, so it is unit-tested.
 */
public final class UploadInspector {

    /** Detected type → the file extension we serve it with. Anything else is refused. */
    public static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "image/png", "png",
            "image/jpeg", "jpg",
            "image/webp", "webp",
            "audio/mpeg", "mp3",
            "video/mp4", "mp4",
            "audio/mp4", "m4a");

    private static final Tika TIKA = new Tika();

    /** What we learnt about an accepted file. */
    public record Inspected(String contentType, long size, String sha256) {
    }

    private UploadInspector() {
    }

    /**
     * @param existingCount the number of materials the campaign has now
     * @throws UploadRefusedException empty, too large, too many, or a type not allowed
     */
    public static Inspected inspect(byte[] bytes, UploadLimits limits, long existingCount) {
        if (bytes == null || bytes.length == 0) {
            throw new UploadRefusedException(Message.of("upload.empty"));
        }
        if (bytes.length > limits.maxBytes()) {
            throw new UploadRefusedException(Message.of("upload.tooLarge", megabytes(bytes.length), megabytes(limits.maxBytes())));
        }
        if (existingCount >= limits.maxPerCampaign()) {
            throw new UploadRefusedException(Message.of("upload.tooMany", limits.maxPerCampaign()));
        }
        String type = TIKA.detect(bytes);
        if (!ALLOWED.containsKey(type)) {
            throw new UploadRefusedException(Message.of("upload.type", type));
        }
        return new Inspected(type, bytes.length, sha256(bytes));
    }

    /** A name that is safe in a Content-Disposition header and ends in the extension of the detected type. */
    public static String safeFileName(String original, String contentType) {
        String base = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        if (base.isEmpty()) {
            base = "materiaal";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base + "." + ALLOWED.getOrDefault(contentType, "bin");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
