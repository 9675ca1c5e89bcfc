package vn.khlt.render;

import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khlt.analyse.GapRow;
import vn.khlt.analyse.UnitShortfall;
import vn.khlt.analyse.Status;
import vn.khlt.i18n.Lang;
import vn.khlt.plan.Plan;
import vn.khlt.plan.TargetText;

/** What {@code khlt gap} shows: one row per target and scope, for people and for scripts. */
public final class GapViews {

    private GapViews() {
    }

    /** The table for a terminal or for a CSV file; statuses in words, so that they read without colour. */
    public static Table table(Plan plan, List<GapRow> rows, int asOf, Lang lang) {
        List<List<Cell>> cells = new ArrayList<>();
        for (GapRow row : rows) {
            int decimals = row.inPercent() ? 1 : 0;
            boolean percent = row.inPercent() && !row.target().perUnit();
            cells.add(List.of(Cell.text(row.indicator().code()), Cell.text(scope(row.scope(), lang)),
                    Cell.text(TargetText.figure(row.target(), row.indicator(), lang) + " "
                            + TargetText.when(row.target(), lang)),
                    Cell.number(row.actual(), decimals, percent),
                    Cell.number(row.expectedByNow(), decimals, false),
                    Cell.number(row.gap(), decimals, false),
                    Cell.number(row.percent(), 1, true),
                    Cell.status(row.status(), lang),
                    Cell.text(row.coverage().share().in(lang)),
                    Cell.number(row.requiredAnnualPace(), 1, false),
                    Cell.number(row.actualAnnualPace(), 1, false),
                    Cell.number(row.projectedEnd(), decimals, false),
                    Cell.text(row.remarks(plan).in(lang))));
        }
        String title = t("Khoảng cách đến mục tiêu, tính đến năm ", "Gap to target as of ", lang) + asOf
                + " — " + plan.number();
        return new Table(title, List.of(
                Table.Column.left(t("Chỉ tiêu", "Indicator", lang)),
                Table.Column.left(t("Phạm vi", "Scope", lang)),
                Table.Column.left(t("Mục tiêu", "Target", lang)),
                Table.Column.number(t("Thực hiện", "Actual", lang)),
                Table.Column.number(t("Cần đạt đến nay", "Expected by now", lang)),
                Table.Column.number(t("Còn thiếu", "Gap", lang)),
                Table.Column.number(t("% mục tiêu", "% of target", lang)),
                Table.Column.left(t("Trạng thái", "Status", lang)),
                Table.Column.left(t("Số liệu có", "Figures in", lang)),
                Table.Column.number(t("Cần mỗi năm", "Pace needed", lang)),
                Table.Column.number(t("Đạt mỗi năm", "Pace so far", lang)),
                Table.Column.number(t("Dự báo cuối kỳ", "Projected end", lang)),
                Table.Column.left(t("Ghi chú", "Note", lang))), cells, "—");
    }

    /** Which units hold each target back: their share of its shortfall. */
    public static Table units(Plan plan, List<UnitShortfall> parts, int asOf, Lang lang) {
        List<List<Cell>> cells = new ArrayList<>();
        for (UnitShortfall part : parts) {
            cells.add(List.of(Cell.text(part.row().indicator().code()), Cell.text(scope(part.row().scope(), lang)),
                    Cell.text(part.owner().equals(part.row().scope()) ? "" : part.owner()),
                    Cell.text(plan.unit(part.unit()).map(u -> u.name().in(lang)).orElse(part.unit())),
                    Cell.number(Optional.of(part.actual()), 1, false), Cell.number(Optional.of(part.expected()), 1, false),
                    Cell.number(Optional.of(part.shortfall()), 1, false), Cell.number(Optional.of(part.share()), 1, true)));
        }
        return new Table(t("Đơn vị còn thiếu so với mục tiêu, tính đến năm ", "Units short of the target as of ", lang) + asOf,
                List.of(Table.Column.left(t("Chỉ tiêu", "Indicator", lang)), Table.Column.left(t("Phạm vi", "Scope", lang)),
                        Table.Column.left(t("Đoàn thể", "Association", lang)), Table.Column.left(t("Đơn vị", "Unit", lang)),
                        Table.Column.number(t("Thực hiện", "Actual", lang)), Table.Column.number(t("Cần đạt", "Needed", lang)),
                        Table.Column.number(t("Còn thiếu", "Shortfall", lang)),
                        Table.Column.number(t("% phần thiếu", "% of shortfall", lang))), cells);
    }

    /** {@code khlt gap --by unit --format json}: the units short of each target. */
    public record UnitsDocument(String plan, int asOf, List<UnitLine> units) {
    }

    public record UnitLine(String indicator, String scope, String association, String unit, BigDecimal actual,
            BigDecimal expected, BigDecimal shortfall, BigDecimal share) {
    }

    public static UnitsDocument unitsJson(Plan plan, List<UnitShortfall> parts, int asOf) {
        return new UnitsDocument(plan.id(), asOf, parts.stream().map(part -> new UnitLine(part.row().indicator().code(),
                part.row().scope(), part.owner(), part.unit(), round(part.actual()), round(part.expected()),
                round(part.shortfall()), round(part.share()))).toList());
    }

    /** ANSI colour for a status, for terminals only. */
    public static String colour(Status status) {
        return switch (status) {
            case EXCEEDED, ACHIEVED, ON_TRACK -> "\u001B[32m";
            case NEEDS_ACCELERATION -> "\u001B[33m";
            case OFF_TRACK, NOT_ACHIEVED -> "\u001B[31m";
            case INCOMPLETE, NO_DATA, NOT_APPLICABLE -> "\u001B[2m";
        };
    }

    /** {@code khlt gap --format json}: {@code plan}, {@code asOf} and {@code rows} (docs/gap-analysis.md). */
    public record Document(String plan, int asOf, List<Line> rows) {
    }

    /** One target and scope; figures of rates are percentages, rounded to four decimals; absent ones null. */
    public record Line(String indicator, String scope, String kind, boolean perUnit, String unit, int deadline,
            BigDecimal target, BigDecimal thisYear, BigDecimal actual, BigDecimal expectedByNow, BigDecimal gap,
            BigDecimal percent, String status, BigDecimal requiredAnnualPace, BigDecimal actualAnnualPace,
            BigDecimal projectedEnd, Integer reachedIn, String note, CoverageLine coverage) {
    }

    /**
     * Who of those expected gave the row's figures: {@code expected} and {@code reported}
     * figures (units × years), the associations expected and those that reported, and each
     * missing figure with why ({@code no_return}, {@code blank}, {@code refused}).
     */
    public record CoverageLine(int expected, int reported, boolean complete, List<String> associations,
            List<String> associationsReporting, String figuresStatus, List<MissingLine> missing) {
    }

    public record MissingLine(String association, String unit, int year, String why) {
    }

    public static Document json(Plan plan, List<GapRow> rows, int asOf, Lang lang) {
        return new Document(plan.id(), asOf, rows.stream().map(row -> new Line(row.indicator().code(), row.scope(),
                row.target().kind(), row.target().perUnit(), row.inPercent() ? "percent" : "count",
                row.target().deadline(), round(row.targetValue()), round(row.thisYear()), round(row.actual()),
                round(row.expectedByNow()), round(row.gap()), round(row.percent()), row.status().key(),
                round(row.requiredAnnualPace()), round(row.actualAnnualPace()), round(row.projectedEnd()),
                row.reachedIn().orElse(null), row.note().in(lang), coverage(row))).toList());
    }

    private static CoverageLine coverage(GapRow row) {
        vn.khlt.facts.Coverage c = row.coverage();
        return new CoverageLine(c.expected(), c.reported(), c.complete(), c.owners(), c.ownersReporting(),
                row.figures().key(), c.missing().stream().map(m -> new MissingLine(m.owner(), m.unit(), m.year(),
                        m.why().key())).toList());
    }

    private static BigDecimal round(Optional<BigDecimal> value) {
        return value.map(GapViews::round).orElse(null);
    }

    private static BigDecimal round(BigDecimal value) {
        return Table.stable(value);
    }

    static String scope(String scope, Lang lang) {
        return GapRow.scopeLabel(scope).in(lang);
    }

    private static String t(String vi, String en, Lang lang) {
        return lang == Lang.EN ? en : vi;
    }
}
