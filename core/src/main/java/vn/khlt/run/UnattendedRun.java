package vn.khlt.run;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import vn.khlt.finding.Severity;
import vn.khlt.i18n.Lang;
import vn.khlt.io.AtomicFiles;
import vn.khlt.plan.Plan;
import vn.khlt.read.ReadOptions;
import vn.khlt.render.Json;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.render.ReportFiles;
import vn.khlt.report.AnnualReport;

/**
 * One unattended run, as cron starts it: under a lock, look at the inbox; when no input is new,
 * changed or gone since the last run, do nothing; otherwise validate and write the report into
 * a fresh folder and put it in place of the previous one. Inputs are only ever read. See
 * docs/operations.md.
 */
public final class UnattendedRun {

    /** What a run did, for the one-line summary. */
    public record Outcome(String status, int files, int added, int changed, int removed, long errors, long warnings,
            Optional<Integer> year, List<Path> outputs, long millis) {

        public boolean rebuilt() {
            return status.equals("rebuilt");
        }

        /** The run as one JSON line, for log collectors (docs/operations.md). */
        public String json() {
            return Json.line(new Line(status, files, added, changed, removed, errors, warnings, year.orElse(null),
                    outputs.stream().map(Path::toString).toList(), millis));
        }
    }

    /** What {@link Outcome#json} writes. */
    record Line(String status, int files, @JsonProperty("new") int added, int changed, int removed, long errors,
            long warnings, Integer year, List<String> outputs, long durationMs) {
    }

    /** Another run holds the lock. */
    public static final class LockedException extends Exception {
        public LockedException(String holder) {
            super(holder);
        }
    }

    /** The folder, inside --out, that holds the current complete report. */
    public static final String REPORT = "report";
    private static final String MANIFEST = "manifest.json";
    private static final String LOCK = "lock";

    private final Plan plan;
    private final Path inbox;
    private final Path out;
    private final Path state;
    private final Lang lang;
    private final Clock clock;

    public UnattendedRun(Plan plan, Path inbox, Path out, Optional<Path> state, Lang lang, Clock clock) {
        this.plan = plan;
        this.inbox = inbox;
        this.out = out;
        this.state = state.orElse(out.resolve(".khlt-state"));
        this.lang = lang;
        this.clock = clock;
    }

    public Outcome run(Optional<Integer> year, boolean force) throws IOException, LockedException {
        long start = System.nanoTime();
        Files.createDirectories(state);
        Path lockFile = state.resolve(LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new LockedException(holder(lockFile));
            }
            try {
                // the lock file says who holds it; the operating system's lock is what counts, and ends with the process
                channel.truncate(0);
                channel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + " " + clock.instant() + "\n")
                        .getBytes(StandardCharsets.UTF_8)));
                recover();
                return locked(year, force, start);
            } finally {
                lock.release();
            }
        }
    }

    private Outcome locked(Optional<Integer> year, boolean force, long start) throws IOException {
        Map<String, Entry> previous = readManifest();
        Map<String, Entry> current = scan(previous);
        int added = 0;
        int changed = 0;
        for (Map.Entry<String, Entry> e : current.entrySet()) {
            Entry before = previous.get(e.getKey());
            if (before == null) {
                added++;
            } else if (!before.sha256().equals(e.getValue().sha256()) || before.size() != e.getValue().size()) {
                changed++;
            }
        }
        int removed = (int) previous.keySet().stream().filter(k -> !current.containsKey(k)).count();
        Optional<Integer> lastYear = lastYear();
        boolean sameYear = year.isEmpty() || lastYear.equals(year);
        if (!force && added == 0 && changed == 0 && removed == 0 && sameYear && Files.isDirectory(out.resolve(REPORT))) {
            return new Outcome("unchanged", current.size(), 0, 0, 0, 0, 0, lastYear, List.of(), millis(start));
        }
        Set<AnnualReport.Format> formats = EnumSet.allOf(AnnualReport.Format.class);
        AnnualReport report = new Pipeline(plan).report(List.of(inbox), ReadOptions.none(), year, Optional.empty(), lang);
        int reportYear = report.year();
        Path building = out.resolve(".new-" + UUID.randomUUID());
        List<Path> written = ReportFiles.write(report, building, formats);
        pauseForTests();
        swap(building);
        List<Path> outputs = written.stream().map(p -> out.resolve(REPORT).resolve(p.getFileName())).toList();
        long errors = report.validation().count(Severity.ERROR);
        long warnings = report.validation().count(Severity.WARNING);
        writeManifest(current, reportYear, errors, warnings);
        return new Outcome("rebuilt", current.size(), added, changed, removed, errors, warnings, Optional.of(reportYear),
                outputs, millis(start));
    }

    /** The new report takes the old one's place; a run killed in between is mended by the next (see recover). */
    private void swap(Path building) throws IOException {
        Path report = out.resolve(REPORT);
        Path old = out.resolve(".old-" + UUID.randomUUID());
        if (Files.exists(report)) {
            Files.move(report, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(building, report, StandardCopyOption.ATOMIC_MOVE);
        delete(old);
    }

    /** After a run that died: an unfinished new report is dropped; a previous report set aside is put back. */
    private void recover() throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> list = Files.list(out)) {
            leftovers = list.filter(p -> p.getFileName().toString().startsWith(".new-")
                    || p.getFileName().toString().startsWith(".old-")).sorted().toList();
        }
        Path report = out.resolve(REPORT);
        for (Path path : leftovers) {
            if (path.getFileName().toString().startsWith(".old-") && !Files.exists(report)) {
                Files.move(path, report, StandardCopyOption.ATOMIC_MOVE);
            } else {
                delete(path);
            }
        }
    }

    /**
     * Whether a file is this run's own: the report, a report being written or set aside, the
     * state. With --out inside the inbox they would otherwise count as inputs that change on
     * every run, which would then never find the inbox unchanged.
     */
    private boolean ownOutput(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (path.startsWith(state.toAbsolutePath().normalize())) {
            return true;
        }
        Path folder = out.toAbsolutePath().normalize();
        if (!path.startsWith(folder) || path.equals(folder)) {
            return false;
        }
        String first = folder.relativize(path).getName(0).toString();
        return first.equals(REPORT) || first.startsWith(".new-") || first.startsWith(".old-");
    }

    /** Every file of the inbox (its spreadsheets and its layout file) with its size and checksum; unchanged files keep when they were first seen. */
    private Map<String, Entry> scan(Map<String, Entry> previous) throws IOException {
        Map<String, Entry> files = new LinkedHashMap<>();
        if (!Files.isDirectory(inbox)) {
            throw new java.nio.file.NoSuchFileException(inbox.toString());
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(inbox)) {
            paths = walk.filter(Files::isRegularFile).filter(p -> !ownOutput(p)).sorted().toList();
        }
        String now = clock.instant().toString();
        for (Path path : paths) {
            String name = inbox.relativize(path).toString();
            long size = Files.size(path);
            String sha = sha256(path);
            Entry before = previous.get(name);
            String first = before != null ? before.firstSeen() : now;
            files.put(name, new Entry(name, size, sha, first, now));
        }
        return files;
    }

    /** What the state folder remembers of the inbox and of the last run that rebuilt the report. */
    record Manifest(String inbox, List<Entry> files, LastRun lastRun) {
    }

    record Entry(String path, long size, String sha256, String firstSeen, String lastSeen) {
    }

    record LastRun(String at, Integer year, long errors, long warnings) {
    }

    private Optional<Manifest> manifest() throws IOException {
        Path file = state.resolve(MANIFEST);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Json.read(Files.readString(file, StandardCharsets.UTF_8), Manifest.class));
    }

    private Map<String, Entry> readManifest() throws IOException {
        Map<String, Entry> files = new LinkedHashMap<>();
        manifest().map(Manifest::files).ifPresent(entries -> entries.forEach(e -> files.put(e.path(), e)));
        return files;
    }

    private Optional<Integer> lastYear() throws IOException {
        return manifest().map(Manifest::lastRun).map(LastRun::year);
    }

    private void writeManifest(Map<String, Entry> files, int year, long errors, long warnings) throws IOException {
        Manifest manifest = new Manifest(inbox.toString(), List.copyOf(files.values()),
                new LastRun(clock.instant().toString(), year, errors, warnings));
        AtomicFiles.write(state.resolve(MANIFEST), Json.write(manifest));
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String holder(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "?" : text;
        } catch (IOException e) {
            return "?";
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Lets a test kill a run at its most delicate moment, the report written but not yet in place. */
    private static void pauseForTests() {
        long millis = Long.getLong("khlt.run.pauseBeforeSwap", 0);
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
