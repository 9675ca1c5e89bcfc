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

    /** The POSIX launcher, executable as an unzip that keeps modes would leave it. */
    private static Path launcher(Path home) throws IOException {
        Path launcher = home.resolve("bin/khlt");
        Files.setPosixFilePermissions(launcher, java.util.Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE));
        return launcher;
    }

    private Process start(List<String> command, Path cwd, String path) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        if (path != null) {
            builder.environment().put("PATH", path);
        }
        return builder.start();
    }

    @Test
    void theArchiveRunsOnTheSamplesFromAnEmptyFolder() throws Exception {
        Path home = unpack();
        for (String part : List.of("bin/khlt", "bin/khlt.cmd", "lib/khlt.jar", "README.md", "docs/huong-dan.md",
                "samples/bentre/HLHPN_2019.xlsx", "man/man1/khlt.1", "man/man1/khlt-report.1", "completion/khlt_completion")) {
            assertThat(home.resolve(part)).as(part).exists();
        }
        assertThat(Files.readString(home.resolve("man/man1/khlt-gap.1"))).as("a man page, in roff, in Vietnamese")
                .contains(".TH \"KHLT\\-GAP\"").contains("Mỗi mục tiêu đang ở đâu").contains("\\-\\-as\\-of");
        assertThat(Files.readString(home.resolve("completion/khlt_completion"))).startsWith("#!/usr/bin/env bash")
                .contains("complete -F").contains("review");
        Path launcher = launcher(home);
        String java = Path.of(System.getProperty("java.home"), "bin").toString();
        Process run = start(List.of(launcher.toString(), "validate", "samples/bentre"), home,
                java + ":" + System.getenv("PATH"));
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isZero();
        assertThat(out).contains("Kết quả: 14 tệp");
        // the first data command left a class-data archive in the cache; the next run maps it, and says the same
        try (var cached = Files.list(dir.resolve("cache/khlt"))) {
            assertThat(cached.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).startsWith("khlt-").endsWith(".jsa"));
        }
        Process again = start(List.of(launcher.toString(), "validate", "samples/bentre"), home,
                java + ":" + System.getenv("PATH"));
        String outAgain = new String(again.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errAgain = new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();
        assertThat(outAgain).isEqualTo(out);
        assertThat(errAgain).doesNotContain("cds", "shared archive");
    }

    /**
     * On Java 25 and later the launcher keeps the JDK's AOT cache instead: the first data command
     * records it (and says nothing more than without it), the next runs use it and say the same.
     * Runs where {@code KHLT_TEST_JAVA25} names such a Java's home (.ci/run sets it when the
     * machine has one).
     */
    @Test
    void onJava25TheLauncherKeepsTheJdksAotCache() throws Exception {
        String java25 = System.getenv("KHLT_TEST_JAVA25");
        org.junit.jupiter.api.Assumptions.assumeTrue(java25 != null && !java25.isBlank(), "no Java 25 named");
        Path home = unpack();
        Path launcher = launcher(home);
        List<String> command = List.of(launcher.toString(), "gap", "samples/bentre", "--as-of", "2019", "--format", "json");
        String first = null;
        for (int run = 0; run < 2; run++) {
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
            builder.environment().put("JAVA_HOME", java25);
            builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache25").toString());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(err).isZero();
            assertThat(err).as("the JVM's own messages stay off").isEmpty();
            assertThat(out).startsWith("{").doesNotContain("AOT");
            if (first == null) {
                first = out;
                try (var cached = Files.list(dir.resolve("cache25/khlt"))) {
                    assertThat(cached.map(p -> p.getFileName().toString()).toList()).singleElement()
                            .satisfies(name -> assertThat(name).startsWith("khlt-").endsWith(".aot"));
                }
            } else {
                assertThat(out).isEqualTo(first);
            }
        }
    }

    /**
     * Every {@code khlt} line of the guide's {@code sh} blocks, in order, run by the unpacked
     * archive's {@code bin/khlt} (on PATH, as the guide says) in a working folder whose report
     * folders ({@code bao-cao/}, {@code bao-cao-2016/} … {@code bao-cao-2019/}) hold the samples.
     * Each must end as the guide implies: done (0), or done with errors in the data (1).
     */
    @Test
    void everyCommandOfTheGuideRunsFromTheArchive() throws Exception {
        Path home = unpack();
        Path launcher = launcher(home);
        Path work = Files.createDirectories(dir.resolve("lam-viec"));
        Path samples = home.resolve("samples/bentre");
        try (var files = Files.list(samples)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                String year = List.of("2016", "2017", "2018").stream().filter(name::contains).findFirst().orElse("2019");
                for (String folder : List.of("bao-cao", "bao-cao-" + year)) {
                    Files.createDirectories(work.resolve(folder));
                    Files.copy(file, work.resolve(folder).resolve(name));
                }
            }
        }
        List<List<String>> commands = guideCommands(Files.readString(home.resolve("docs/huong-dan.md")));
        assertThat(commands).as("the guide's commands").hasSizeGreaterThan(15);
        String path = home.resolve("bin") + ":" + Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
        for (List<String> command : commands) {
            List<String> words = new ArrayList<>(command);
            Path redirect = null;
            int arrow = words.indexOf(">");
            if (arrow >= 0) {
                redirect = work.resolve(words.get(arrow + 1));
                words = words.subList(0, arrow);
            }
            List<String> line = new ArrayList<>(List.of("/bin/sh", "-c", "exec khlt \"$@\"", "khlt"));
            line.addAll(words.subList(1, words.size()));
            Process run = start(line, work, path);
            byte[] out = run.getInputStream().readAllBytes();
            String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(run.exitValue()).as(String.join(" ", command) + "\n" + err).isIn(0, 1);
            assertThat(err).as(String.join(" ", command)).doesNotContain("Exception", "internal fault", "lỗi nội bộ");
            assertThat(err).as("no progress bar in a pipe: " + String.join(" ", command)).doesNotContain("\r");
            if (redirect != null) {
                Files.write(redirect, out);
            }
        }
        assertThat(work.resolve("HND_2019.xlsx")).exists();
        assertThat(work.resolve("khlt-report-2019/bao-cao-2019.xlsx")).exists();
        assertThat(work.resolve("bao-cao-tong-ket-2019.docx")).exists();
        assertThat(work.resolve("khlt-phan-hoi-2019")).isDirectory();
    }

    /** The {@code khlt} lines of the guide's {@code sh} blocks, as words (quotes kept together, comments dropped). */
    static List<List<String>> guideCommands(String guide) {
        List<List<String>> commands = new ArrayList<>();
        boolean inSh = false;
        for (String line : guide.lines().toList()) {
            if (line.startsWith("```")) {
                inSh = !inSh && line.equals("```sh");
                continue;
            }
            if (inSh && line.startsWith("khlt ")) {
                commands.add(words(line));
            }
        }
        return commands;
    }

    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                inWord = true;
            } else if (c == '#' && !quoted && !inWord) {
                break;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void withoutJavaTheLauncherSaysInVietnameseHowToGetIt() throws Exception {
        Path home = unpack();
        Path launcher = launcher(home);
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
                "adoptium.net", "exit", "KHLT_CDS", "-XX:SharedArchiveFile=", "-XX:ArchiveClassesAtExit=", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "feedback")) {
            assertThat(cmd).as(same).contains(same);
            assertThat(sh).as(same).contains(same);
        }
        assertThat(cmd).contains("%*").contains("exit /b 3");
        assertThat(sh).contains("\"$@\"").contains("exit 3");
    }
}
