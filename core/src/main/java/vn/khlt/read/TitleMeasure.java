package vn.khlt.read;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Names;

/**
 * A unit of measure given for a whole table on a line of its title ("ĐVT: hộ", "(Đơn vị tính:
 * nghìn hộ)", "Đơn vị tính: triệu đồng"): every figure of the table is in it. An indicator that
 * counts another kind is not read from the table, and said once where the line stands; a table
 * counted by the thousand gives none of the plan's counts. A table whose rows or columns give
 * their own units (a column *ĐVT*) is not held to the line.
 */
final class TitleMeasure {

    /** "ĐVT: hộ", "Đơn vị tính: nghìn hộ", as {@link Names#key} writes them. */
    private static final Pattern LINE = Pattern.compile("(?:dvt|don vi tinh) (.+)");

    private final Measures.Kind kind;
    private final String words;
    private final Location at;
    private final Set<String> said = new HashSet<>();

    private TitleMeasure(Measures.Kind kind, String words, Location at) {
        this.kind = kind;
        this.words = words;
        this.at = at;
    }

    /** The unit the title's rows give the table, when one of their cells says one of a known kind. */
    static Optional<TitleMeasure> of(List<Row> titles, Location sheet) {
        for (Row row : titles) {
            for (Cell cell : row.cells()) {
                if (cell.kind() != Cell.Kind.TEXT) {
                    continue;
                }
                Matcher line = LINE.matcher(Names.key(cell.text()));
                Optional<Measures.Kind> kind = line.matches() ? Measures.of(line.group(1)) : Optional.empty();
                if (kind.isPresent()) {
                    return Optional.of(new TitleMeasure(kind.get(), Header.shorten(cell.text().strip()),
                            sheet.at(row.number(), Location.columnName(cell.column()))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an indicator's figures are in another unit than it counts, by the title's line: then
     * none is read, and the first time it is asked of an indicator, the reason is added to {@code issues}.
     */
    boolean refuses(Indicator indicator, List<Issue> issues) {
        if (!Measures.other(indicator, Optional.of(kind))) {
            return false;
        }
        if (said.add(indicator.code())) {
            issues.add(new Issue(Finding.MEASURE_MISMATCH, at, (kind == Measures.Kind.SCALED ? Text.of(
                    "Dòng '%s' cho biết số liệu của bảng tính theo nghìn (hay triệu), là số làm tròn, nhưng %s đếm từng %s:"
                            + " không đọc %s từ bảng này. Ghi số %s đầy đủ",
                    "The line '%s' gives the table's figures by the thousand (or million), rounded, but %s counts"
                            + " %s one by one: %s is not read from this table. Give the whole number of %s")
                    : Text.of("Dòng '%s' cho biết số liệu của bảng tính theo đơn vị đó, nhưng %s đếm %s: không đọc %s từ"
                            + " bảng này. Ghi số %s (hoặc ghi đơn vị tính của từng chỉ tiêu ở dòng hay cột ĐVT)",
                    "The line '%s' gives the table's figures in that unit, but %s counts %s: %s is not read from this"
                            + " table. Give the number of %s (or each indicator's unit in an ĐVT row or column)"))
                    .format(words, indicator.code(), indicator.unit(), indicator.code(), indicator.unit())));
        }
        return true;
    }
}
