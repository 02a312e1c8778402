package nl.signaal.catalogue.materials.control;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import nl.signaal.catalogue.materials.boundary.UploadRefusedException;
import nl.signaal.catalogue.shared.Message;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small PNG previews, made once at upload: an image scaled to {@value #MAX_WIDTH} pixels wide,
 * or the first page of a PDF rendered by PDFBox at {@value #PDF_DPI} DPI. A PDF or image that
 * its library cannot read is refused (the magic bytes lied); a type without a preview library
 * (WebP, audio, video) simply has no preview.
 */
public final class PreviewRenderer {

    static final int MAX_WIDTH = 320;
    static final int PDF_DPI = 40;
    /** Refuse images whose pixel count would need a lot of memory to decode (decompression bombs). */
    static final long MAX_PIXELS = 40_000_000L;

    private PreviewRenderer() {
    }

    public static Optional<byte[]> preview(byte[] bytes, String contentType) {
        try {
            return switch (contentType) {
                case "application/pdf" -> Optional.of(png(pdfFirstPage(bytes)));
                case "image/png", "image/jpeg" -> Optional.of(png(scale(image(bytes))));
                default -> Optional.empty();
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadRefusedException refused) {
                throw refused;
            }
            throw new UploadRefusedException(Message.of("upload.damaged", contentType));
        }
    }

    private static BufferedImage pdfFirstPage(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("no pages");
            }
            return scale(new PDFRenderer(document).renderImageWithDPI(0, PDF_DPI));
        }
    }

    private static BufferedImage image(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new UploadRefusedException(Message.of("upload.imageTooLarge"));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scale(BufferedImage source) {
        int width = Math.min(MAX_WIDTH, source.getWidth());
        int height = Math.max(1, (int) Math.round(source.getHeight() * (width / (double) source.getWidth())));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
