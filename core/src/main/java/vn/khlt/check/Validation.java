package vn.khlt.check;

import vn.khlt.facts.FactTable;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The outcome of checking a batch of submissions: every issue in reading order, the facts
 * that count, who sent what, and the counts a summary needs.
 */
public record Validation(String plan, List<String> files, List<Issue> issues, FactTable facts,
        List<Completeness> completeness, long figures) {

    public Validation {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
        completeness = List.copyOf(completeness);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    /** How many issues of each code, codes in alphabetical order. */
    public Map<String, Long> byCode() {
        return issues.stream().collect(Collectors.groupingBy(Issue::code, TreeMap::new, Collectors.counting()));
    }
}
