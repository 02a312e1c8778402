package nl.signaal.certificates.document.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * A QR code drawn as filled rectangles (one per horizontal run of dark modules), so it stays
 * sharp at any zoom and print size and adds no image to the PDF. The quiet zone of four
 * modules is part of the square.
 *
 * <p>The mask pattern is fixed to {@value #MASK} instead of scoring all eight, which was about
 * a fifth of the time of a certificate. Every mask gives a valid code that any reader decodes
 * (the mask number is in the format information); the scoring only avoids patterns that are
 * harder to read. For verification URLs (version 5, level M, 2,000 random codes each on
 * {@code https://signaal.example/signaal/} and {@code http://localhost:8080/signaal/}) ZXing's
 * scoring itself picks mask 2 for 62–70 % of the codes, and mask 2's average penalty (895 and
 * 854) is within 3 % of the best-mask average (868 and 837); the other masks average 972–1136.
 *
 * <p>The rectangles are written in module units under one transformation (whole numbers are
 * shorter and quicker to write than scaled coordinates).
 */
final class QrCode {

    private static final int QUIET_ZONE = 4;
    static final int MASK = 2;

    private QrCode() {
    }

    static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.QR_MASK_PATTERN, MASK));
        } catch (WriterException e) {
            throw new IOException("QR code cannot hold " + text.length() + " characters", e);
        }
        int modules = matrix.getWidth();
        float cell = size / (modules + 2 * QUIET_ZONE);
        content.saveGraphicsState();
        // module (column, row) from the top left, each one unit: x' = x + cell * (QUIET_ZONE + column), y' = top - cell * ...
        content.transform(new Matrix(cell, 0, 0, -cell, x + QUIET_ZONE * cell, y + size - QUIET_ZONE * cell));
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < modules; row++) {
            int column = 0;
            while (column < modules) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && matrix.get(column, row)) {
                    column++;
                }
                content.addRect(start, row, column - start, 1);
            }
        }
        content.fill();
        content.restoreGraphicsState();
    }
}
