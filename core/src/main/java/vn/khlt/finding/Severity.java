package vn.khlt.finding;

import vn.khlt.i18n.Text;

/** How much an issue matters: an error keeps a value out of the figures; a warning or a note does not. */
public enum Severity {
    ERROR("error", Text.of("lỗi", "error")),
    WARNING("warning", Text.of("cảnh báo", "warning")),
    NOTE("note", Text.of("ghi chú", "note"));

    private final String key;
    private final Text label;

    Severity(String key, Text label) {
        this.key = key;
        this.label = label;
    }

    /** The word in JSON and CSV output. */
    public String key() {
        return key;
    }

    public Text label() {
        return label;
    }
}
