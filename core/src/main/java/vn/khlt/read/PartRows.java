package vn.khlt.read;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Names;
import vn.khlt.read.Header.Role;

/**
 * Rows that say, in a column nothing is read from, which part of a figure they hold: a block of
 * rows by part ("Kế hoạch", "Thực hiện", "Tỷ lệ %"), or a unit's or an indicator's row a year
 * ("2018", then "2019"). Only the result's row of the table's year is read; the others are passed
 * over, said in the table's note. A block's result row whose unit or indicator cell is blank is the
 * block's first row's, carried here until the row is read.
 */
final class PartRows {

    /** The table's header (a sheet's next table has its own). */
    private final Supplier<Header> header;
    /** The year a row's figures are read as, when known. */
    private final Function<Row, OptionalInt> rowsYear;
    /** Passes a row over, saying why, in the table's note. */
    private final BiConsumer<Row, Text> skip;

    PartRows(Supplier<Header> header, Function<Row, OptionalInt> rowsYear, BiConsumer<Row, Text> skip) {
        this.header = header;
        this.rowsYear = rowsYear;
        this.skip = skip;
    }

    /** A row is about to be read: what a block carried to the row before is its no more. */
    void nextRow() {
        carriedUnit = null;
        carriedIndicator = null;
    }

    /** The table ends: a block of rows by part never runs on into the next table. */
    void endTable() {
        blockUnit = null;
    }

    /** A table across's rows were read: the indicators carried to them are done with. */
    void endAcross() {
        carriedIndicators.clear();
    }

    /** The unit carried to the row being read from its block's first row, or null. */
    String carriedUnit() {
        return carriedUnit;
    }

    /** In a long table, the indicator carried to the row being read from its block's first row, or null. */
    String carriedIndicator() {
        return carriedIndicator;
    }

    /** In a table across, the indicator carried to a row from its block's first row, or empty. */
    String carriedIndicator(int rowNumber) {
        return carriedIndicators.getOrDefault(rowNumber, "");
    }

    /**
     * A unit's figures given as a block of rows, each saying in a column of its own what it holds
     * ("Nội dung: Kế hoạch", "Thực hiện", "Tỷ lệ %"): only the result's row is read, the others are
     * passed over. The result's row of a block whose unit cell is blank (merged down over the block)
     * is the unit named on the block's first row; without another row of the block, a blank unit
     * cell is still refused ({@code missing-unit}).
     */
    boolean other(Row row) {
        Header.Part part = rowPart(row);
        if (part == null || header.get().layout == Header.Layout.ACROSS && !row.holdsNumber()) {
            // in a table across, words alone ("| Kế hoạch | Thực hiện" under each unit) are a header's row, not a part's
            blockUnit = null;
            return false;
        }
        // whose the block is: a unit's in a table of units, an indicator's (and its unit's) in a long table or one across
        boolean byIndicator = header.get().layout != Header.Layout.WIDE;
        OptionalInt ownerColumn = header.get().column(byIndicator ? Role.INDICATOR : Role.UNIT);
        String own = ownerColumn.isPresent() ? row.text(ownerColumn.getAsInt()) : "";
        if (!own.isEmpty()) {
            blockUnit = own;
            OptionalInt unitColumn = header.get().column(Role.UNIT);
            blockIndicatorsUnit = byIndicator && unitColumn.isPresent() ? row.text(unitColumn.getAsInt()) : "";
            blockResultRead = false;
            blockWithOthers = false;
        }
        if (part == Header.Part.RESULT) {
            if (own.isEmpty() && blockUnit != null && blockWithOthers && !blockResultRead) {
                if (header.get().layout == Header.Layout.ACROSS) {
                    carriedIndicators.put(row.number(), blockUnit); // "CT08 | Kế hoạch", then " | Thực hiện": CT08's result
                } else if (byIndicator) {
                    carriedIndicator = blockUnit; // one unit's report: "CT08 | hộ | Kế hoạch", then "| | Thực hiện"
                    OptionalInt unitColumn = header.get().column(Role.UNIT);
                    boolean ownUnit = unitColumn.isPresent() && row.filled(unitColumn.getAsInt());
                    carriedUnit = ownUnit || blockIndicatorsUnit.isEmpty() ? null : blockIndicatorsUnit;
                } else {
                    carriedUnit = blockUnit;
                }
            }
            blockResultRead = true; // a block has one result row
            return false;
        }
        blockWithOthers = true;
        if (!row.blank() && partYear != 0) {
            int year = rowsYear.apply(row).getAsInt();
            skip.accept(row, Text.of("dòng của năm %d, không phải năm %d của bảng, không tính",
                    "a row of the year %d, not the table's %d, not counted").format(partYear, year));
        } else if (!row.blank()) {
            skip.accept(row, Text.of("dòng " + part.label().vi() + ", không phải kết quả, không tính",
                    "a row of the " + part.label().en() + ", not the result, not counted"));
        }
        return true;
    }

    /** The year a row's cell names left of the figures (" | 2018 | 10 | 2"), when {@link #rowPart} found one; else 0. */
    private int partYear;

    /** The unit (in a table across, the indicator) named on the first row of a block of rows by part, until its result's row is read. */
    private String blockUnit;
    /** In a long table, the unit named on a block's first row beside its indicator, or empty. */
    private String blockIndicatorsUnit = "";
    /** In a long table, the indicator of a block's result row whose own indicator cell is blank. */
    private String carriedIndicator;
    /** In a table across, the indicator of a block's result row whose own indicator cell is blank, by row number. */
    private final Map<Integer, String> carriedIndicators = new HashMap<>();
    /** Whether the block has a row that is not its result, and whether its result's row was read. */
    private boolean blockWithOthers;
    private boolean blockResultRead;
    /** The unit of a block's result row whose own unit cell is blank. */
    private String carriedUnit;

    /** Whether a row says in a column nothing is read from which part of a figure it holds, or its year ("Kế hoạch", "2018"). */
    boolean saysItsPart(Row row) {
        return rowPart(row) != null;
    }

    /**
     * What a column that is not read says the row holds (a plan, a result, a ratio), or null: only
     * a cell that is the name of a part and nothing more ("Kế hoạch", "TH", "Tỷ lệ %"), never words
     * that merely begin like one (an assessment: "Đạt", "Kế hoạch đề ra đã đạt").
     */
    private Header.Part rowPart(Row row) {
        partYear = 0;
        for (int column : unreadOf(row)) {
            Cell cell = row.at(column);
            Header.Part part = cell == null ? null : cellsPart(row, cell, column);
            if (part != null) {
                return part;
            }
        }
        return null;
    }

    /**
     * The columns of a row that nothing is read from, where it may say what it holds: the header's
     * ({@link Header#partColumns}), and a workbook's cells beyond the header's last title ("KH",
     * "Số liệu năm 2018" right of the figures; a CSV's row so is refused as shifted).
     */
    int[] unreadOf(Row row) {
        int[] columns = header.get().partColumns();
        if (row.cells() instanceof TextCells) {
            return columns;
        }
        int last = header.get().lastTitledColumn();
        int beyond = 0;
        for (Cell cell : row.cells()) {
            beyond += cell.column() > last && !cell.blank() ? 1 : 0;
        }
        if (beyond == 0) {
            return columns;
        }
        int[] all = java.util.Arrays.copyOf(columns, columns.length + beyond);
        int at = columns.length;
        for (Cell cell : row.cells()) {
            if (cell.column() > last && !cell.blank()) {
                all[at++] = cell.column();
            }
        }
        return all;
    }

    /** What one cell of a column nothing is read from says its row holds (a part, a year), or null. */
    private Header.Part cellsPart(Row row, Cell cell, int column) {
        Header.Part year = rowYear(row, cell, column);
        if (year != null) {
            return year;
        }
        if (cell.kind() != Cell.Kind.TEXT || cell.text().length() > 30
                || Header.Part.ofText(header.get().titles.getOrDefault(column, "")) == Header.Part.MEASURE_UNIT) {
            return null; // "ĐVT | Tỷ lệ": what the row's figure is counted in, held against its indicator elsewhere
        }
        String key = Names.key(cell.text());
        if (ROW_PARTS.contains(key)) {
            return Header.Part.ofText(cell.text());
        }
        java.util.regex.Matcher ofAYear = PART_OF_A_YEAR.matcher(key);
        if (ofAYear.matches() && ROW_PARTS.contains(ofAYear.group(1))) {
            // "KH 2019", "Thực hiện năm 2019"; "Thực hiện năm 2018" in a report of 2019 is the year before's
            return ofTheYear(row, Header.Part.ofText(ofAYear.group(1)), Integer.parseInt(ofAYear.group(2)));
        }
        return cell.text().strip().equals("%") ? Header.Part.RATIO : null; // "Ba Tri | KH", " | TH", " | %"
    }

    /**
     * A year alone ("2018", "Năm 2018") in a column left of the figures, where no column of years is
     * read: the row's year, each unit's or indicator's rows one a year. The table's year is the result;
     * another year's row is the year before (or a forecast), never the table's. Null when the cell says no year.
     */
    private Header.Part rowYear(Row row, Cell cell, int column) {
        OptionalInt year = yearAlone(cell, column);
        return year.isPresent() && rowsYear.apply(row).isPresent() ? ofTheYear(row, Header.Part.RESULT, year.getAsInt()) : null;
    }

    /** A row's part said with a year: a result of another year than the table's is the year before's (or a forecast). */
    private Header.Part ofTheYear(Row row, Header.Part part, int said) {
        OptionalInt table = rowsYear.apply(row);
        if (part != Header.Part.RESULT || table.isEmpty() || table.getAsInt() == said) {
            return part;
        }
        partYear = said;
        return Header.Part.PREVIOUS;
    }

    /** The year a cell left of the figures says and nothing else ("2018", "Năm 2018"), where no column of years is read. */
    OptionalInt yearAlone(Cell cell, int column) {
        if (column >= header.get().firstFigureColumn() || header.get().column(Role.YEAR).isPresent()
                || !YEARS_TITLES.contains(Names.key(header.get().titles.getOrDefault(column, ""))) // not "Năm thành lập"
                || cell.kind() != Cell.Kind.TEXT && cell.kind() != Cell.Kind.NUMBER || cell.text().length() > 12) {
            return OptionalInt.empty();
        }
        java.util.regex.Matcher year = YEAR_ALONE.matcher(Names.key(cell.text()));
        return year.matches() ? OptionalInt.of(Integer.parseInt(year.group(1))) : OptionalInt.empty();
    }

    /** A part's name and a year, as a key: "kh 2019", "thuc hien nam 2019". */
    private static final java.util.regex.Pattern PART_OF_A_YEAR = java.util.regex.Pattern.compile("(.+?) (?:nam )?((?:19|20)\\d\\d)");

    /** The titles of a column that may say each row's year: none, or what a row holds. */
    private static final Set<String> YEARS_TITLES = Set.of("", "noi dung", "ky", "thoi gian", "ky bao cao", "nam");

    private static final java.util.regex.Pattern YEAR_ALONE = java.util.regex.Pattern.compile("(?:nam )?((?:19|20)\\d\\d)");

    /** The names of a row's part, whole, as a column beside the unit gives them ("Nội dung: Kế hoạch"). */
    private static final Set<String> ROW_PARTS = Set.of("ke hoach", "kh", "ke hoach giao", "chi tieu giao", "thuc hien",
            "th", "ket qua", "ket qua thuc hien", "ket qua dat duoc", "ket qua dat", "uoc thuc hien", "uoc th", "nam nay", "ky nay", "ty le", "so voi ke hoach", "so voi kh",
            "luy ke", "cong don", "cung ky", "cung ky nam truoc", "thuc hien nam truoc", "nam truoc", "trong do");
}
