package vn.khlt.render;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.read.Figure;

/** What {@code khlt inspect} shows: each figure read, with the cell it came from. */
public final class FigureViews {

    private FigureViews() {
    }

    /** One row per figure, for the terminal: numbers as the language writes them, blanks said aloud. */
    public static Table table(Plan plan, List<Figure> figures, Lang lang) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Figure f : figures) {
            boolean rate = f.denominatorSource().isPresent();
            rows.add(List.of(Cell.text(f.association().orElse(t("(tỉnh)", "(province)", lang))),
                    Cell.text(unitName(plan, f.unit(), lang)), Cell.number(f.year()), Cell.text(f.indicator()),
                    amount(f.value(), f.missing() && !rate, lang), amount(f.numerator(), rate, lang),
                    amount(f.denominator(), rate, lang), Cell.text(f.source().describe(lang))));
        }
        return new Table("", List.of(Table.Column.left(t("Đoàn thể", "Association", lang)),
                Table.Column.left(t("Đơn vị", "Unit", lang)), Table.Column.plain(t("Năm", "Year", lang)),
                Table.Column.left(t("Chỉ tiêu", "Indicator", lang)), Table.Column.number(t("Giá trị", "Value", lang)),
                Table.Column.number(t("Tử số", "Numerator", lang)), Table.Column.number(t("Mẫu số", "Denominator", lang)),
                Table.Column.left(t("Nguồn", "Source", lang))), rows);
    }

    /**
     * One row per figure in the long layout that khlt reads back, numbers written plainly
     * ({@code 3987}, {@code 60.5}), with the source's file, sheet, row and column.
     */
    public static Table csv(List<Figure> figures, Lang lang) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Figure f : figures) {
            Location s = f.source();
            rows.add(List.of(Cell.text(f.association().orElse("")), Cell.text(f.unit()), Cell.number(f.year()),
                    Cell.text(f.indicator()), Cell.number(f.value()), Cell.number(f.numerator()),
                    Cell.number(f.denominator()), Cell.text(s.file()), Cell.text(s.sheet()),
                    s.row() == 0 ? Cell.BLANK : Cell.number(s.row()), Cell.text(s.column())));
        }
        return new Table("", List.of(Table.Column.left(t("Đoàn thể", "Association", lang)),
                Table.Column.left(t("Đơn vị", "Unit", lang)), Table.Column.plain(t("Năm", "Year", lang)),
                Table.Column.left(t("Chỉ tiêu", "Indicator", lang)), Table.Column.number(t("Giá trị", "Value", lang)),
                Table.Column.number(t("Tử số", "Numerator", lang)), Table.Column.number(t("Mẫu số", "Denominator", lang)),
                Table.Column.left(t("Tệp", "File", lang)), Table.Column.left(t("Trang tính", "Sheet", lang)),
                Table.Column.plain(t("Dòng", "Row", lang)), Table.Column.left(t("Cột", "Column", lang))), rows);
    }

    /** {@code khlt inspect --format json}: {@code records}, each with its numbers and its {@code source}. */
    public record Document(List<Record> records) {
    }

    /** A figure: a count or yes/no with its value, or a rate with its numerator, denominator and their cells. */
    public sealed interface Record permits Count, Rate {
    }

    public record Count(String association, String unit, int year, String indicator, BigDecimal value, boolean missing,
            Source source) implements Record {
    }

    public record Rate(String association, String unit, int year, String indicator, BigDecimal numerator,
            BigDecimal denominator, boolean missing, Source source,
            @JsonInclude(JsonInclude.Include.NON_NULL) Source denominatorSource) implements Record {
    }

    /** A cell as the spreadsheet shows it; the parts a CSV line lacks (its sheet) are null. */
    public record Source(String file, String sheet, Integer row, String column) {
        static Source of(Location at) {
            return new Source(at.file(), at.sheet().isEmpty() ? null : at.sheet(), at.row() == 0 ? null : at.row(),
                    at.column().isEmpty() ? null : at.column());
        }
    }

    public static Document json(List<Figure> figures) {
        List<Record> records = new ArrayList<>();
        for (Figure f : figures) {
            String association = f.association().orElse(null);
            if (f.numerator().isPresent() || f.denominator().isPresent() || f.denominatorSource().isPresent()) {
                records.add(new Rate(association, f.unit(), f.year(), f.indicator(), f.numerator().orElse(null),
                        f.denominator().orElse(null), f.missing(), Source.of(f.source()),
                        f.denominatorSource().map(Source::of).orElse(null)));
            } else {
                records.add(new Count(association, f.unit(), f.year(), f.indicator(), f.value().orElse(null), f.missing(),
                        Source.of(f.source())));
            }
        }
        return new Document(records);
    }

    private static String unitName(Plan plan, String code, Lang lang) {
        return plan.unit(code).map(ReportingUnit::name).map(n -> n.in(lang)).orElse(code);
    }

    /** A number as read (up to six decimals); a blank said aloud where a number was expected. */
    private static Cell amount(Optional<BigDecimal> value, boolean expected, Lang lang) {
        if (value.isPresent()) {
            return Cell.number(value, 6, false);
        }
        return expected ? Cell.text(t("(trống)", "(blank)", lang)) : Cell.BLANK;
    }

    private static String t(String vi, String en, Lang lang) {
        return lang == Lang.EN ? en : vi;
    }
}
