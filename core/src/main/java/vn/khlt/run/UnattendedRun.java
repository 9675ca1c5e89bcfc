package vn.khlt.run;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
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
    /**
     * What a run did, for the one-line summary.
     *
     * @param status  {@code rebuilt}, {@code unchanged}, {@code waiting} (a file is still being
     *                copied: nothing read), {@code refused} (the new report would have been worse:
     *                nothing replaced), {@code locked} or {@code failed}
     * @param missing for a refused run, the returns of the last good report that did not come
     *                this time ({@code YEAR/ASSOCIATION/UNIT}); for a waiting one, the files it waits for
     * @param reason  for a run that did not rebuild, why, in words
     */
    public record Outcome(String status, int files, int added, int changed, int removed, long errors, long warnings,
            Optional<Integer> year, List<Path> outputs, long millis, List<String> missing, Optional<String> reason) {

        public boolean rebuilt() {
            return status.equals("rebuilt");
        }

        public boolean refused() {
            return status.equals("refused");
        }

        /** A run stopped before it could look: locked, or failed. */
        public static Outcome stopped(String status, String reason, long millis) {
            return new Outcome(status, 0, 0, 0, 0, 0, 0, Optional.empty(), List.of(), millis, List.of(), Optional.of(reason));
        }

        /** The run as one JSON line, for log collectors (docs/operations.md). */
        public String json() {
            return Json.line(new Line(status, files, added, changed, removed, errors, warnings, year.orElse(null),
                    outputs.stream().map(Path::toString).toList(), millis, missing, reason.orElse(null)));
        }
    }

    /** What {@link Outcome#json} writes. */
    record Line(String status, int files, @JsonProperty("new") int added, int changed, int removed, long errors,
            long warnings, Integer year, List<String> outputs, long durationMs, List<String> missing, String reason) {
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
    private static final String HISTORY = "history";
    /** Good reports kept for each year, besides the current one, so that a bad run can be undone by hand. */
    static final int KEPT = 3;

    private final Plan plan;
    private final Path inbox;
    private final Path out;
    private final Path state;
    private final Lang lang;
    private final Clock clock;

    /** A file changed less than this long ago may still be being copied: the run waits for it. */
    private java.time.Duration settle = java.time.Duration.ofSeconds(10);

    public UnattendedRun(Plan plan, Path inbox, Path out, Optional<Path> state, Lang lang, Clock clock) {
        this.plan = plan;
        this.inbox = inbox;
        this.out = out;
        this.state = state.orElse(out.resolve(".khlt-state"));
        this.lang = lang;
        this.clock = clock;
    }

    private String version = "khlt";
    private String commandLine = "khlt run";

    /** khlt's version and the command line, for the provenance of the reports the run writes. */
    public UnattendedRun made(String version, String commandLine) {
        this.version = version;
        this.commandLine = commandLine;
        return this;
    }

    /** How long a file must have been left alone before it is read (default 10 seconds). */
    public UnattendedRun settle(java.time.Duration settle) {
        this.settle = settle;
        return this;
    }

    /**
     * @param allowFewer replace the report even when the new one rests on fewer returns than the
     *                   last good report of its year, or on no figure at all
     */
    public Outcome run(Optional<Integer> year, boolean force, boolean allowFewer) throws IOException, LockedException {
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
                return locked(year, force, allowFewer, start);
            } finally {
                lock.release();
            }
        }
    }

    private Outcome locked(Optional<Integer> year, boolean force, boolean allowFewer, long start) throws IOException {
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
        List<String> unsettled = unsettled(current.keySet());
        if (!unsettled.isEmpty()) {
            // a file still being copied is never read half-way: the next run reads it whole
            return new Outcome("waiting", current.size(), 0, 0, 0, 0, 0, lastYear(), List.of(), millis(start), unsettled,
                    Optional.of(unsettled.size() + " files changed in the last " + settle.toSeconds() + " s"));
        }
        Optional<Integer> lastYear = lastYear();
        boolean sameYear = year.isEmpty() || lastYear.equals(year);
        if (!force && added == 0 && changed == 0 && removed == 0 && sameYear && Files.isDirectory(out.resolve(REPORT))) {
            return new Outcome("unchanged", current.size(), 0, 0, 0, 0, 0, lastYear, List.of(), millis(start), List.of(),
                    Optional.empty());
        }
        Set<AnnualReport.Format> formats = EnumSet.allOf(AnnualReport.Format.class);
        AnnualReport made = new Pipeline(plan).report(List.of(inbox), ReadOptions.none(), year, Optional.empty(), lang);
        AnnualReport report = made.with(vn.khlt.report.Provenance.of(made.validation().files(), plan, version, commandLine,
                clock.instant()));
        int reportYear = report.year();
        long errors = report.validation().count(Severity.ERROR);
        long warnings = report.validation().count(Severity.WARNING);
        List<String> returns = new java.util.ArrayList<>();
        for (int y = plan.period().from(); y <= plan.period().to(); y++) {
            for (String pair : report.validation().facts().returns(y)) {
                returns.add(y + "/" + pair); // every year the report's trend and sums to date rest on
            }
        }
        Optional<LastRun> last = manifest().map(Manifest::lastRun).filter(r -> r.year() != null && r.year() == reportYear);
        List<String> before = last.map(LastRun::returns).orElse(List.of());
        List<String> missing = before.stream().filter(r -> !returns.contains(r)).toList();
        boolean nothing = report.validation().facts().size() == 0;
        if (!allowFewer && (nothing || returns.size() < before.size())) {
            // a good report is never replaced by a worse one: the inbox stays as it is judged, and the next run looks again
            String reason = nothing ? "no figure counts" : missing.size() + " of the last good report's returns are missing";
            return new Outcome("refused", current.size(), added, changed, removed, errors, warnings, Optional.of(reportYear),
                    List.of(), millis(start), missing, Optional.of(reason));
        }
        Path building = out.resolve(".new-" + UUID.randomUUID());
        List<Path> written = ReportFiles.write(report, building, formats);
        pauseForTests();
        swap(building, lastYear);
        List<Path> outputs = written.stream().map(p -> out.resolve(REPORT).resolve(p.getFileName())).toList();
        writeManifest(current, reportYear, errors, warnings, returns);
        return new Outcome("rebuilt", current.size(), added, changed, removed, errors, warnings, Optional.of(reportYear),
                outputs, millis(start), List.of(), Optional.empty());
    }

    /**
     * The new report takes the old one's place, and the old one goes to the history of its year
     * (the last {@link #KEPT} of each); a run killed in between is mended by the next (see recover).
     */
    private void swap(Path building, Optional<Integer> oldYear) throws IOException {
        Path report = out.resolve(REPORT);
        Path old = out.resolve(".old-" + UUID.randomUUID());
        if (Files.exists(report)) {
            Files.move(report, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(building, report, StandardCopyOption.ATOMIC_MOVE);
        if (!Files.exists(old)) {
            return;
        }
        Path history = Files.createDirectories(state.resolve(HISTORY).resolve(oldYear.map(String::valueOf).orElse("unknown")));
        String stamp = clock.instant().toString().replace(':', '-');
        try {
            Files.move(old, history.resolve(stamp));
        } catch (IOException e) {
            delete(old); // a history that cannot be kept must not keep the report from being replaced
            return;
        }
        List<Path> kept;
        try (Stream<Path> list = Files.list(history)) {
            kept = list.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path older : kept.subList(Math.min(KEPT, kept.size()), kept.size())) {
            delete(older);
        }
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

    /** The inbox's files changed less than {@link #settle} ago, by their path in the inbox. */
    private List<String> unsettled(java.util.Collection<String> files) throws IOException {
        java.time.Instant since = clock.instant().minus(settle);
        List<String> found = new java.util.ArrayList<>();
        for (String name : files) {
            if (Files.getLastModifiedTime(inbox.resolve(name)).toInstant().isAfter(since)) {
                found.add(name);
            }
        }
        return found;
    }

    /** What the state folder remembers of the inbox and of the last run that rebuilt the report. */
    record Manifest(String inbox, List<Entry> files, LastRun lastRun) {
    }

    record Entry(String path, long size, String sha256, String firstSeen, String lastSeen) {
    }

    /** @param returns the returns it was made from, of every year ({@code YEAR/ASSOCIATION/UNIT}) */
    record LastRun(String at, Integer year, long errors, long warnings, List<String> returns) {

        LastRun {
            returns = returns == null ? List.of() : List.copyOf(returns);
        }
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

    private void writeManifest(Map<String, Entry> files, int year, long errors, long warnings, List<String> returns)
            throws IOException {
        Manifest manifest = new Manifest(inbox.toString(), List.copyOf(files.values()),
                new LastRun(clock.instant().toString(), year, errors, warnings, returns));
        AtomicFiles.write(state.resolve(MANIFEST), Json.write(manifest));
    }

    private static String sha256(Path file) throws IOException {
        return vn.khlt.io.Sha256.of(file);
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
        vn.khlt.io.WholeFolder.delete(path);
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
