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

/**
 * A QR code drawn as filled rectangles (one per horizontal run of dark modules), so it stays
 * sharp at any zoom and print size and adds no image to the PDF. The quiet zone of four
 * modules is part of the square.
 */
final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    static void draw(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IOException("QR code cannot hold " + text.length() + " characters", e);
        }
        int modules = matrix.getWidth();
        float cell = size / (modules + 2 * QUIET_ZONE);
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
                content.addRect(x + (QUIET_ZONE + start) * cell, y + size - (QUIET_ZONE + row + 1) * cell,
                        (column - start) * cell, cell);
            }
        }
        content.fill();
    }
}
