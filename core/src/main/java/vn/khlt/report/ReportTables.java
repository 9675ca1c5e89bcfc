package vn.khlt.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.khlt.facts.Consolidation;
import vn.khlt.analyse.GapRow;
import vn.khlt.facts.Total;
import vn.khlt.check.Completeness;
import vn.khlt.facts.Fact;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.check.Validation;
import vn.khlt.i18n.Lang;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.plan.TargetText;

/**
 * The tables of the annual progress report, their cells typed (numbers as numbers, statuses
 * as the enum) so that each renderer writes them its own way: numbers in a spreadsheet,
 * {@code 3350} in CSV, {@code 3.350} in a Vietnamese page.
 */
public final class ReportTables {

    /** A table of the report, with the name of its file and its sheet. */
    public record Named(String file, String sheet, Table table) {
    }

    private final Plan plan;
    private final Validation validation;
    private final Consolidation data;
    private final List<GapRow> gap;
    private final int year;
    private final Lang lang;
    private List<Consolidation.Line> lines;

    public ReportTables(Plan plan, Validation validation, Consolidation data, List<GapRow> gap, int year, Lang lang) {
        this.plan = plan;
        this.validation = validation;
        this.data = data;
        this.gap = gap;
        this.year = year;
        this.lang = lang;
    }

    public List<Named> all() {
        return List.of(
                new Named("tong-hop", t("Tổng hợp", "Summary"), summary()),
                new Named("khoang-cach", t("Khoảng cách", "Gap"), gap()),
                new Named("theo-huyen", t("Theo huyện", "By district"), byDistrict()),
                new Named("xu-huong", t("Xu hướng", "Trend"), trend()),
                new Named("day-du", t("Đầy đủ", "Completeness"), completeness()),
                new Named("van-de", t("Vấn đề", "Issues"), issues()),
                new Named("nguon", t("Nguồn", "Sources"), sources()),
                new Named("so-lieu", t("Số liệu", "Figures"), figures()));
    }

    /** Every line at the detail level, made once for the tables of sources and of figures. */
    private List<Consolidation.Line> lines() {
        if (lines == null) {
            lines = data.lines();
        }
        return lines;
    }

    /** The one page a leader reads: each target and scope, this year, to date, expected, status. */
    public Table summary() {
        List<List<Cell>> rows = new ArrayList<>();
        for (GapRow row : gap) {
            rows.add(List.of(Cell.text(row.indicator().code()), Cell.text(row.indicator().label().in(lang)),
                    Cell.text(GapRow.scopeLabel(row.scope()).in(lang)), Cell.text(target(row)), Cell.text(unit(row)),
                    Cell.number(row.thisYear()), Cell.number(row.actual()), Cell.number(row.expectedByNow()),
                    Cell.number(row.percent()), Cell.status(row.status(), lang),
                    Cell.text(row.coverage().share().in(lang)), Cell.text(row.remarks(plan).in(lang))));
        }
        return new Table(t("Tổng hợp kết quả thực hiện Kế hoạch ", "Progress of the joint plan ") + plan.number()
                + t(", năm ", ", ") + year, List.of(
                Table.Column.left(t("Mã", "Code")), Table.Column.left(t("Chỉ tiêu", "Indicator")),
                Table.Column.left(t("Phạm vi", "Scope")), Table.Column.left(t("Mục tiêu", "Target")),
                Table.Column.left(t("Đơn vị tính", "Unit")), Table.Column.number(t("Năm ", "In ") + year),
                Table.Column.number(t("Thực hiện đến nay", "To date")), Table.Column.number(t("Cần đạt đến nay", "Expected by now")),
                Table.Column.percent(t("% mục tiêu", "% of target")), Table.Column.left(t("Trạng thái", "Status")),
                Table.Column.left(t("Số liệu có", "Figures in")), Table.Column.left(t("Ghi chú", "Note"))), rows)
                .withNotes(coverageNotes());
    }

    /** Under a table of statuses, when some figures are not all there: how to read them. */
    private List<String> coverageNotes() {
        if (gap.stream().allMatch(row -> row.coverage().complete() || row.status() == vn.khlt.analyse.Status.NO_DATA)) {
            return List.of();
        }
        return List.of(t("Số liệu chưa đủ: cột \"Số liệu có\" ghi đã nhận bao nhiêu số liệu của các đơn vị (và các hội)"
                + " được giao báo cáo; cột \"Ghi chú\" ghi đơn vị nào còn thiếu và vì sao (chưa gửi báo cáo, để trống,"
                + " số liệu lỗi). Số còn thiếu không được tính là 0. Trạng thái \"Chưa đủ số liệu\": số đã có chưa đủ để"
                + " kết luận; ghi chú ghi trạng thái theo số đã có. Riêng chỉ tiêu đếm đã vượt mức tối thiểu thì giữ"
                + " trạng thái, vì số còn thiếu chỉ làm tăng thêm.",
                "Incomplete figures: \"Figures in\" says how many of the figures expected from the units (and"
                + " associations) have come; \"Note\" says who is missing and why (no return, left blank, in error)."
                + " Nothing missing is counted as zero. \"Incomplete data\": what came does not settle the target; the"
                + " note gives the status of the figures as they stand. A count already over its floor keeps its status:"
                + " what is missing can only add to it."));
    }

    public Table gap() {
        List<List<Cell>> rows = new ArrayList<>();
        for (GapRow row : gap) {
            rows.add(List.of(Cell.text(row.indicator().code()), Cell.text(GapRow.scopeLabel(row.scope()).in(lang)),
                    Cell.text(target(row)), Cell.text(unit(row)), Cell.number(row.actual()), Cell.number(row.expectedByNow()),
                    Cell.number(row.gap()), Cell.number(row.percent()), Cell.status(row.status(), lang),
                    Cell.text(row.coverage().share().in(lang)),
                    Cell.number(row.requiredAnnualPace()), Cell.number(row.actualAnnualPace()), Cell.number(row.projectedEnd()),
                    Cell.text(row.reachedIn().map(String::valueOf).orElse("")), Cell.text(row.remarks(plan).in(lang))));
        }
        return new Table(t("Khoảng cách đến mục tiêu, tính đến năm ", "Gap to target as of ") + year, List.of(
                Table.Column.left(t("Mã", "Code")), Table.Column.left(t("Phạm vi", "Scope")),
                Table.Column.left(t("Mục tiêu", "Target")), Table.Column.left(t("Đơn vị tính", "Unit")),
                Table.Column.number(t("Thực hiện", "Actual")), Table.Column.number(t("Cần đạt đến nay", "Expected by now")),
                Table.Column.number(t("Còn thiếu", "Gap")), Table.Column.percent(t("% mục tiêu", "% of target")),
                Table.Column.left(t("Trạng thái", "Status")), Table.Column.left(t("Số liệu có", "Figures in")),
                Table.Column.number(t("Cần mỗi năm", "Pace needed")),
                Table.Column.number(t("Đạt mỗi năm", "Pace so far")), Table.Column.number(t("Dự báo cuối kỳ", "Projected end")),
                Table.Column.left(t("Năm đạt", "Reached in")), Table.Column.left(t("Ghi chú", "Note"))), rows)
                .withNotes(coverageNotes());
    }

    /** Indicator × district × association for the year: counts, or rates in percent. */
    public Table byDistrict() {
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.left(t("Mã", "Code")),
                Table.Column.left(t("Đơn vị", "Unit")), Table.Column.left(t("Đơn vị tính", "Counted in"))));
        for (Association association : plan.associations()) {
            columns.add(Table.Column.number(association.code()));
        }
        columns.add(Table.Column.number(t("Liên tịch", "Joint")));
        List<List<Cell>> rows = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            if (indicator.provincial()) {
                continue;
            }
            boolean yesNo = indicator.measure() == vn.khlt.plan.Measure.YES_NO;
            for (ReportingUnit unit : data.listed(indicator)) {
                List<Cell> row = new ArrayList<>(List.of(Cell.text(indicator.code()), Cell.text(unit.name().in(lang)),
                        Cell.text(indicator.measure() == vn.khlt.plan.Measure.COUNT ? indicator.unit().in(lang) : "%")));
                if (data.rollsUp(unit.code())) {
                    rolled(indicator, unit, row);
                    rows.add(row);
                    continue;
                }
                Total joint = null;
                for (Association association : plan.associations()) {
                    Optional<Fact> fact = data.unit(indicator, association.code(), unit.code(), year);
                    if (fact.isPresent()) {
                        // a yes/no is a share of units in percent, as the column says: one unit's yes is 100 %
                        Total total = fact.get().isRate()
                                ? Total.rate(fact.get().numerator().orElseThrow(), fact.get().denominator().orElseThrow(), 1)
                                : yesNo ? Total.rate(fact.get().amount(), BigDecimal.ONE, 1)
                                : Total.count(fact.get().amount(), 1);
                        row.add(Cell.number(total.value()));
                        joint = joint == null ? total : joint.plus(total);
                    } else {
                        row.add(Cell.BLANK);
                    }
                }
                row.add(joint == null ? Cell.BLANK : Cell.number(joint.value()));
                rows.add(row);
            }
        }
        return new Table(t("Kết quả theo đơn vị, năm ", "Results by unit, ") + year, columns, rows);
    }

    /** A listed unit that stands for the units under it: each association's sum, and theirs together. */
    private void rolled(Indicator indicator, ReportingUnit unit, List<Cell> row) {
        Total joint = null;
        for (Association association : plan.associations()) {
            Optional<Total> total = data.rolled(indicator, association.code(), unit.code(), year);
            row.add(Cell.number(total.flatMap(Total::value)));
            if (total.isPresent()) {
                joint = joint == null ? total.get() : joint.plus(total.get());
            }
        }
        row.add(joint == null ? Cell.BLANK : Cell.number(joint.value()));
    }

    /** Each indicator by year, from the period's start to the report's year, per scope. */
    public Table trend() {
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.left(t("Mã", "Code")),
                Table.Column.left(t("Chỉ tiêu", "Indicator")), Table.Column.left(t("Phạm vi", "Scope")),
                Table.Column.left(t("Đơn vị tính", "Unit"))));
        for (int y = plan.period().from(); y <= year; y++) {
            columns.add(Table.Column.number(String.valueOf(y)));
        }
        columns.add(Table.Column.left(t("Ghi chú", "Note")));
        List<List<Cell>> rows = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            Map<String, List<String>> scopes = new LinkedHashMap<>();
            if (indicator.provincial()) {
                scopes.put("province", List.of("province"));
            } else {
                indicator.reportedBy().forEach(a -> scopes.put(a, List.of(a)));
                scopes.put("joint", indicator.reportedBy());
            }
            scopes.forEach((scope, owners) -> {
                List<Cell> row = new ArrayList<>(List.of(Cell.text(indicator.code()), Cell.text(indicator.label().in(lang)),
                        Cell.text(GapRow.scopeLabel(scope).in(lang)),
                        Cell.text(indicator.measure() == vn.khlt.plan.Measure.COUNT ? indicator.unit().in(lang) : "%")));
                java.util.Set<Integer> counted = new java.util.HashSet<>();
                for (int y = plan.period().from(); y <= year; y++) {
                    Optional<Total> total = data.year(indicator, owners, y);
                    row.add(Cell.number(total.flatMap(Total::value)));
                    total.ifPresent(sum -> counted.add(sum.facts()));
                }
                // years whose figures come from different numbers of units are not comparable as they stand: say so
                List<String> shares = new ArrayList<>();
                for (int y = plan.period().from(); counted.size() > 1 && y <= year; y++) {
                    if (data.year(indicator, owners, y).isPresent()) {
                        shares.add(y + ": " + data.coverage(indicator, owners, y, y).share().in(lang));
                    }
                }
                row.add(Cell.text(shares.isEmpty() ? "" : t("số liệu có khác nhau giữa các năm: ",
                        "figures from different units by year: ") + String.join("; ", shares)));
                rows.add(row);
            });
        }
        return new Table(t("Xu hướng theo năm", "Trend by year"), columns, rows);
    }

    public Table completeness() {
        TreeSet<Integer> years = validation.completeness().stream().map(Completeness::year)
                .collect(Collectors.toCollection(TreeSet::new));
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.left(t("Đoàn thể", "Association"))));
        for (int y : years) {
            columns.add(Table.Column.number(y + t(" đã nhận", " received")));
            columns.add(Table.Column.number(y + t(" cần", " expected")));
            columns.add(Table.Column.percent(y + " %"));
        }
        Map<String, Map<Integer, Completeness>> byOwner = new LinkedHashMap<>();
        validation.completeness().forEach(c -> byOwner.computeIfAbsent(c.owner(), o -> new LinkedHashMap<>()).put(c.year(), c));
        List<List<Cell>> rows = new ArrayList<>();
        byOwner.forEach((owner, cells) -> {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(GapRow.scopeLabel(owner).in(lang))));
            for (int y : years) {
                Completeness c = cells.get(y);
                row.add(c == null ? Cell.BLANK : Cell.number(c.received()));
                row.add(c == null ? Cell.BLANK : Cell.number(c.expected()));
                row.add(c == null ? Cell.BLANK : Cell.number(c.percent()));
            }
            rows.add(row);
        });
        return new Table(t("Mức đầy đủ số liệu: ai đã gửi gì", "Completeness: who sent what"), columns, rows);
    }

    public Table issues() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Issue issue : validation.issues()) {
            Location at = issue.location();
            rows.add(List.of(Cell.text(issue.severity().label().in(lang)), Cell.text(issue.code()), Cell.text(at.file()),
                    Cell.text(at.sheet()), at.row() == 0 ? Cell.BLANK : Cell.number(at.row()), Cell.text(at.column()),
                    Cell.text(issue.message().in(lang))));
        }
        return new Table(t("Vấn đề trong số liệu đầu vào (số liệu lỗi không được tính)",
                "Issues in the inputs (figures in error are not counted)"), List.of(
                Table.Column.left(t("Mức độ", "Severity")), Table.Column.left(t("Mã", "Code")),
                Table.Column.left(t("Tệp", "File")), Table.Column.left(t("Trang tính", "Sheet")),
                Table.Column.plain(t("Dòng", "Row")), Table.Column.left(t("Cột", "Column")),
                Table.Column.left(t("Nội dung", "Message"))), rows);
    }

    /** Every figure that counts, with the cells it was read from. */
    public Table sources() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Consolidation.Line fact : lines()) {
            rows.add(List.of(Cell.text(fact.key().indicator()), Cell.text(GapRow.scopeLabel(fact.key().owner()).in(lang)),
                    Cell.text(plan.unit(fact.key().unit()).map(u -> u.name().in(lang)).orElse(fact.key().unit())),
                    Cell.number(fact.key().year()), Cell.number(fact.value()), Cell.number(fact.numerator()),
                    Cell.number(fact.denominator()), Cell.text(fact.sources().isEmpty()
                            ? Consolidation.summed(fact.facts()).in(lang)
                            : fact.sources().stream().map(l -> l.describe(lang)).collect(Collectors.joining("; ")))));
        }
        return new Table(t("Nguồn của từng số liệu được tính", "Where each counted figure came from"), List.of(
                Table.Column.left(t("Mã", "Code")), Table.Column.left(t("Đoàn thể", "Association")),
                Table.Column.left(t("Đơn vị", "Unit")), Table.Column.plain(t("Năm", "Year")),
                Table.Column.number(t("Giá trị", "Value")), Table.Column.number(t("Tử số", "Numerator")),
                Table.Column.number(t("Mẫu số", "Denominator")), Table.Column.left(t("Ô nguồn", "Source cells"))), rows);
    }

    /** The facts in the long layout that khlt reads back: the submission of the level above. */
    public Table figures() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Consolidation.Line fact : lines()) {
            String owner = fact.key().owner();
            rows.add(List.of(Cell.text(owner.equals("province") ? "" : owner), Cell.text(fact.key().unit()),
                    Cell.number(fact.key().year()), Cell.text(fact.key().indicator()), Cell.number(fact.value()),
                    Cell.number(fact.numerator()), Cell.number(fact.denominator())));
        }
        // the headers of the long form khlt template writes (in English with --lang en): khlt reads both
        return new Table("", List.of(Table.Column.left(t("Đoàn thể", "association")), Table.Column.left(t("Đơn vị", "unit")),
                Table.Column.plain(t("Năm", "year")), Table.Column.left(t("Chỉ tiêu", "indicator")),
                Table.Column.number(t("Giá trị", "value")), Table.Column.number(t("Tử số", "numerator")),
                Table.Column.number(t("Mẫu số", "denominator"))), rows);
    }

    private String target(GapRow row) {
        return TargetText.figure(row.target(), row.indicator(), lang) + " " + TargetText.when(row.target(), lang);
    }

    private String unit(GapRow row) {
        if (row.target().perUnit()) {
            return t("đơn vị đạt", "units meeting it");
        }
        return row.indicator().measure() == vn.khlt.plan.Measure.COUNT ? row.indicator().unit().in(lang) : "%";
    }

    private String t(String vi, String en) {
        return lang == Lang.EN ? en : vi;
    }
}
