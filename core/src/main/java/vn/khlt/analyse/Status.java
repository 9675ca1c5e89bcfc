package vn.khlt.analyse;

import vn.khlt.i18n.Text;

/** Where a target stands as of a year; the rules are in docs/gap-analysis.md. */
public enum Status {
    EXCEEDED("exceeded", Text.of("Vượt", "Exceeded")),
    ACHIEVED("achieved", Text.of("Đạt", "Achieved")),
    ON_TRACK("on_track", Text.of("Đúng tiến độ", "On track")),
    NEEDS_ACCELERATION("needs_acceleration", Text.of("Cần đẩy nhanh", "Needs acceleration")),
    OFF_TRACK("off_track", Text.of("Chậm tiến độ", "Off track")),
    NO_DATA("no_data", Text.of("Chưa có số liệu", "No data"));

    private final String key;
    private final Text label;

    Status(String key, Text label) {
        this.key = key;
        this.label = label;
    }

    /** The word in JSON and CSV output, and for {@code --status}. */
    public String key() {
        return key;
    }

    public Text label() {
        return label;
    }

    /** Whether the target is not met yet but has figures: on track, or behind. */
    public boolean stillShort() {
        return this == ON_TRACK || this == NEEDS_ACCELERATION || this == OFF_TRACK;
    }

    public static java.util.Optional<Status> parse(String key) {
        for (Status status : values()) {
            if (status.key.equalsIgnoreCase(key.strip())) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
