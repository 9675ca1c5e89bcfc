package vn.khlt.finding;

import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;

/**
 * A problem found in the inputs: data, not an exception. What it is comes from the catalogue
 * ({@link Finding}: its stable code and severity); the message says what is wrong here and how
 * to fix it, in both languages.
 */
public record Issue(Finding finding, Location location, Text message) {

    public String code() {
        return finding.code();
    }

    public Severity severity() {
        return finding.severity();
    }

    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    /** {@code HND_2017.xlsx › Báo cáo › C7: lỗi [not-a-number] ...} */
    public String describe(Lang lang) {
        return location.describe(lang) + ": " + severity().label().in(lang) + " [" + code() + "] " + message.in(lang);
    }
}
