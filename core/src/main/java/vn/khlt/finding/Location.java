package vn.khlt.finding;

import java.util.ArrayList;
import java.util.List;
import vn.khlt.i18n.Lang;

/**
 * Where something was read: a file, a sheet, a row and a column as a spreadsheet shows them
 * (row 1-based with title rows counted, column in A1 letters; a CSV's line number). Parts that
 * do not apply are empty ({@code ""}, row 0): a CSV has no sheet, a file-level issue no cell.
 */
public record Location(String file, String sheet, int row, String column) {

    public static Location file(String file) {
        return new Location(file, "", 0, "");
    }

    public Location at(int row, String column) {
        return new Location(file, sheet, row, column);
    }

    public Location row(int row) {
        return new Location(file, sheet, row, "");
    }

    // written out: a record's generated equality builds method handles on first use, at start-up
    @Override
    public boolean equals(Object other) {
        return other instanceof Location l && row == l.row && file.equals(l.file) && sheet.equals(l.sheet)
                && column.equals(l.column);
    }

    @Override
    public int hashCode() {
        return ((file.hashCode() * 31 + sheet.hashCode()) * 31 + row) * 31 + column.hashCode();
    }

    /** The cell in A1 notation ({@code C7}), or the row ({@code 7}), or empty. */
    public String cell() {
        if (row == 0) {
            return column;
        }
        return column + row;
    }

    /** {@code HND_2017.xlsx › Báo cáo › C7}, as messages name a place. */
    public String describe(Lang lang) {
        List<String> parts = new ArrayList<>();
        parts.add(file);
        if (!sheet.isEmpty()) {
            parts.add(sheet);
        }
        if (!cell().isEmpty()) {
            parts.add(column.isEmpty() ? (lang == Lang.EN ? "row " : "dòng ") + row : cell());
        }
        return String.join(" › ", parts);
    }

    private static final String[] NAMES = new String[256];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = name(i);
        }
    }

    /** Column letters of a 0-based index: 0 is A, 25 is Z, 26 is AA. */
    public static String columnName(int index) {
        return index < NAMES.length ? NAMES[index] : name(index);
    }

    /** The 0-based index of column letters, or of a reference's ({@code C7} is 2): A is 0, AA is 26; -1 for none. */
    public static int columnIndex(String reference) {
        int index = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    private static String name(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }
}
