package vn.khlt.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.khlt.i18n.Text;

/** Output formats; each command accepts the ones it lists in its --help. */
enum Format {
    text, csv, json, xlsx, md, html;

    /** This format, when the command offers it; otherwise bad usage naming the ones it does. */
    Format requireOneOf(Format... allowed) {
        if (Arrays.asList(allowed).contains(this)) {
            return this;
        }
        String choices = Arrays.stream(allowed).map(Format::name).collect(Collectors.joining(", "));
        throw CannotRunException.usage(Text.of("Định dạng '%s' không dùng được ở đây: chọn %s",
                "Format '%s' is not available here: use %s").format(this, choices));
    }
}
