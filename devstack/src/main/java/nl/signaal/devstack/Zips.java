package nl.signaal.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks the server distributions once; a marker file makes the next start skip it. */
final class Zips {

    private Zips() {
    }

    static void unpackOnce(Path zip, Path target) {
        Path marker = target.resolve(".unpacked-from-" + zip.getFileName());
        if (Files.exists(marker)) {
            return;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Missing " + zip + ": run the build (mvn install) first, it downloads it");
        }
        try {
            Files.createDirectories(target);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new IllegalStateException("Zip entry outside target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    String name = out.getFileName().toString();
                    if (out.getParent().getFileName().toString().equals("bin") || name.endsWith(".sh")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
            Files.writeString(marker, zip.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip, e);
        }
    }

    static void copy(InputStream in, Path target) {
        try (in) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
