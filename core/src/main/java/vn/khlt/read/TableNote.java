package vn.khlt.read;

import java.util.List;
import vn.khlt.i18n.Text;

/**
 * What the reader understood of one table, for {@code khlt inspect --explain}: where it is, its
 * header's rows and layout, what each column holds and why, whose figures they are and which
 * source said so, and the rows it passed over and why. A table refused says so in its issues.
 *
 * @param sheet the sheet's name; empty for a CSV file
 * @param firstHeaderRow the header's first row, as the spreadsheet numbers it (a CSV's line)
 * @param lastHeaderRow its last row
 */
public record TableNote(String file, String sheet, int firstHeaderRow, int lastHeaderRow, Text layout,
        List<Text> columns, List<Text> sources, List<Text> skipped) {

    /** The most rows passed over that a note lists, per table: enough to see why, never the whole sheet. */
    static final int MAX_SKIPPED = 50;

    public TableNote {
        columns = List.copyOf(columns);
        sources = List.copyOf(sources);
        skipped = List.copyOf(skipped);
    }
}
