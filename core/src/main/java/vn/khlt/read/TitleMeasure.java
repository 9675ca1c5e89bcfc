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
 * their own units (a column *ĐVT*) is not held to the line. A title or a sheet's name that gives
 * the figures as percentages ("TỶ LỆ THỰC HIỆN SO VỚI KẾ HOẠCH", a sheet "Tỷ lệ") over columns
 * that do not say what each holds refuses every count's figures, whatever its rows say, never a
 * rate's two numbers.
 */
final class TitleMeasure {

    /** "ĐVT: hộ", "Đơn vị tính: nghìn hộ", as {@link Names#key} writes them. */
    private static final Pattern LINE = Pattern.compile("(?:dvt|don vi tinh) (.+)");

    /**
     * A title's line that gives the table's figures as percentages of something, as a key after the
     * table's number: "Tỷ lệ thực hiện so với kế hoạch (%)", "Biểu 2: Tỷ lệ đạt", "… so với kế hoạch";
     * not a rate's name ("Tỷ lệ hộ nghèo"), whose numerator and denominator the columns give.
     */
    private static final Pattern RATIOS = Pattern.compile(
            "^ty le (?:thuc hien|dat|hoan thanh|so voi)(?: |$)|(?:^| )so voi (?:ke hoach|kh|chi tieu)(?: |$)");

    /** The kind the line gives; empty when it gives percentages. */
    private final Optional<Measures.Kind> kind;
    /** What gives it, as a refusal names it: "Dòng 'ĐVT: hộ'", "Tên trang tính 'Tỷ lệ'". */
    private final Text source;
    private final Location at;
    private final Set<String> said = new HashSet<>();

    private TitleMeasure(Optional<Measures.Kind> kind, Text source, Location at) {
        this.kind = kind;
        this.source = source;
        this.at = at;
    }

    /** A title's line's unit, or its percentages. */
    private static TitleMeasure line(Optional<Measures.Kind> kind, Cell cell, Location at) {
        String words = Header.shorten(cell.text().strip());
        return new TitleMeasure(kind, Text.of("Dòng '" + words + "'", "The line '" + words + "'"), at);
    }

    /**
     * The unit the title's rows give the table, when one of their cells says one of a known kind or
     * percentages ("ĐVT: %") and the table gives no unit of its own on its rows or columns
     * ({@code ownMeasures} false), or, over columns that do not say what each holds ({@code
     * columnsSay} false), names the figures as percentages of a plan ("TỶ LỆ THỰC HIỆN SO VỚI KẾ
     * HOẠCH"), whatever units its rows give; or, over such columns, the sheet is named for
     * percentages ("Tỷ lệ", "% so KH").
     */
    static Optional<TitleMeasure> of(List<Row> titles, Location sheet, boolean columnsSay, boolean ownMeasures) {
        for (Row row : titles) {
            for (Cell cell : row.cells()) {
                if (cell.kind() != Cell.Kind.TEXT) {
                    continue;
                }
                String key = Names.key(cell.text());
                Matcher line = LINE.matcher(key);
                Optional<Measures.Kind> kind = line.matches() && !ownMeasures ? Measures.of(line.group(1)) : Optional.empty();
                boolean percentLine = !ownMeasures && (key.equals("dvt") || key.equals("don vi tinh")) && cell.text().contains("%");
                boolean ratiosTitle = !columnsSay && RATIOS.matcher(ReportPeriod.unlabelled(key)).find();
                if (kind.isPresent() || percentLine || ratiosTitle) {
                    return Optional.of(line(kind, cell, sheet.at(row.number(), Location.columnName(cell.column()))));
                }
            }
        }
        String name = sheet.sheet();
        if (!columnsSay && !name.isEmpty() && (name.contains("%") || PERCENT_SHEET.matcher(Names.key(name)).find())) {
            return Optional.of(new TitleMeasure(Optional.empty(), Text.of("Tên trang tính '" + name + "'",
                    "The sheet's name '" + name + "'"), sheet)); // a sheet "Tỷ lệ", "% so KH"
        }
        return Optional.empty();
    }

    /** A sheet named for percentages, as a key: "Tỷ lệ", "Tỷ lệ đạt", "TL hoàn thành", "Phần trăm". */
    private static final Pattern PERCENT_SHEET = Pattern.compile("^(?:ty le|tl|phan tram)(?: |$)");

    /**
     * Whether an indicator's figures are in another unit than it counts, by the title's line: then
     * none is read, and the first time it is asked of an indicator, the reason is added to {@code issues}.
     * Percentages refuse a count's figures, never a rate's, whose two numbers its columns give.
     */
    boolean refuses(Indicator indicator, List<Issue> issues) {
        if (kind.isEmpty()) {
            if (indicator.isRate()) {
                return false;
            }
            if (said.add(indicator.code())) {
                issues.add(new Issue(Finding.MEASURE_MISMATCH, at, Text.of(
                        "%s cho biết số liệu của bảng là tỷ lệ phần trăm, nhưng %s đếm %s: không đọc %s từ bảng này."
                                + " Ghi số %s",
                        "%s gives the table's figures as percentages, but %s counts %s: %s is not read from this"
                                + " table. Give the number of %s")
                        .format(source, indicator.code(), indicator.unit(), indicator.code(), indicator.unit())));
            }
            return true;
        }
        if (!Measures.other(indicator, kind)) {
            return false;
        }
        if (said.add(indicator.code())) {
            issues.add(new Issue(Finding.MEASURE_MISMATCH, at, (kind.get() == Measures.Kind.SCALED ? Text.of(
                    "%s cho biết số liệu của bảng tính theo nghìn (hay triệu), là số làm tròn, nhưng %s đếm từng %s:"
                            + " không đọc %s từ bảng này. Ghi số %s đầy đủ",
                    "%s gives the table's figures by the thousand (or million), rounded, but %s counts"
                            + " %s one by one: %s is not read from this table. Give the whole number of %s")
                    : Text.of("%s cho biết số liệu của bảng tính theo đơn vị đó, nhưng %s đếm %s: không đọc %s từ"
                            + " bảng này. Ghi số %s (hoặc ghi đơn vị tính của từng chỉ tiêu ở dòng hay cột ĐVT)",
                    "%s gives the table's figures in that unit, but %s counts %s: %s is not read from this"
                            + " table. Give the number of %s (or each indicator's unit in an ĐVT row or column)"))
                    .format(source, indicator.code(), indicator.unit(), indicator.code(), indicator.unit())));
        }
        return true;
    }
}
