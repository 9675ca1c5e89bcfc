package vn.khlt.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;

/**
 * A plan's indicators as a header or an indicator cell names them: by code ({@code CT08},
 * {@code ct 8}) or by a name or label contained in the cell. Made once per plan: a sheet's
 * first rows are each tried as a header, cell by cell.
 */
final class IndicatorNames {

    private static final Map<Plan, IndicatorNames> MADE = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<Indicator> indicators;
    /** By indicator: the letters its code must contain, and the code as a word of a key. */
    private final List<String> codeLetters = new ArrayList<>();
    private final List<Pattern> codes = new ArrayList<>();
    /** By indicator: the keys of its labels and names, a space either side. */
    private final List<List<String>> names = new ArrayList<>();

    private IndicatorNames(Plan plan) {
        this.indicators = plan.indicators();
        for (Indicator indicator : indicators) {
            String code = Names.key(indicator.code());
            Matcher parts = Pattern.compile("([a-z]+)\\s*0*(\\d+)").matcher(code);
            if (parts.matches()) {
                codeLetters.add(parts.group(1));
                codes.add(Pattern.compile("(?:^| )" + parts.group(1) + " ?0*" + parts.group(2) + "(?: |$)"));
            } else {
                codeLetters.add(code);
                codes.add(Pattern.compile("(?:^| )" + Pattern.quote(code) + "(?: |$)"));
            }
            List<String> keys = new ArrayList<>();
            for (String name : List.of(indicator.label().vi(), indicator.label().en(), indicator.name().vi(), indicator.name().en())) {
                String key = Names.key(name);
                if (!key.isEmpty()) {
                    keys.add(" " + key + " ");
                }
            }
            names.add(keys);
        }
    }

    static IndicatorNames of(Plan plan) {
        return MADE.computeIfAbsent(plan, IndicatorNames::new);
    }

    /** The first indicator whose code is a word of the key, else the first whose name is words of it. */
    Optional<Indicator> find(String key) {
        for (int i = 0; i < indicators.size(); i++) {
            if (key.contains(codeLetters.get(i)) && codes.get(i).matcher(key).find()) {
                return Optional.of(indicators.get(i));
            }
        }
        String words = " " + key + " ";
        for (int i = 0; i < indicators.size(); i++) {
            for (String name : names.get(i)) {
                if (words.contains(name)) {
                    return Optional.of(indicators.get(i));
                }
            }
        }
        return Optional.empty();
    }
}
