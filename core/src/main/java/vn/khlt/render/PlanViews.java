package vn.khlt.render;

import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plan;
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

    /** The whole plan as JSON, in both languages. */
    public static ObjectNode plan(Plan plan) {
        ObjectNode root = Json.object();
        root.put("id", plan.id());
        root.put("number", plan.number());
        root.set("title", text(plan.title()));
        root.put("issued", plan.issued());
        ObjectNode period = root.putObject("period");
        period.put("from", plan.period().from());
        period.put("to", plan.period().to());
        ArrayNode associations = root.putArray("associations");
        for (Association a : plan.associations()) {
            ObjectNode node = associations.addObject();
            node.put("code", a.code());
            node.set("name", text(a.name()));
            node.put("lead", a.lead());
            a.aliases().forEach(node.putArray("aliases")::add);
        }
        ArrayNode units = root.putArray("units");
        for (ReportingUnit u : plan.units()) {
            ObjectNode node = units.addObject();
            node.put("code", u.code());
            node.set("name", text(u.name()));
            node.put("level", u.level().key());
            u.parent().ifPresent(p -> node.put("parent", p));
        }
        ArrayNode indicators = root.putArray("indicators");
        plan.indicators().forEach(i -> indicators.add(indicator(plan, i)));
        return root;
    }

    /** One indicator as JSON, with its targets described in both languages. */
    public static ObjectNode indicator(Plan plan, Indicator indicator) {
        ObjectNode node = Json.object();
        node.put("code", indicator.code());
        node.set("name", text(indicator.name()));
        node.set("label", text(indicator.label()));
        node.set("unit", text(indicator.unit()));
        node.put("measure", indicator.measure().key());
        node.put("nature", indicator.nature().key());
        indicator.numerator().ifPresent(n -> node.set("numerator", text(n)));
        indicator.denominator().ifPresent(d -> node.set("denominator", text(d)));
        if (indicator.provincial()) {
            node.put("reportedBy", "province");
        } else {
            indicator.reportedBy().forEach(node.putArray("reportedBy")::add);
        }
        indicator.reportedAt().ifPresent(l -> node.put("reportedAt", l.key()));
        node.put("source", indicator.source());
        indicator.note().ifPresent(n -> node.set("note", text(n)));
        ArrayNode targets = node.putArray("targets");
        for (Target target : indicator.targets()) {
            targets.add(target(target, indicator));
        }
        return node;
    }

    private static ObjectNode target(Target target, Indicator indicator) {
        ObjectNode node = Json.object();
        node.put("kind", target.kind());
        node.put("scope", target.scope().key());
        node.put("perUnit", target.perUnit());
        if (target instanceof Target.Level level) {
            node.put("value", level.value());
            node.put("path", level.path().key());
        } else if (target instanceof Target.Cumulative cumulative) {
            node.put("value", cumulative.value());
            node.put("from", cumulative.from());
        } else if (target instanceof Target.EveryYear every) {
            node.put("value", every.value());
            node.put("from", every.from());
        } else if (target instanceof Target.Range range) {
            node.put("min", range.minimum());
            node.put("stretch", range.stretch());
            node.put("path", range.path().key());
        } else if (target instanceof Target.Milestones milestones) {
            ObjectNode byYear = node.putObject("milestones");
            milestones.byYear().forEach((year, value) -> byYear.put(year.toString(), value));
        }
        node.put("deadline", target.deadline());
        node.put("percent", indicator.measure() != vn.khlt.plan.Measure.COUNT);
        ObjectNode text = node.putObject("text");
        text.put("vi", TargetText.describe(target, indicator, Lang.VI));
        text.put("en", TargetText.describe(target, indicator, Lang.EN));
        return node;
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

    private static ObjectNode text(Text text) {
        ObjectNode node = Json.object();
        node.put("vi", text.vi());
        node.put("en", text.en());
        return node;
    }

    private static String t(String vi, String en, Lang lang) {
        return lang == Lang.EN ? en : vi;
    }
}
