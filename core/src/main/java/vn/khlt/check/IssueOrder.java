package vn.khlt.check;

import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Issues in the order a reader walks the inputs: file by file as given, sheet by sheet, row by row, column by column. */
final class IssueOrder {

    private IssueOrder() {
    }

    static List<Issue> sort(List<Issue> issues, List<String> files) {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (String file : files) {
            fileOrder.putIfAbsent(file, fileOrder.size());
        }
        Map<String, Integer> sheetOrder = new HashMap<>();
        for (Issue issue : issues) {
            sheetOrder.putIfAbsent(issue.location().file() + "\u0000" + issue.location().sheet(), sheetOrder.size());
        }
        List<Issue> sorted = new ArrayList<>(issues);
        sorted.sort(Comparator
                .comparingInt((Issue i) -> i.location().file().isEmpty() ? Integer.MAX_VALUE
                        : fileOrder.getOrDefault(i.location().file(), -1))
                .thenComparingInt(i -> sheetOrder.get(i.location().file() + "\u0000" + i.location().sheet()))
                .thenComparingInt(i -> i.location().row())
                .thenComparingInt(i -> Location.columnIndex(i.location().column())));
        return sorted;
    }
}
