package vn.khlt.plan;

import java.util.Arrays;
import java.util.Optional;
import vn.khlt.i18n.Text;

/**
 * A flow is counted in the year it happens and sums over years; a stock is a level at the
 * year's end and never sums over years.
 */
public enum Nature {
    FLOW("flow", Text.of("phát sinh trong năm", "flow")),
    STOCK("stock", Text.of("mức cuối năm", "stock"));

    private final String key;
    private final Text label;

    Nature(String key, Text label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public Text label() {
        return label;
    }

    public static Optional<Nature> parse(String key) {
        return Arrays.stream(values()).filter(n -> n.key.equals(key)).findFirst();
    }
}
