package vn.khlt.i18n;

import java.util.Locale;

/** The languages khlt speaks to its users: Vietnamese by default, English on request. */
public enum Lang {
    VI("vi"),
    EN("en");

    private final String tag;

    Lang(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as given on the command line ({@code --lang vi}). */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
