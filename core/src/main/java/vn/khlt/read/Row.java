package vn.khlt.read;

import java.util.List;
import java.util.Optional;

/** A row of a sheet or a CSV record, numbered as the spreadsheet shows it (1-based). */
record Row(int number, List<Cell> cells) {

    Row {
        cells = List.copyOf(cells);
    }

    /** The cell in a column, if the row has a non-blank one there. */
    Optional<Cell> cell(int column) {
        if (column < cells.size() && cells.get(column).column() == column) { // a CSV record: cells by position
            Cell cell = cells.get(column);
            return cell.blank() ? Optional.empty() : Optional.of(cell);
        }
        for (Cell cell : cells) {
            if (cell.column() == column) {
                return cell.blank() ? Optional.empty() : Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The text of a column, trimmed; empty when blank. */
    String text(int column) {
        return cell(column).map(c -> c.text().strip()).orElse("");
    }

    boolean blank() {
        for (Cell cell : cells) {
            if (!cell.blank()) {
                return false;
            }
        }
        return true;
    }
}
