package vn.khlt.check;

import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;

/**
 * A problem found in the inputs: data, not an exception. The code is stable (docs/checks.md
 * lists them all); the message says what is wrong and how to fix it, in both languages.
 */
public record Issue(String code, Severity severity, Location location, Text message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code HND_2017.xlsx › Báo cáo › C7: lỗi [not-a-number] ...} */
    public String describe(Lang lang) {
        return location.describe(lang) + ": " + severity.label().in(lang) + " [" + code + "] " + message.in(lang);
    }
}
