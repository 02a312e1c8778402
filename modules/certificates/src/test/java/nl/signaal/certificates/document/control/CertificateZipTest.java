package nl.signaal.certificates.document.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.signaal.certificates.shared.VerificationCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CertificateZipTest {

    private final ExecutorService renderers = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        renderers.shutdownNow();
    }

    @Test
    void everyCertificateIsInTheZipInTheOrderAddedWithItsOwnName() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> names = new ArrayList<>();
        int written;
        try (CertificateZip zip = new CertificateZip(out, renderers, 3)) {
            for (int i = 0; i < 25; i++) {
                String name = "Medewerker " + i;
                names.add(name);
                VerificationCode code = VerificationCode.random(new java.util.Random(i));
                zip.add("nr-" + i + ".pdf", Certificates.withCode(Certificates.facts(name), code), null,
                        CertificatePdf.verificationUrl(Certificates.BASE_URL, code));
            }
            written = zip.finish();
        }

        assertThat(written).isEqualTo(25);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                int index = entries.size();
                entries.add(entry.getName());
                try (PDDocument document = Loader.loadPDF(in.readAllBytes())) {
                    assertThat(new PDFTextStripper().getText(document)).as(entry.getName()).contains(names.get(index));
                }
            }
        }
        assertThat(entries).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 25).mapToObj(i -> "nr-" + i + ".pdf").toList());
    }

    @Test
    void noMoreThanTwiceTheParallelismWaitsToBeWritten() throws Exception {
        AtomicInteger submitted = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] entriesAtSubmit = new int[12];
        try (CertificateZip zip = new CertificateZip(out, task -> {
            submitted.incrementAndGet();
            renderers.execute(task);
        }, 2)) {
            for (int i = 0; i < 12; i++) {
                zip.add("nr-" + i + ".pdf", Certificates.facts("Anna " + i), null, "https://signaal.example/verify/" + i);
                entriesAtSubmit[i] = entries(out.toByteArray());
                assertThat(submitted.get() - entriesAtSubmit[i]).as("rendered or rendering, not yet written, after add " + i)
                        .isLessThan(4);
            }
            assertThat(zip.finish()).isEqualTo(12);
        }
        assertThat(entries(out.toByteArray())).isEqualTo(12);
    }

    @Test
    void aCertificateThatCannotBeRenderedFailsTheDownloadInsteadOfLeavingItOut() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> {
            try (CertificateZip zip = new CertificateZip(out, renderers, 2)) {
                zip.add("good.pdf", Certificates.facts("Anna"), null, "https://signaal.example/verify/1");
                zip.add("bad.pdf", Certificates.facts("Anna"), null, "x".repeat(5_000)); // too long for a QR code
                zip.finish();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("QR code cannot hold 5000 characters");
    }

    @Test
    void parallelismBelowOneIsRefused() {
        assertThatThrownBy(() -> new CertificateZip(new ByteArrayOutputStream(), renderers, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Entries whose local header is in the bytes written so far. */
    private static int entries(byte[] zip) throws IOException {
        int count = 0;
        for (int i = 0; i + 3 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                count++;
            }
        }
        return count;
    }
}
