package vn.khlt.plan;

import java.util.Arrays;
import java.util.Optional;

/** Levels of the administrative hierarchy that reports roll up along. */
public enum UnitLevel {
    NATION("nation"),
    PROVINCE("province"),
    DISTRICT("district"),
    COMMUNE("commune");

    private final String key;

    UnitLevel(String key) {
        this.key = key;
    }

    /** The word used in plan files. */
    public String key() {
        return key;
    }

    public static Optional<UnitLevel> parse(String key) {
        return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }
}
