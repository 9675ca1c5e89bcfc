package vn.khlt.read;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV record's fields as the cells of a row, each made (and put in NFC) only when it is
 * asked for: a long table's row is mostly read a field at a time, as text, and three million
 * rows would otherwise make twenty million cells nobody looks at. Read-only.
 */
final class TextCells extends AbstractList<Cell> implements RandomAccess {

    private final CSVRecord record;
    /** Whether the file's bytes are TCVN3's letters, each field turned into Unicode when read. */
    private final boolean tcvn3;
    /** The cell made last: a figure's cell is asked for a few times in a row (a percentage? words? a number?). */
    private Cell made;

    TextCells(CSVRecord record, boolean tcvn3) {
        this.record = record;
        this.tcvn3 = tcvn3;
    }

    /** A field as the file's text holds it, in Unicode. */
    private String field(int index) {
        return tcvn3 ? Tcvn3.convert(record.get(index)) : record.get(index);
    }

    @Override
    public Cell get(int index) {
        if (made == null || made.column() != index) {
            made = Cell.text(index, CsvInput.nfc(field(index)));
        }
        return made;
    }

    @Override
    public int size() {
        return record.size();
    }

    /** Whether a field is blank (or absent), without making its cell. */
    boolean blank(int index) {
        return index >= record.size() || Cell.blank(record.get(index));
    }

    /** A field's text, untrimmed and not normalised (in Unicode, a TCVN3 file's too); empty when absent. */
    String raw(int index) {
        return index >= record.size() ? "" : field(index);
    }

    /** A field's text in NFC, its spaces made plain ({@link Cell#tidy}); empty when blank or absent. */
    String text(int index) {
        return blank(index) ? "" : Cell.tidy(CsvInput.nfc(field(index)));
    }

    boolean allBlank() {
        for (int i = 0; i < record.size(); i++) {
            if (!Cell.blank(record.get(i))) {
                return false;
            }
        }
        return true;
    }
}
