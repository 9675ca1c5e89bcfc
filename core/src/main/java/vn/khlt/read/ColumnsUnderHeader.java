package vn.khlt.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Names;
import vn.khlt.read.Header.IndicatorColumns;

/**
 * What a table's header makes of its figures' columns, held against the rows under it that were
 * read to find it, before any figure is read: a title over two columns of figures, a column of a
 * later year than the report's. Each such column is taken out of the header, and said.
 */
final class ColumnsUnderHeader {

    private final Header header;
    private final Location sheet;
    private final List<Issue> issues;

    ColumnsUnderHeader(Header header, Location sheet, List<Issue> issues) {
        this.header = header;
        this.sheet = sheet;
        this.issues = issues;
    }

    /**
     * A column of a year after the report's ("2020" or "Năm 2020" beside "2019" in a report of 2019,
     * under "… và phương hướng năm 2020"; "Ước năm 2020"), whether an indicator's (a unit a row), a
     * unit's year (a unit a column) or a year's (one unit's report over its years, a long table's
     * year columns): that year was not over when the report was made, so the column is its target or
     * a forecast, not its result; not read, and said. An estimate of the report's own year ("Ước
     * thực hiện 2019") is its result. Without a year of the report, an estimate of a later year than
     * the indicator's other column cannot be told from one; refused too.
     */
    void laterYears(Optional<Claim> reportsYear) {
        OptionalInt own = reportsYear.map(c -> OptionalInt.of(Integer.parseInt(c.value()))).orElse(OptionalInt.empty());
        if (header.layout == Header.Layout.WIDE) {
            List<IndicatorColumns> later = new ArrayList<>();
            for (IndicatorColumns columns : header.indicators) {
                if (columns.year().isEmpty() || columns.value().isEmpty()) {
                    continue;
                }
                int year = columns.year().getAsInt();
                int column = columns.value().getAsInt();
                boolean estimate = estimate(column);
                if (own.isPresent() ? year > own.getAsInt() : estimate && header.indicators.stream()
                        .anyMatch(other -> other.indicator().equals(columns.indicator()) && other.year().isPresent()
                                && other.year().getAsInt() < year)) {
                    later.add(columns);
                    said(column, columns.indicator().code(), year, reportsYear, estimate);
                }
            }
            header.indicators.removeAll(later);
        }
        if (own.isEmpty()) {
            return;
        }
        java.util.Map<Integer, Integer> columnYears = new java.util.TreeMap<>(header.columnYears);
        java.util.Map<Integer, String> owners = new java.util.TreeMap<>(header.unitColumns);
        java.util.Map<Integer, Integer> valueYears = new java.util.TreeMap<>(header.valueYears);
        header.columnYears.forEach((column, year) -> {
            if (year > own.getAsInt()) {
                columnYears.remove(column);
                owners.remove(column);
                said(column, null, year, reportsYear, estimate(column));
            }
        });
        header.valueYears.forEach((column, year) -> {
            if (year > own.getAsInt()) {
                valueYears.remove(column);
                said(column, null, year, reportsYear, estimate(column));
            }
        });
        if (owners.size() < header.unitColumns.size()) {
            header.totalColumns = java.util.Set.of(); // the columns left no longer add up to the total: it is not checked
        }
        header.columnYears = columnYears;
        header.unitColumns = owners;
        header.valueYears = valueYears;
    }

    private boolean estimate(int column) {
        String padded = " " + Names.key(header.titles.getOrDefault(column, "")) + " ";
        return padded.contains(" uoc ") || padded.contains(" du bao ");
    }

    /** A later year's column, not read ({@code indicator}: the indicator's code, when the column is one's). */
    private void said(int column, String indicator, int year, Optional<Claim> reportsYear, boolean estimate) {
        String title = Header.shorten(header.titles.getOrDefault(column, String.valueOf(year)));
        Text whose = indicator == null ? Text.same("") : Text.of(" của " + indicator, " of " + indicator);
        Location at = sheet.at(header.lastRow, Location.columnName(column));
        issues.add(new Issue(Finding.PLANNED_TABLE, at, estimate || reportsYear.isEmpty()
                ? Text.of("Cột '%s'%s là số ước của năm %d, sau năm báo cáo: là dự báo, không phải kết quả, không đọc",
                        "Column '%s'%s estimates %d, after the report's year: a forecast, not a result; not read")
                        .format(title, whose, year)
                : Text.of("Cột '%s'%s là của năm %d, sau năm của báo cáo (%s, theo %s): năm đó chưa hết khi lập báo cáo, nên cột"
                        + " là chỉ tiêu hay dự kiến, không phải kết quả; không đọc. Gửi kết quả năm %d trong báo cáo của năm đó",
                        "Column '%s'%s is of %d, after the report's year (%s, from %s): that year was not over when the report"
                                + " was made, so the column is a target or a forecast, not a result; not read. Send %d's results"
                                + " in that year's report")
                        .format(title, whose, year, reportsYear.get().value(), reportsYear.get().origin(), year)));
    }

    /**
     * An indicator's title over two columns, as a CSV keeps a cell merged across them ("CT08,,CT09"
     * over 150 | 120 | 4): the untitled column after its own holds figures too, and which of the two
     * is the result (the other a plan, a ratio, last year's) cannot be told. The indicator is not
     * read from the table. Seen in the rows under the header that were read to find it.
     */
    void untitledBeside(List<Row> rows) {
        if (header.layout == Header.Layout.WIDE) {
            List<IndicatorColumns> unclear = new ArrayList<>();
            for (IndicatorColumns columns : header.indicators) {
                if (untitledFigures(rows, columns.columns().max().getAsInt(), columns.indicator().code())) {
                    unclear.add(columns);
                }
            }
            header.indicators.removeAll(unclear);
        } else if (header.layout == Header.Layout.ACROSS) {
            // "Chỉ tiêu | Ba Tri (over two columns) | Chợ Lách": the unit's, or the year's, two columns
            for (int column : List.copyOf(header.unitColumns.keySet())) {
                if (untitledFigures(rows, column, Header.shorten(header.titles.getOrDefault(column, "")))) {
                    header.unitColumns.remove(column);
                }
            }
        }
    }

    /** Whether the column after a titled one has no title but figures in the rows under the header, said as an error. */
    private boolean untitledFigures(List<Row> rows, int titled, String what) {
        int next = titled + 1;
        if (!header.titles.getOrDefault(next, "").isBlank() || next > header.lastTitledColumn()
                || rows.stream().noneMatch(row -> row.number() > header.lastRow && TableReader.holdsNumber(row.at(next)))) {
            return false;
        }
        issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, sheet.at(header.firstRow, Location.columnName(titled)), Text.of(
                "Tiêu đề '%s' trải qua cột %s không có tiêu đề mà có số: không rõ cột nào là kết quả, nên cột %s và %s không"
                        + " được đọc. Ghi tiêu đề cho từng cột (dòng 'Kế hoạch | Thực hiện' bên dưới), hoặc xóa cột thừa",
                "The title '%s' runs over column %s, which has no title of its own but holds figures: which column is the"
                        + " result cannot be told, so columns %s and %s are not read. Title each column (a row 'Kế hoạch |"
                        + " Thực hiện' under them), or remove the extra one")
                .format(what, Location.columnName(next), Location.columnName(titled), Location.columnName(next))));
        return true;
    }
}
