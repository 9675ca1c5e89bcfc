package vn.khlt.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;

/** A target in words, as a table cell shows it: "≥ 5.560 cộng dồn 2016–2020". */
public final class TargetText {

    private TargetText() {
    }

    public static String describe(Target target, Indicator indicator, Lang lang) {
        boolean vi = lang == Lang.VI;
        String percent = indicator.measure() == Measure.COUNT ? "" : "%";
        String perUnit = target.perUnit() ? (vi ? " mỗi đơn vị" : " per unit") : "";
        if (target instanceof Target.Level level) {
            String by = vi ? " đến năm " : " by ";
            return level.comparison().symbol() + " " + number(level.value(), lang) + percent + perUnit
                    + by + level.deadline();
        }
        if (target instanceof Target.Cumulative cumulative) {
            return "≥ " + number(cumulative.value(), lang) + percent + perUnit
                    + (vi ? " cộng dồn " : " in total ") + cumulative.from() + "–" + cumulative.deadline();
        }
        if (target instanceof Target.EveryYear every) {
            return "≥ " + number(every.value(), lang) + percent + perUnit + (vi ? " mỗi năm " : " every year ")
                    + every.from() + "–" + every.deadline();
        }
        if (target instanceof Target.Range range) {
            return number(range.minimum(), lang) + "–" + number(range.stretch(), lang) + percent + perUnit
                    + (vi ? " đến năm " : " by ") + range.deadline()
                    + (vi ? " (tối thiểu " : " (minimum ") + number(range.minimum(), lang) + percent
                    + (vi ? ", phấn đấu " : ", stretch ") + number(range.stretch(), lang) + percent + ")";
        }
        Target.Milestones milestones = (Target.Milestones) target;
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
        return String.join(", ", parts) + perUnit;
    }

    private static String milestone(BigDecimal value, int first, int last, String percent, Lang lang) {
        return "≥ " + number(value, lang) + percent + " (" + (first == last ? "" + first : first + "–" + last) + ")";
    }

    private static String number(BigDecimal value, Lang lang) {
        return Numbers.format(value, lang);
    }
}
