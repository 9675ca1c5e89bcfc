package vn.khlt.render;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plan;
import vn.khlt.plan.UnitLevel;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.plan.Scope;
import vn.khlt.plan.Target;
import vn.khlt.plan.TargetText;

/** What {@code khlt plan} shows of a plan: its indicators as a table, one in detail, all as JSON. */
public final class PlanViews {

    private PlanViews() {
    }

    /** One line per indicator: code, short name, measure, who reports, targets. */
    public static Table indicators(Plan plan, Lang lang) {
        List<Table.Column> columns = List.of(
                Table.Column.left(t("Mã", "Code", lang)),
                Table.Column.left(t("Chỉ tiêu", "Indicator", lang)),
                Table.Column.left(t("Đo lường", "Measure", lang)),
                Table.Column.left(t("Mục tiêu", "Target", lang)));
        List<List<Cell>> rows = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            rows.add(Cell.texts(indicator.code(), indicator.label().in(lang), measure(indicator, lang),
                    targets(plan, indicator, lang)));
        }
        String title = plan.title().in(lang);
        String heading = plan.number() + " (" + plan.id() + "), " + plan.period() + ": "
                + plan.indicators().size() + t(" chỉ tiêu", " indicators", lang);
        return new Table(heading + "\n" + title, columns, rows);
    }

    /** Everything about one indicator, as {@code khlt plan show CT08} prints it. */
    public static String indicator(Plan plan, Indicator indicator, Lang lang) {
        StringBuilder out = new StringBuilder();
        out.append(indicator.code()).append(" — ").append(indicator.label().in(lang)).append("\n\n");
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {t("Nội dung", "Wording", lang), indicator.name().in(lang)});
        fields.add(new String[] {t("Nguồn", "Source", lang), t("Kế hoạch ", "Plan ", lang) + plan.number()
                + (indicator.source().isEmpty() ? "" : ", " + indicator.source())});
        fields.add(new String[] {t("Đo lường", "Measure", lang), measure(indicator, lang)});
        fields.add(new String[] {t("Đơn vị tính", "Counted in", lang), indicator.unit().in(lang)});
        indicator.numerator().ifPresent(n -> fields.add(new String[] {t("Tử số", "Numerator", lang), n.in(lang)}));
        indicator.denominator().ifPresent(d -> fields.add(new String[] {t("Mẫu số", "Denominator", lang), d.in(lang)}));
        fields.add(new String[] {t("Báo cáo bởi", "Reported by", lang), reporters(plan, indicator, lang)});
        indicator.note().ifPresent(n -> fields.add(new String[] {t("Ghi chú", "Note", lang), n.in(lang)}));
        int width = fields.stream().mapToInt(f -> TextTable.width(f[0])).max().orElse(0) + 2;
        for (String[] field : fields) {
            out.append(field[0]).append(':').append(" ".repeat(width - TextTable.width(field[0]) - 1))
                    .append(field[1]).append('\n');
        }
        out.append('\n').append(t("Mục tiêu", "Targets", lang)).append(":\n");
        if (indicator.targets().isEmpty()) {
            out.append("  ").append(t("(không giao chỉ tiêu, chỉ theo dõi)", "(none: tracked, not targeted)", lang))
                    .append('\n');
        }
        for (Target target : indicator.targets()) {
            String who = target.scope().label(plan).in(lang)
                    + (target.scope() instanceof Scope.Of of ? " (" + of.association() + ")" : "");
            out.append("  ").append(who).append(": ")
                    .append(TargetText.describe(target, indicator, lang)).append('\n');
        }
        return out.toString();
    }

    /** {@code khlt plan list --format json}: the whole plan, in both languages (docs/plan-format.md). */
    public record PlanDocument(String id, String number, Words title, String issued, Years period,
            List<AssociationLine> associations, List<UnitLine> units, List<IndicatorDocument> indicators) {
    }

    public record Words(String vi, String en) {
        static Words of(Text text) {
            return new Words(text.vi(), text.en());
        }
    }

    public record Years(int from, int to) {
    }

    public record AssociationLine(String code, Words name, boolean lead, List<String> aliases) {
    }

    public record UnitLine(String code, Words name, String level, @JsonInclude(JsonInclude.Include.NON_NULL) String parent) {
    }

    /** One indicator; what it lacks (a rate's labels, a note) is left out. {@code reportedBy} is a list, or {@code province}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorDocument(String code, Words name, Words label, Words unit, String measure, String nature,
            Words numerator, Words denominator, Object reportedBy, String reportedAt, String source, Words note,
            List<TargetLine> targets) {
    }

    /** A target: the fields of its kind, then its deadline, whether it is in percent, and its wording. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetLine(String kind, String scope, boolean perUnit, BigDecimal value, BigDecimal min,
            BigDecimal stretch, String path, Integer from, Map<String, BigDecimal> milestones, int deadline,
            boolean percent, Words text) {
    }

    public static PlanDocument plan(Plan plan) {
        return new PlanDocument(plan.id(), plan.number(), Words.of(plan.title()), plan.issued(),
                new Years(plan.period().from(), plan.period().to()),
                plan.associations().stream().map(a -> new AssociationLine(a.code(), Words.of(a.name()), a.lead(),
                        a.aliases())).toList(),
                plan.units().stream().map(u -> new UnitLine(u.code(), Words.of(u.name()), u.level().key(),
                        u.parent().orElse(null))).toList(),
                plan.indicators().stream().map(i -> indicator(plan, i)).toList());
    }

    /** {@code khlt plan check --format json}: whether the file is valid, and each problem with its place. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CheckDocument(String file, boolean valid, String plan, List<ProblemLine> problems) {
    }

    public record ProblemLine(String code, int line, int column, String message, String messageEn) {
    }

    public static CheckDocument check(vn.khlt.plan.PlanCheck check) {
        return new CheckDocument(check.file(), check.valid(), check.plan().map(Plan::id).orElse(null),
                check.problems().stream().map(p -> new ProblemLine(p.code(), p.line(), p.column(), p.message().vi(),
                        p.message().en())).toList());
    }

    /** One indicator as JSON, with its targets described in both languages. */
    public static IndicatorDocument indicator(Plan plan, Indicator indicator) {
        return new IndicatorDocument(indicator.code(), Words.of(indicator.name()), Words.of(indicator.label()),
                Words.of(indicator.unit()), indicator.measure().key(), indicator.nature().key(),
                indicator.numerator().map(Words::of).orElse(null), indicator.denominator().map(Words::of).orElse(null),
                indicator.provincial() ? "province" : indicator.reportedBy(),
                indicator.reportedAt().map(UnitLevel::key).orElse(null), indicator.source(),
                indicator.note().map(Words::of).orElse(null),
                indicator.targets().stream().map(t -> target(t, indicator)).toList());
    }

    private static TargetLine target(Target target, Indicator indicator) {
        BigDecimal value = null;
        BigDecimal min = null;
        BigDecimal stretch = null;
        String path = null;
        Integer from = null;
        Map<String, BigDecimal> milestones = null;
        if (target instanceof Target.Level level) {
            value = level.value();
            path = level.path().key();
        } else if (target instanceof Target.Cumulative cumulative) {
            value = cumulative.value();
            from = cumulative.from();
        } else if (target instanceof Target.EveryYear every) {
            value = every.value();
            from = every.from();
        } else if (target instanceof Target.Range range) {
            min = range.minimum();
            stretch = range.stretch();
            path = range.path().key();
        } else if (target instanceof Target.Milestones byYear) {
            milestones = new LinkedHashMap<>();
            for (Map.Entry<Integer, BigDecimal> entry : byYear.byYear().entrySet()) {
                milestones.put(entry.getKey().toString(), entry.getValue());
            }
        }
        return new TargetLine(target.kind(), target.scope().key(), target.perUnit(), value, min, stretch, path, from,
                milestones, target.deadline(), indicator.measure() != vn.khlt.plan.Measure.COUNT,
                new Words(TargetText.describe(target, indicator, Lang.VI), TargetText.describe(target, indicator, Lang.EN)));
    }

    private static String measure(Indicator indicator, Lang lang) {
        return indicator.measure().label().in(lang) + ", " + indicator.nature().label().in(lang);
    }

    /** Targets that fall due alike share their time: {@code HND ≥ 5.560 · DTN ≥ 329, cộng dồn 2016–2020}. */
    private static String targets(Plan plan, Indicator indicator, Lang lang) {
        if (indicator.targets().isEmpty()) {
            return t("— (chỉ theo dõi)", "— (tracked only)", lang);
        }
        Map<String, List<String>> byTime = new LinkedHashMap<>();
        for (Target target : indicator.targets()) {
            byTime.computeIfAbsent(TargetText.when(target, lang), k -> new ArrayList<>())
                    .add(scope(target.scope(), lang) + " " + TargetText.figure(target, indicator, lang));
        }
        List<String> parts = new ArrayList<>();
        byTime.forEach((when, figures) -> parts.add(String.join(" · ", figures) + (when.isEmpty() ? "" : ", " + when)));
        return String.join("; ", parts);
    }

    private static String scope(Scope scope, Lang lang) {
        if (scope instanceof Scope.Of of) {
            return of.association();
        }
        if (scope instanceof Scope.Each) {
            return t("từng đoàn thể", "each", lang);
        }
        if (scope instanceof Scope.Joint) {
            return t("liên tịch", "joint", lang);
        }
        return t("toàn tỉnh", "province", lang);
    }

    private static String reporters(Plan plan, Indicator indicator, Lang lang) {
        String who = indicator.provincial()
                ? t("toàn tỉnh (số liệu thống kê, do thường trực nhập)", "the province (official statistics, entered by the secretariat)", lang)
                : String.join(", ", indicator.reportedBy());
        return who + indicator.reportedAt()
                .map(level -> t("; chỉ đơn vị cấp ", "; only units at level ", lang) + level.key()).orElse("");
    }

    private static String t(String vi, String en, Lang lang) {
        return lang == Lang.EN ? en : vi;
    }
}
