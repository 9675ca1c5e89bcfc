package vn.khlt.read;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;

/**
 * A rate in a long table given as its own row and, right under it, a row each for its numerator
 * and denominator, named as the plan names them ({@code CT17 … | 85}, then {@code - Số hộ được
 * bồi dưỡng | 850} and {@code - Tổng số hộ có con 0-16 tuổi | 1000}): the figure is the two parts,
 * never the percentage. A rate's row with a value whose two parts do not follow is refused
 * ({@code rate-as-value}), as it is without them. A rate's row that says it is a part ({@code CT17 - Tử số | 85},
 * then {@code CT17 - Mẫu số | 100}) is that part; a row of another unit is never a part of the rate above.
 */
final class RateRows {

    /** A rate's row, waiting for its parts: whose figure, and the column its numbers stand in. */
    private record Rate(Row row, Indicator indicator, Optional<String> association, String unit, int year, int column,
            String unitKey) {
    }

    private final Location sheet;
    private final FigureCells cells;
    private final List<Issue> issues;
    private final Consumer<Figure> emit;
    private Rate rate;
    private Row numerator;
    private Row denominator;

    RateRows(Location sheet, FigureCells cells, List<Issue> issues, Consumer<Figure> emit) {
        this.sheet = sheet;
        this.cells = cells;
        this.issues = issues;
        this.emit = emit;
    }

    /**
     * A rate's row read with no numerator and denominator columns: its parts may follow. Its words may say it is one
     * of them ("CT17 - Tử số"); {@code unitText} is its unit's cell as shown, empty when it has none.
     */
    void rate(Row row, Indicator indicator, Optional<String> association, String unit, int year, int column, String words,
            String unitText) {
        end();
        rate = new Rate(row, indicator, association, unit, year, column, Names.key(unitText));
        Header.Part says = Header.Part.ofText(words);
        if (says == Header.Part.NUMERATOR || says == Header.Part.DENOMINATOR) {
            part(row, words, "");
        }
    }

    /**
     * Whether the row is a part of the rate above (its words the plan's numerator's or
     * denominator's, a number in the rate's column, its unit's cell blank or the rate's):
     * taken, and the figure made once both are.
     */
    boolean part(Row row, String words, String unitText) {
        if (rate == null || !row.filled(rate.column())
                || !unitText.isEmpty() && !Names.key(unitText).equals(rate.unitKey())) {
            return false;
        }
        Header.Part part = Header.ratePart(rate.indicator(), words);
        if (counted(rate.indicator(), part, words) && numerator == null) {
            // "- Trong đó: được bồi dưỡng" under the rate's row: the share of its whole counted ("- Trong đó hộ nghèo"
            // under CT11's latrines is not: the rate ends, refused)
            numerator = row;
        } else if (part == Header.Part.DENOMINATOR && denominator == null) {
            denominator = row;
        } else {
            return false;
        }
        if (numerator != null && denominator != null) {
            int column = rate.column();
            emit.accept(new Figure(rate.association(), rate.unit(), rate.year(), rate.indicator().code(), Optional.empty(),
                    cells.part(rate.indicator(), numerator, column), cells.part(rate.indicator(), denominator, column),
                    at(numerator, column), Optional.of(at(denominator, column))));
            clear();
        }
        return true;
    }

    /** A rate's numerator's and denominator's rows in a table across, and how many rows after the rate's they take. */
    record Across(Row numerator, Row denominator, int rows) {
    }

    /**
     * A rate's parts in a table across ({@code rows}, the rate's at {@code at}), each a row of its own right under the
     * rate's and named as the plan names them ("CT17", then "- Số hộ được bồi dưỡng" and "- Tổng số hộ có con 0-16
     * tuổi"), or the rate's row and the next saying which they are ("CT17 - Tử số", then "CT17 - Mẫu số"); empty when
     * they are not both there. The rate's own row's percentage is never read.
     */
    static Optional<Across> across(Plan plan, List<Row> rows, int at, int indicatorColumn, Indicator rate,
            String words) {
        Header.Part says = Header.Part.ofText(words);
        Row numerator = says == Header.Part.NUMERATOR ? rows.get(at) : null;
        Row denominator = says == Header.Part.DENOMINATOR ? rows.get(at) : null;
        int taken = 0;
        for (int next = at + 1; next < rows.size() && (numerator == null || denominator == null); next++) {
            Row below = rows.get(next);
            String text = below.text(indicatorColumn);
            if (below.number() != rows.get(next - 1).number() + 1 || text.isEmpty()
                    || Header.indicatorCell(plan, text).filter(other -> !other.equals(rate)).isPresent()) {
                break;
            }
            Header.Part part = Header.ratePart(rate, text);
            if (counted(rate, part, text) && numerator == null) {
                numerator = below;
            } else if (part == Header.Part.DENOMINATOR && denominator == null) {
                denominator = below;
            } else {
                break;
            }
            taken++;
        }
        return numerator != null && denominator != null ? Optional.of(new Across(numerator, denominator, taken)) : Optional.empty();
    }

    /** Whether a part's words say the rate's numerator, or a share of its whole that the rate counts ("Trong đó: được bồi dưỡng"). */
    private static boolean counted(Indicator rate, Header.Part part, String words) {
        return part == Header.Part.NUMERATOR || part == Header.Part.BREAKDOWN && Header.shareCounted(rate, words);
    }

    /** The rate above ends (another row, or the table): without both parts, its percentage is refused. */
    void end() {
        if (rate == null) {
            return;
        }
        Rate ended = rate;
        Row found = numerator != null ? numerator : denominator;
        boolean numeratorFound = numerator != null;
        clear();
        if (found != null) {
            issues.add(new Issue(Finding.RATE_AS_VALUE, at(found, ended.column()), Text.of(
                    "%s là tỷ lệ: có dòng %s nhưng thiếu dòng %s ngay dưới dòng của chỉ tiêu; số liệu này không được đọc",
                    "%s is a rate: its %s's row is given but its %s's is missing under the indicator's row; the figure is"
                            + " not read").format(ended.indicator().code(),
                    numeratorFound ? Text.of("tử số", "numerator") : Text.of("mẫu số", "denominator"),
                    numeratorFound ? Text.of("mẫu số", "denominator") : Text.of("tử số", "numerator"))));
        } else if (ended.row().filled(ended.column())) {
            issues.add(percentage(ended.indicator(), at(ended.row(), ended.column())));
        }
    }

    /** A rate given as its percentage alone, where its numerator and denominator are needed. */
    static Issue percentage(Indicator rate, Location at) {
        return new Issue(Finding.RATE_AS_VALUE, at, Text.of(
                "%s là tỷ lệ: ghi tử số và mẫu số (cột 'Tử số', 'Mẫu số'), không ghi tỷ lệ phần trăm",
                "%s is a rate: give its numerator and denominator ('Numerator', 'Denominator' columns), not a percentage")
                .format(rate.code()));
    }

    private void clear() {
        rate = null;
        numerator = null;
        denominator = null;
    }

    private Location at(Row row, int column) {
        return sheet.at(row.number(), Location.columnName(column));
    }
}
