package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file nobody may read. Root reads anything, so when the tests run as root (as CI does) khlt
 * runs in a JVM of its own as the user nobody, with its class path copied where nobody can
 * read it.
 */
class UnreadableFileTest {

    @TempDir
    Path dir;

    @Test
    void anUnreadableFileIsAnIssueAndTheOthersAreRead() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path locked = inbox.resolve("HND_2017.csv");
        Files.writeString(locked, "Đơn vị,CT09\nBa Tri,4\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.writeString(inbox.resolve("DTN_2017.csv"), "Đơn vị,CT09\nBa Tri,5\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        boolean root = System.getProperty("user.name").equals("root");
        if (root) {
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", classPath(root),
                "vn.khlt.cli.Main", "validate", inbox.toString(), "--lang", "en"));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("HND_2017.csv", "[unreadable]", "No permission to read the file",
                "Result: 2 files, 1 figure read, 1 counted; 1 error");
        assertThat(child.exitValue()).isEqualTo(1);
    }

    /** The test's class path; as root, copied into the temporary folder so that nobody can read it. */
    private String classPath(boolean copy) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.addAll(expand(Path.of(entry)));
        }
        if (!copy) {
            return String.join(File.pathSeparator, entries);
        }
        Path lib = Files.createDirectories(dir.resolve("lib"));
        List<String> copied = new ArrayList<>();
        int n = 0;
        for (String entry : entries) {
            Path source = Path.of(entry);
            Path target = lib.resolve(n++ + "-" + source.getFileName());
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source)) {
                    for (Path p : walk.toList()) {
                        Path to = target.resolve(source.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            } else if (Files.exists(source)) {
                Files.copy(source, target);
            } else {
                continue;
            }
            copied.add(target.toString());
        }
        try (Stream<Path> walk = Files.walk(lib)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, copied);
    }

    /** A jar that only names others in its manifest (as Surefire's booter does) stands for those. */
    private static List<String> expand(Path entry) throws IOException {
        if (!entry.toString().endsWith(".jar") || !Files.exists(entry)) {
            return List.of(entry.toString());
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            String classPath = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (classPath == null || !entry.getFileName().toString().startsWith("surefire")) {
                return List.of(entry.toString());
            }
            List<String> entries = new ArrayList<>();
            for (String url : classPath.trim().split("\\s+")) {
                entries.add(Path.of(java.net.URI.create(url)).toString());
            }
            return entries;
        }
    }
}
