package vn.khlt.cli;

import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Option;
import vn.khlt.i18n.Lang;
import vn.khlt.render.TextTable;
import vn.khlt.report.Table;

/**
 * A table for people: whole in a file or a pipe, or with {@code --wide}; on a terminal, cut to
 * its width, leaving out the least useful columns first and saying which ({@link TextTable#fit}).
 */
final class ScreenWidth {

    @Option(names = "--wide", description = "On a terminal, every column however wide the table (without it, the least "
            + "useful columns are left out to fit the terminal's width, and the last one shortened).")
    boolean wide;

    /** The table's text for where it goes ({@code output}: "-" is the screen); {@code dropFirst} in the order to leave out. */
    String text(Table table, Lang lang, String output, List<Integer> dropFirst) {
        OptionalInt width = wide || !output.equals("-") || System.console() == null ? OptionalInt.empty() : Terminal.width();
        return width.isPresent()
                ? TextTable.fit(table, lang, width.getAsInt(), dropFirst)
                : TextTable.render(table, lang);
    }
}
