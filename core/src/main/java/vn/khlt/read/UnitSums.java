package vn.khlt.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.i18n.Text;
import vn.khlt.read.Header.IndicatorColumns;

/**
 * The sums of a table's units' rows, column by column, that its total rows are checked against:
 * those since the last subtotal (a group's: {@code Cộng khối huyện}) and those since the last
 * total (all the units': {@code Tổng cộng}), with the columns where a number was written as text,
 * which Excel's SUM skips. A total row is checked against them, never counted. In a table with a
 * year column the sums are kept by year: a total row that names its year ({@code Tổng cộng | 2018})
 * adds up that year's rows, one that names none all of them.
 */
final class UnitSums {

    private final Location sheet;
    private final List<Issue> issues;
    /** By year (0 for rows of no year column), by column. */
    private final Map<Integer, Map<Integer, BigDecimal>> group = new HashMap<>();
    private final Map<Integer, Map<Integer, BigDecimal>> all = new HashMap<>();
    /** The year of the units' rows being added; 0 in a table without a year column. */
    private int year;
    private final Set<Integer> textNumbers = new HashSet<>();
    /** Units' rows added since the last subtotal or total, and since the last total. */
    private int groupRows;
    private int allRows;

    UnitSums(Location sheet, List<Issue> issues) {
        this.sheet = sheet;
        this.issues = issues;
    }

    /**
     * For a table beside another on the same rows: the other's sum of the column that holds the
     * same figure (null for none). A total row at the foot of the second may add up both.
     */
    private java.util.function.IntFunction<BigDecimal> alongside = column -> null;

    void alongside(java.util.function.IntFunction<BigDecimal> sums) {
        this.alongside = sums;
    }

    /** A cell's number, as a spreadsheet holds it or as text writes it ("3.987"); empty for anything else. */
    static Optional<BigDecimal> number(Row row, int column) {
        return row.cell(column).flatMap(c -> c.kind() == Cell.Kind.NUMBER ? c.number()
                : NumberText.parse(c.text()).map(NumberText.Parsed::value));
    }

    /** A unit's row's cell in a figure's column. */
    void add(Row row, int column) {
        row.cell(column).ifPresent(cell -> {
            Optional<BigDecimal> number = cell.kind() == Cell.Kind.NUMBER ? cell.number()
                    : cell.kind() == Cell.Kind.TEXT ? NumberText.parse(cell.text()).map(NumberText.Parsed::value) : Optional.empty();
            number.ifPresent(n -> add(column, n));
            if (cell.kind() == Cell.Kind.TEXT && number.isPresent() && !sheet.sheet().isEmpty()) {
                textNumbers.add(column);
            }
        });
    }

    /** The year of the rows added next, as their year column says; 0 without one. */
    void year(int year) {
        this.year = year;
    }

    /** A number that stands for a unit's cell (a district's, summed from its communes). */
    void add(int column, BigDecimal value) {
        lastTotal = null;
        group.computeIfAbsent(year, y -> new HashMap<>()).merge(column, value, BigDecimal::add);
        all.computeIfAbsent(year, y -> new HashMap<>()).merge(column, value, BigDecimal::add);
    }

    /** A unit's row is added whole. */
    void rowAdded() {
        groupRows++;
        allRows++;
    }

    /** Whether any unit's row was added since the last total. */
    boolean anyRow() {
        return allRows > 0;
    }

    /** How many units' rows were added since the last total. */
    int rowsSinceTotal() {
        return allRows;
    }

    /** The sum of a column since the last total, of the year of the rows being added (all years when 0). */
    BigDecimal sinceTotal(int column) {
        return sums(all, year).getOrDefault(column, BigDecimal.ZERO);
    }

    /** A subtotal row of a year (0: of every year): checked against the group's rows, if any; they start again. */
    void subtotal(Row row, int ofYear, List<IndicatorColumns> indicators) {
        if (groupRows > 0) {
            check(row, indicators, sums(group, ofYear));
        }
        groupStarts(ofYear);
    }

    /**
     * A total row of a year (0: of every year): checked against every unit's row of it since the
     * last total; right under another total of the same year, with no unit's row between
     * ("Tổng (I+II)", then "Tổng số toàn tỉnh"), against the rows that one stood for.
     */
    void total(Row row, int ofYear, List<IndicatorColumns> indicators) {
        check(row, indicators, underATotal(ofYear) ? lastTotal : sums(all, ofYear));
    }

    /** A total of a year is done with: that year's sums start again (all of them for a total of every year). */
    void totalled(int ofYear) {
        Map<Integer, BigDecimal> totalled = underATotal(ofYear) ? lastTotal : new HashMap<>(sums(all, ofYear));
        if (ofYear == 0 || all.keySet().equals(Set.of(ofYear))) {
            clear();
        } else {
            forget(all, ofYear);
            forget(group, ofYear);
        }
        lastTotal = totalled;
        lastTotalYear = ofYear;
    }

    /** Whether a total of a year stands right under another of it, no unit's row between. */
    private boolean underATotal(int ofYear) {
        return allRows == 0 && lastTotal != null && lastTotalYear == ofYear;
    }

    /** The sums the last total stood for, until a unit's row comes; and its year. */
    private Map<Integer, BigDecimal> lastTotal;
    private int lastTotalYear;

    /** The sums of one year, or of every year (0). */
    private static Map<Integer, BigDecimal> sums(Map<Integer, Map<Integer, BigDecimal>> byYear, int ofYear) {
        if (ofYear != 0) {
            return byYear.getOrDefault(ofYear, Map.of());
        }
        if (byYear.size() == 1) {
            return byYear.values().iterator().next();
        }
        Map<Integer, BigDecimal> every = new HashMap<>();
        byYear.values().forEach(sums -> sums.forEach((column, sum) -> every.merge(column, sum, BigDecimal::add)));
        return every;
    }

    private static void forget(Map<Integer, Map<Integer, BigDecimal>> byYear, int ofYear) {
        if (ofYear == 0) {
            byYear.clear();
        } else {
            byYear.remove(ofYear);
        }
    }

    /** The columns of the table in which a total row said another sum than the units' rows: a summed figure there is unsure. */
    private final Set<Integer> disagreed = new HashSet<>();

    /** Whether a total row of the table said another sum of this column than its units' rows; forgotten at {@link #endTable}. */
    boolean disagreed(int column) {
        return disagreed.contains(column);
    }

    /** The table is done with: its sums and what its totals said. */
    void endTable() {
        clear();
        disagreed.clear();
    }

    /** The sums start again: after a total, and at a table's end. */
    void clear() {
        lastTotal = null;
        group.clear();
        all.clear();
        textNumbers.clear();
        groupRows = 0;
        allRows = 0;
    }

    /**
     * Whether a subtotal row says the sums of its group's rows so far, in each figure's column it
     * fills; with no row in the group yet, it does not (it may stand above its group: "I. Khối huyện").
     */
    boolean groupAgrees(Row row, int ofYear, List<IndicatorColumns> indicators) {
        Map<Integer, BigDecimal> sums = sums(group, ofYear);
        return groupRows > 0 && indicators.stream().allMatch(columns -> columns.columns().allMatch(column -> agrees(row, column, sums)));
    }

    /** Whether a group's rows were added since the last subtotal or total. */
    boolean anyGroupRow() {
        return groupRows > 0;
    }

    /** The group's sums of a year so far, kept for a subtotal held until the rows below it are read. */
    Map<Integer, BigDecimal> groupSoFar(int ofYear) {
        return new HashMap<>(sums(group, ofYear));
    }

    /**
     * A subtotal held above its group ("I. Khối huyện" over its districts), once the rows below it
     * are read: each figure adds up those rows or the ones above it ({@code above}); one that adds
     * up neither is said against the side more of its figures add up (the rows above when as many,
     * as a subtotal under its group is; those below when none was above). When it adds up the rows
     * below, they were its group, and the group starts again; else they are the next subtotal's.
     */
    void heldSubtotal(Row row, int ofYear, List<IndicatorColumns> indicators, Map<Integer, BigDecimal> above, boolean rowsAbove) {
        boolean ownsBelow = groupAgrees(row, ofYear, indicators);
        Map<Integer, BigDecimal> below = sums(group, ofYear);
        boolean anyBelow = groupRows > 0;
        List<Integer> columns = indicators.stream().flatMapToInt(IndicatorColumns::columns).boxed().toList();
        long belowAgree = anyBelow ? columns.stream().filter(column -> agrees(row, column, below)).count() : -1;
        long aboveAgree = rowsAbove ? columns.stream().filter(column -> agrees(row, column, above)).count() : -1;
        Map<Integer, BigDecimal> side = aboveAgree >= belowAgree ? above : below;
        for (int column : columns) {
            if (!(anyBelow && agrees(row, column, below)) && !(rowsAbove && agrees(row, column, above))) {
                mismatch(row, column, side);
            }
        }
        if (ownsBelow) {
            groupStarts(ofYear);
        }
    }

    /** A subtotal's group is done with (or, for one held, it may stand over the rows from the next on): the group starts again. */
    void groupStarts(int ofYear) {
        forget(group, ofYear);
        groupRows = 0;
    }

    /** Whether a total's figure in a column is the sum of its rows (or, with a table beside it, of both), or blank. */
    private boolean agrees(Row row, int column, Map<Integer, BigDecimal> sums) {
        Optional<BigDecimal> stated = number(row, column);
        BigDecimal sum = sums.getOrDefault(column, BigDecimal.ZERO);
        BigDecimal beside = alongside.apply(column);
        return stated.isEmpty() || stated.get().compareTo(sum) == 0 || beside != null && stated.get().compareTo(sum.add(beside)) == 0;
    }

    /** A total's figures against the sums of the units' rows it stands for. */
    private void check(Row row, List<IndicatorColumns> indicators, Map<Integer, BigDecimal> sums) {
        for (IndicatorColumns columns : indicators) {
            columns.columns().forEach(column -> {
                if (!agrees(row, column, sums)) {
                    mismatch(row, column, sums);
                }
            });
        }
    }

    /** A total's figure in a column that is not the sum of the rows it stands for: said, and the column remembered. */
    private void mismatch(Row row, int column, Map<Integer, BigDecimal> sums) {
        BigDecimal stated = number(row, column).orElseThrow();
        BigDecimal sum = sums.getOrDefault(column, BigDecimal.ZERO);
        BigDecimal beside = alongside.apply(column);
        disagreed.add(column);
        boolean text = textNumbers.contains(column);
        issues.add(new Issue(Finding.TOTAL_MISMATCH, sheet.at(row.number(), Location.columnName(column)), Text.of(
                String.format("Dòng tổng ghi %s nhưng cộng các dòng đơn vị được %s%s%s",
                        Numbers.format(stated, 4, Lang.VI), Numbers.format(sum, 4, Lang.VI),
                        beside == null ? "" : " (cả bảng bên cạnh: " + Numbers.format(sum.add(beside), 4, Lang.VI) + ")",
                        text ? " (có ô lưu số dạng văn bản, hàm SUM của Excel bỏ qua các ô này)" : ""),
                String.format("The total row says %s but the units' rows add up to %s%s%s",
                        Numbers.format(stated, 4, Lang.EN), Numbers.format(sum, 4, Lang.EN),
                        beside == null ? "" : " (with the table beside: " + Numbers.format(sum.add(beside), 4, Lang.EN) + ")",
                        text ? " (some cells hold numbers stored as text, which Excel's SUM skips)" : ""))));
    }
}
