package vn.khlt.plan;

import java.util.Optional;
import vn.khlt.i18n.Text;

/** Levels of the administrative hierarchy that reports roll up along. */
public enum UnitLevel {
    NATION("nation", Text.of("quốc gia", "nation")),
    PROVINCE("province", Text.of("tỉnh", "province")),
    DISTRICT("district", Text.of("huyện", "district")),
    COMMUNE("commune", Text.of("xã", "commune"));

    private final String key;
    private final Text label;

    UnitLevel(String key, Text label) {
        this.key = key;
        this.label = label;
    }

    public Text label() {
        return label;
    }

    /** The word used in plan files. */
    public String key() {
        return key;
    }

    public static Optional<UnitLevel> parse(String key) {
        for (UnitLevel level : LEVELS) { // a loop: a national plan parses ten thousand levels
            if (level.key.equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    private static final UnitLevel[] LEVELS = values();
}
