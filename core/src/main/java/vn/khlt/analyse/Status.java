package vn.khlt.analyse;

import vn.khlt.i18n.Text;

/** Where a target stands as of a year; the rules are in docs/gap-analysis.md. */
public enum Status {
    EXCEEDED("exceeded", Text.of("Vượt", "Exceeded")),
    ACHIEVED("achieved", Text.of("Đạt", "Achieved")),
    ON_TRACK("on_track", Text.of("Đúng tiến độ", "On track")),
    NEEDS_ACCELERATION("needs_acceleration", Text.of("Cần đẩy nhanh", "Needs acceleration")),
    OFF_TRACK("off_track", Text.of("Chậm tiến độ", "Off track")),
    /** Not met and past mending: the deadline has passed, or a year of an every-year target was missed. */
    NOT_ACHIEVED("not_achieved", Text.of("Không đạt", "Not achieved")),
    /** Figures came, but not from every unit expected, and what came does not settle the target. */
    INCOMPLETE("incomplete", Text.of("Chưa đủ số liệu", "Incomplete data")),
    NO_DATA("no_data", Text.of("Chưa có số liệu", "No data")),
    /** A target set for the whole province, asked of one unit ({@code --unit}): no share of it is the unit's. */
    NOT_APPLICABLE("not_applicable", Text.of("Không áp dụng cho một đơn vị", "Not for a single unit"));

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

    /** Whether the target is not met but has figures: on track, behind, missed, or judged on incomplete figures. */
    public boolean stillShort() {
        return this == ON_TRACK || this == NEEDS_ACCELERATION || this == OFF_TRACK || this == NOT_ACHIEVED
                || this == INCOMPLETE;
    }

    /** Whether the status is a verdict on the target (from exceeded to not achieved), not a lack of figures. */
    public boolean verdict() {
        return compareTo(NOT_ACHIEVED) <= 0;
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
