package vn.khlt.plan;

import java.util.Arrays;
import java.util.Optional;
import vn.khlt.i18n.Text;

/**
 * How an indicator is counted. A rate is always submitted as numerator and denominator and
 * rolls up by summing both; a yes/no is a count of 0 or 1 per unit.
 */
public enum Measure {
    COUNT("count", Text.of("số lượng", "count")),
    RATE("rate", Text.of("tỷ lệ", "rate")),
    YES_NO("yes-no", Text.of("có/không", "yes/no"));

    private final String key;
    private final Text label;

    Measure(String key, Text label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public Text label() {
        return label;
    }

    public static Optional<Measure> parse(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
