package vn.khlt.read;

import java.util.List;
import vn.khlt.finding.Issue;

/**
 * What reading found besides the figures, which went to the caller's sink as they were read:
 * the files read, every issue met on the way, in the order of the files, and what was understood of
 * each table found ({@link TableNote}).
 */
public record ReadResult(List<String> files, List<Issue> issues, long figures, List<TableNote> tables) {

    public ReadResult {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
        tables = List.copyOf(tables);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(Issue::isError);
    }
}
