package nl.signaal.certificates.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import nl.signaal.certificates.document.control.CertificateFacts;
import nl.signaal.certificates.document.control.CertificatePdf;
import nl.signaal.certificates.document.control.CertificateZip;
import nl.signaal.certificates.document.control.Certificates;
import nl.signaal.certificates.shared.VerificationCode;

/**
 * N certificates (default 10,000; first argument) rendered into a streamed ZIP that is thrown
 * away as it is written, through the {@link CertificateZip} the organisation bulk download uses,
 * with one rendering thread per core (second argument: another number of threads): prints the
 * time, the process CPU time, and the used heap before, during (max) and after, to show that
 * memory stays flat.
 */
public final class BulkZipBenchmark {

    private BulkZipBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0].strip()) : 10_000;
        // as the server's default: one renderer per core
        int threads = args.length > 1 && !args[1].isBlank() && !args[1].strip().equals("0") ? Integer.parseInt(args[1].strip())
                : Runtime.getRuntime().availableProcessors();
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) { // warm-up, as a running server would be
            CertificatePdf.render(Certificates.facts("Warm " + i), null, "https://x/verify/" + i);
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long maxUsed = before;
        long[] bytes = {0};
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
        long start = System.nanoTime();
        java.util.concurrent.ExecutorService renderers = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try (CertificateZip zip = new CertificateZip(sink, renderers, threads)) {
            for (int i = 0; i < count; i++) {
                VerificationCode code = VerificationCode.random(random);
                CertificateFacts facts = Certificates.withCode(Certificates.facts("Medewerker " + i + " Łukasz Żółć"), code);
                zip.add("certificaat-" + code.value() + ".pdf", facts, null, CertificatePdf.verificationUrl(Certificates.BASE_URL, code));
                if (i % 500 == 0) {
                    maxUsed = Math.max(maxUsed, runtime.totalMemory() - runtime.freeMemory());
                }
            }
            zip.finish();
        } finally {
            renderers.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // CPU time of the whole process (rendering, GC, JIT): what the run costs whatever else the machine is doing
        double cpuSeconds = cpuStart < 0 ? Double.NaN
                : (((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() - cpuStart) / 1e9;
        long afterNoGc = runtime.totalMemory() - runtime.freeMemory();
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("%d certificates, %d rendering threads, %.1f MB ZIP in %.1f s (%.2f ms each)%n", count, threads,
                bytes[0] / 1e6, seconds, seconds * 1000 / count);
        System.out.printf("process CPU time %.1f s (%.2f ms each), load average at the end %.2f%n", cpuSeconds,
                cpuSeconds * 1000 / count, os.getSystemLoadAverage());
        System.out.printf("used heap: before %d MB, max sampled during %d MB, after (before GC) %d MB, after GC %d MB, max heap %d MB%n",
                before >> 20, maxUsed >> 20, afterNoGc >> 20, after >> 20, runtime.maxMemory() >> 20);
    }
}
