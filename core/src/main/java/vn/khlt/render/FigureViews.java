package vn.khlt.render;

import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** DESIGN.md's contract: {@code records}, each with its numbers and {@code source}. */
    public static ObjectNode json(List<Figure> figures) {
        ObjectNode root = Json.object();
        ArrayNode records = root.putArray("records");
        for (Figure f : figures) {
            ObjectNode node = records.addObject();
            if (f.association().isPresent()) {
                node.put("association", f.association().get());
            } else {
                node.putNull("association");
            }
            node.put("unit", f.unit());
            node.put("year", f.year());
            node.put("indicator", f.indicator());
            if (f.numerator().isPresent() || f.denominator().isPresent() || f.denominatorSource().isPresent()) {
                number(node, "numerator", f.numerator());
                number(node, "denominator", f.denominator());
            } else {
                number(node, "value", f.value());
            }
            node.put("missing", f.missing());
            node.set("source", source(f.source()));
            f.denominatorSource().ifPresent(d -> node.set("denominatorSource", source(d)));
        }
        return root;
    }

    static ObjectNode source(Location location) {
        ObjectNode node = Json.object();
        node.put("file", location.file());
        if (location.sheet().isEmpty()) {
            node.putNull("sheet");
        } else {
            node.put("sheet", location.sheet());
        }
        if (location.row() == 0) {
            node.putNull("row");
        } else {
            node.put("row", location.row());
        }
        if (location.column().isEmpty()) {
            node.putNull("column");
        } else {
            node.put("column", location.column());
        }
        return node;
    }

    private static void number(ObjectNode node, String field, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
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
