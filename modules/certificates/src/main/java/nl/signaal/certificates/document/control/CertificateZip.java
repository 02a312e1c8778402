package nl.signaal.certificates.document.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP of certificates written as a stream, in the order they are added, while up to
 * {@code parallelism} of them are rendered at the same time on the given executor. Rendering one
 * costs a few milliseconds of CPU and writing it almost nothing, so on a machine with two cores
 * two renderers halve the time of a bulk download of thousands.
 *
 * <p>Memory stays flat: at most {@code 2 × parallelism} rendered documents (some tens of
 * kilobytes each) wait to be written; {@link #add} blocks until the oldest is written when the
 * window is full. Entries keep the order of the calls, so the same input gives the same ZIP.
 *
 * <pre>{@code
 * try (CertificateZip zip = new CertificateZip(out, executor, 2)) {
 *     for (...) zip.add(entryName, facts, logo, url);
 *     zip.finish();
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one thread adds, the executor's threads only render.
 */
public final class CertificateZip implements AutoCloseable {

    private record Pending(String entryName, CompletableFuture<byte[]> pdf) {
    }

    private final ZipOutputStream zip;
    private final Executor executor;
    private final int window;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int written;

    public CertificateZip(OutputStream out, Executor executor, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.zip = new ZipOutputStream(out);
        // PDFs are compressed already: deflating them again (even at level 1) cost about 1 ms per
        // certificate — a quarter of rendering one — to save 4 % of the size. Level 0 stores them,
        // still streamed (no size or CRC needed before each entry, unlike STORED).
        this.zip.setLevel(Deflater.NO_COMPRESSION);
        this.executor = executor;
        this.window = 2 * parallelism;
    }

    /** Starts rendering one certificate; writes the oldest ones first while too many are waiting. */
    public void add(String entryName, CertificateFacts facts, byte[] logo, String verificationUrl) throws IOException {
        pending.addLast(new Pending(entryName,
                CompletableFuture.supplyAsync(() -> CertificatePdf.render(facts, logo, verificationUrl), executor)));
        while (pending.size() >= window) {
            writeOldest();
        }
    }

    /** Writes every certificate still being rendered and ends the ZIP (the stream stays open). */
    public int finish() throws IOException {
        while (!pending.isEmpty()) {
            writeOldest();
        }
        zip.finish();
        zip.flush();
        return written;
    }

    /** Stops the renderings not yet written (after a failure, or when the reader went away). */
    @Override
    public void close() {
        pending.forEach(p -> p.pdf().cancel(false));
        pending.clear();
    }

    private void writeOldest() throws IOException {
        Pending oldest = pending.removeFirst();
        byte[] pdf;
        try {
            pdf = oldest.pdf().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        } catch (CancellationException e) {
            throw new IOException("rendering of " + oldest.entryName() + " was cancelled", e);
        }
        zip.putNextEntry(new ZipEntry(oldest.entryName()));
        zip.write(pdf);
        zip.closeEntry();
        written++;
    }
}
