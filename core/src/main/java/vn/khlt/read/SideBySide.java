package vn.khlt.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.khlt.plan.Names;
import vn.khlt.read.Header.Role;

/**
 * Two tables side by side on the same rows, as a long list of units is printed on a landscape
 * page: {@code Đơn vị | CT08 | CT09 |  | Đơn vị | CT08 | CT09}. The second starts after a blank
 * column, with its own unit's (or indicators') column; each is read under its own header, never
 * the second's figures under the first's columns.
 */
final class SideBySide {

    private SideBySide() {
    }

    /** Where the second table stands: its header's row, and its first column. */
    record Split(int row, int column) {
    }

    /**
     * The place of a second table beside the first, found in a header row that holds the unit's
     * column (or the indicators') twice with a blank column between, and two headings or more on
     * each side of it; empty when no row does.
     */
    static Optional<Split> find(List<Row> rows) {
        for (Row row : rows) {
            List<Integer> units = new ArrayList<>();
            List<Integer> indicators = new ArrayList<>();
            for (Cell cell : row.cells()) {
                Optional<Role> role = cell.kind() == Cell.Kind.TEXT ? Role.of(Names.key(cell.text())) : Optional.empty();
                if (role.equals(Optional.of(Role.UNIT))) {
                    units.add(cell.column());
                } else if (role.equals(Optional.of(Role.INDICATOR))) {
                    indicators.add(cell.column());
                }
            }
            List<Integer> heads = units.size() >= 2 ? units : indicators; // the same heading again: the second table's
            if (heads.size() < 2) {
                continue;
            }
            int first = heads.get(0);
            int second = heads.get(1);
            int gap = -1;
            for (int column = second - 1; column > first && gap < 0; column--) {
                gap = row.filled(column) ? -1 : column;
            }
            if (gap < 0) {
                continue;
            }
            int start = gap;
            while (!row.filled(start)) {
                start++;
            }
            int split = start;
            int blank = gap;
            long left = row.cells().stream().filter(c -> c.column() < blank && !c.blank()).count();
            long right = row.cells().stream().filter(c -> c.column() >= split && !c.blank()).count();
            if (left >= 2 && right >= 2) {
                return Optional.of(new Split(row.number(), split));
            }
        }
        return Optional.empty();
    }
}
