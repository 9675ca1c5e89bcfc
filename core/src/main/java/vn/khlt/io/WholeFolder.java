package vn.khlt.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a folder whole: every file goes into a new folder beside it, which then takes the old
 * folder's place by two renames. A failure on the way (a renderer that throws, a full disk)
 * leaves the old folder as it was and no trace of the new one.
 */
public final class WholeFolder {

    private WholeFolder() {
    }

    /** What goes into the folder: writes the files into the folder given and returns them. */
    public interface Filler {
        List<Path> fill(Path folder) throws IOException;
    }

    /** Fills a new folder and puts it in place of {@code folder}; returns the files written, at their place in it. */
    public static List<Path> write(Path folder, Filler filler) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = Files.createDirectories(target.getParent());
        String name = target.getFileName().toString();
        String id = UUID.randomUUID().toString();
        Path building = parent.resolve("." + name + ".new-" + id);
        List<Path> written;
        try {
            written = filler.fill(building);
        } catch (IOException | RuntimeException | Error e) {
            delete(building);
            throw e;
        }
        Path old = parent.resolve("." + name + ".old-" + id);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(old)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // the old folder back in its place
            }
            delete(building);
            throw e;
        }
        delete(old);
        return written.stream().map(file -> target.resolve(building.relativize(file.toAbsolutePath().normalize()))).toList();
    }

    /** A folder and everything in it, when it exists. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
