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

    /** A field of one to nine ASCII digits and nothing else, as its number; -1 for anything else. */
    int digits(int index) {
        if (index < 0 || index >= made.length) {
            return -1;
        }
        String field = record.get(index);
        int length = field.length();
        if (length == 0 || length > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
