package vn.khlt.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Plan;

/**
 * Reads the submissions: every file of the inputs ({@link SubmissionFile}), with the layout file
 * that says how, into figures with their sources. A file that cannot be read becomes an issue
 * and never stops the others; the figures of a file that breaks part-way are discarded from the
 * sink.
 */
public final class Submissions {

    /**
     * The file that marks a folder as a report khlt wrote. A folder walked for inputs skips the
     * folders below it that hold one: a report written into the inbox (as {@code khlt report}
     * run there does by default) is not read back as submissions the next time.
     */
    public static final String REPORT_MARK = ".khlt-report";

    private final Plan plan;
    private final ReadOptions options;

    private Submissions(Plan plan, ReadOptions options) {
        this.plan = plan;
        this.options = options;
    }

    /** Reads every input (files and folders), in order, and gives each figure read to the sink. */
    public static ReadResult read(Plan plan, List<Path> inputs, ReadOptions options, FigureSink sink) {
        List<Issue> issues = new ArrayList<>();
        Submissions submissions = new Submissions(plan, options);
        List<Path> files = Inputs.expand(inputs, issues);
        List<String> names = files.stream().map(Path::toString).toList();
        Clues clues = new Clues(plan);
        List<TableNote> tables = new ArrayList<>();
        long figures = 0;
        options.progress().ifPresent(p -> p.start(files));
        for (int i = 0; i < files.size(); i++) {
            int index = i;
            long soFar = figures;
            options.progress().ifPresent(p -> p.file(index, soFar));
            Optional<LayoutFile> layout = submissions.layoutFor(files.get(i), issues);
            SubmissionFile.Outcome outcome = new SubmissionFile(plan, options, clues, files.get(i), layout).read(sink);
            issues.addAll(outcome.issues());
            tables.addAll(outcome.tables());
            figures += outcome.figures();
        }
        options.progress().ifPresent(ReadOptions.Progress::done);
        return new ReadResult(names, issues, figures, tables);
    }

    /** Each folder's layout file, once read: none when it has none, or when the one it has cannot be used. */
    private final Map<Path, Optional<LayoutFile>> layouts = new HashMap<>();

    /**
     * The layout file that says how to read a file: the one named by the options, else the one in
     * its folder or the nearest folder above ({@link LayoutFile#NAME}). One that cannot be used is
     * an issue, once, and its files are read without it.
     */
    private Optional<LayoutFile> layoutFor(Path file, List<Issue> issues) {
        if (options.layout().isPresent()) {
            return options.layout();
        }
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? Optional.empty() : layoutIn(folder, issues);
    }

    private Optional<LayoutFile> layoutIn(Path folder, List<Issue> issues) {
        Optional<LayoutFile> known = layouts.get(folder);
        if (known != null) {
            return known;
        }
        Path file = folder.resolve(LayoutFile.NAME);
        Optional<LayoutFile> found = Optional.empty();
        if (Files.isRegularFile(file)) {
            try {
                found = Optional.of(LayoutFile.load(file, plan));
            } catch (LayoutFile.InvalidLayoutException e) {
                issues.add(new Issue(Finding.LAYOUT_FILE, Location.file(file.toString()), e.reason()));
            } catch (IOException e) {
                issues.add(new Issue(Finding.LAYOUT_FILE, Location.file(file.toString()), Text.of(
                        "Không đọc được tệp bố cục: " + Inputs.reason(e), "The layout file cannot be read: " + Inputs.reason(e))));
            }
        } else if (folder.getParent() != null) {
            found = layoutIn(folder.getParent(), issues);
        }
        layouts.put(folder, found);
        return found;
    }
}
