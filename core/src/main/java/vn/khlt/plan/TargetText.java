package vn.khlt.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;

/**
 * A target in words, as a table cell shows it: its figure ("≥ 5.560") and its time
 * ("cộng dồn 2016–2020"), together or apart.
 */
public final class TargetText {

    private TargetText() {
    }

    /** The whole target: {@code ≥ 5.560 cộng dồn 2016–2020}. */
    public static String describe(Target target, Indicator indicator, Lang lang) {
        String when = when(target, lang);
        String text = figure(target, indicator, lang) + (when.isEmpty() ? "" : " " + when);
        if (target instanceof Target.Range range) {
            String percent = percent(indicator);
            text += lang == Lang.VI
                    ? " (tối thiểu " + number(range.minimum(), lang) + percent + ", phấn đấu " + number(range.stretch(), lang) + percent + ")"
                    : " (minimum " + number(range.minimum(), lang) + percent + ", stretch " + number(range.stretch(), lang) + percent + ")";
        }
        return text;
    }

    /** The figure to reach: {@code ≥ 5.560}, {@code 10–12%}, {@code ≥ 1 mỗi đơn vị}. */
    public static String figure(Target target, Indicator indicator, Lang lang) {
        String percent = percent(indicator);
        String perUnit = target.perUnit() ? (lang == Lang.VI ? " mỗi đơn vị" : " per unit") : "";
        if (target instanceof Target.Level level) {
            return level.comparison().symbol() + " " + number(level.value(), lang) + percent + perUnit;
        }
        if (target instanceof Target.Cumulative cumulative) {
            return "≥ " + number(cumulative.value(), lang) + percent + perUnit;
        }
        if (target instanceof Target.EveryYear every) {
            return "≥ " + number(every.value(), lang) + percent + perUnit;
        }
        if (target instanceof Target.Range range) {
            return number(range.minimum(), lang) + "–" + number(range.stretch(), lang) + percent + perUnit;
        }
        return milestones((Target.Milestones) target, percent, lang) + perUnit;
    }

    /** When the figure is due: {@code đến năm 2020}, {@code cộng dồn 2016–2020}; empty for milestones. */
    public static String when(Target target, Lang lang) {
        boolean vi = lang == Lang.VI;
        if (target instanceof Target.Cumulative cumulative) {
            return (vi ? "cộng dồn " : "in total ") + cumulative.from() + "–" + cumulative.deadline();
        }
        if (target instanceof Target.EveryYear every) {
            return (vi ? "mỗi năm " : "every year ") + every.from() + "–" + every.deadline();
        }
        if (target instanceof Target.Milestones) {
            return "";
        }
        return (vi ? "đến năm " : "by ") + target.deadline();
    }

    /** Consecutive years that share a figure, in one run: {@code ≥ 60% (2016–2019), ≥ 70% (2020)}. */
    private static String milestones(Target.Milestones milestones, String percent, Lang lang) {
        List<String> parts = new ArrayList<>();
        int first = 0;
        int last = 0;
        BigDecimal value = null;
        for (Map.Entry<Integer, BigDecimal> entry : milestones.byYear().entrySet()) {
            if (value != null && (entry.getValue().compareTo(value) != 0 || entry.getKey() != last + 1)) {
                parts.add(milestone(value, first, last, percent, lang));
                value = null;
            }
            if (value == null) {
                value = entry.getValue();
                first = entry.getKey();
            }
            last = entry.getKey();
        }
        parts.add(milestone(value, first, last, percent, lang));
        return String.join(", ", parts);
    }

    private static String milestone(BigDecimal value, int first, int last, String percent, Lang lang) {
        return "≥ " + number(value, lang) + percent + " (" + (first == last ? "" + first : first + "–" + last) + ")";
    }

    private static String percent(Indicator indicator) {
        return indicator.measure() == Measure.COUNT ? "" : "%";
    }

    private static String number(BigDecimal value, Lang lang) {
        return Numbers.format(value, lang);
    }
}
