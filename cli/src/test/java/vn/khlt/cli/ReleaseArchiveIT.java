package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user gets it: unpacked into an empty folder, {@code bin/khlt} runs
 * on the samples; {@code bin/khlt.cmd} is read (Windows is not here to run it): CRLF line ends,
 * the same Java options and jar as the POSIX launcher, and Vietnamese when Java is missing.
 * Runs in the verify phase, once {@code ./mvnw package} has built the archive.
 */
class ReleaseArchiveIT {

    @TempDir
    Path dir;

    private Path unpack() throws IOException {
        Path archive = Path.of(System.getProperty("khlt.archive", "target/khlt.zip"));
        assertThat(archive).as("the archive ./mvnw package builds").exists();
        try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = dir.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(dir)).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
        Path home = dir.resolve("khlt-" + System.getProperty("khlt.version", "0.1.0-SNAPSHOT"));
        assertThat(home).isDirectory();
        return home;
    }

    private static Process start(List<String> command, Path cwd, String path) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().remove("JAVA_HOME");
        if (path != null) {
            builder.environment().put("PATH", path);
        }
        return builder.start();
    }

    @Test
    void theArchiveRunsOnTheSamplesFromAnEmptyFolder() throws Exception {
        Path home = unpack();
        for (String part : List.of("bin/khlt", "bin/khlt.cmd", "lib/khlt.jar", "README.md", "docs/huong-dan.md",
                "samples/bentre/HLHPN_2019.xlsx")) {
            assertThat(home.resolve(part)).as(part).exists();
        }
        Path launcher = home.resolve("bin/khlt");
        Files.setPosixFilePermissions(launcher, java.util.Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE));
        String java = Path.of(System.getProperty("java.home"), "bin").toString();
        Process run = start(List.of(launcher.toString(), "validate", "samples/bentre"), home,
                java + ":" + System.getenv("PATH"));
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isZero();
        assertThat(out).contains("Kết quả: 14 tệp");
    }

    @Test
    void withoutJavaTheLauncherSaysInVietnameseHowToGetIt() throws Exception {
        Path home = unpack();
        Path launcher = home.resolve("bin/khlt");
        Files.setPosixFilePermissions(launcher, java.util.Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_EXECUTE));
        Process run = start(List.of("/bin/sh", launcher.toString(), "--version"), home, "/nonexistent");
        String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(3);
        assertThat(err).contains("không tìm thấy Java").contains("Java 17").contains("adoptium.net");
    }

    @Test
    void theWindowsLauncherHasCrlfAndTheSameOptions() throws Exception {
        Path home = unpack();
        byte[] bytes = Files.readAllBytes(home.resolve("bin/khlt.cmd"));
        String cmd = new String(bytes, StandardCharsets.UTF_8);
        List<String> bare = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                bare.add("byte " + i);
            }
        }
        assertThat(bare).as("every line of a .cmd file ends in CRLF").isEmpty();
        String sh = Files.readString(home.resolve("bin/khlt"), StandardCharsets.UTF_8);
        assertThat(sh).doesNotContain("\r");
        for (String same : List.of("-XX:+UseSerialGC", "KHLT_JAVA_OPTS", "lib", "khlt.jar", "JAVA_HOME", "Java 17",
                "adoptium.net", "exit")) {
            assertThat(cmd).as(same).contains(same);
            assertThat(sh).as(same).contains(same);
        }
        assertThat(cmd).contains("%*").contains("exit /b 3");
        assertThat(sh).contains("\"$@\"").contains("exit 3");
    }
}
