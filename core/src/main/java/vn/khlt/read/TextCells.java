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
    private final Cell[] made;

    TextCells(CSVRecord record) {
        this.record = record;
        this.made = new Cell[record.size()];
    }

    @Override
    public Cell get(int index) {
        Cell cell = made[index];
        if (cell == null) {
            cell = Cell.text(index, CsvInput.nfc(record.get(index)));
            made[index] = cell;
        }
        return cell;
    }

    @Override
    public int size() {
        return made.length;
    }

    /** Whether a field is blank (or absent), without making its cell. */
    boolean blank(int index) {
        return index >= made.length || record.get(index).isBlank();
    }

    /** A field's text in NFC, trimmed; empty when blank or absent. */
    String text(int index) {
        return blank(index) ? "" : CsvInput.nfc(record.get(index)).strip();
    }

    boolean allBlank() {
        for (int i = 0; i < made.length; i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
