package vn.khlt.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that it is either complete or absent: the bytes go to a temporary file in
 * the same folder, which is then renamed into place. A target that exists and is no regular
 * file ({@code /dev/null}, {@code /dev/stdout}, a named pipe) is written into as it is, never
 * replaced: renaming over a device would put a file where the device was.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What goes into a file, written to a stream that the caller neither buffers nor closes. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** A file written as it is made, so that a long table never sits in memory as one string of bytes. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(absolute, StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            return;
        }
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        // a name of our own rather than createTempFile's, whose owner-only permissions would stay on the report
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }
}
