package vn.khlt.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's merged cells that run down over several rows, as a unit's name merged over its
 * years' rows, or a year's over its units': for each row under a region's first, the text
 * the region shows in each of its columns. Rows come in order; a region's text is its first
 * cell's, taken when its first row goes by. Only the reader's look-up of whose a row is (its
 * unit, year, association) uses it; a figure is never copied down.
 */
final class MergedCells {

    /** The regions over more than one row, by their first row. */
    private final List<CellRangeAddress> regions;
    private int next;
    /** The regions whose first row has gone by and whose last has not, with the text each shows. */
    private final Map<CellRangeAddress, String> open = new HashMap<>();

    MergedCells(List<CellRangeAddress> all) {
        List<CellRangeAddress> down = new ArrayList<>();
        for (CellRangeAddress region : all) {
            if (region.getLastRow() > region.getFirstRow()) {
                down.add(region);
            }
        }
        down.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        this.regions = down;
    }

    /**
     * The texts merged down into a row (numbered from 1) from the regions above it, by column;
     * empty for a row under none. The row's own cells give the texts of the regions it begins.
     */
    Map<Integer, String> into(int rowNumber, List<Cell> cells) {
        if (regions.isEmpty()) {
            return Map.of();
        }
        int index = rowNumber - 1;
        Map<Integer, String> above = Map.of();
        for (Iterator<Map.Entry<CellRangeAddress, String>> it = open.entrySet().iterator(); it.hasNext();) {
            Map.Entry<CellRangeAddress, String> region = it.next();
            if (region.getKey().getLastRow() < index) {
                it.remove();
            } else if (region.getKey().getFirstRow() < index && !region.getValue().isEmpty()) {
                if (above.isEmpty()) {
                    above = new HashMap<>();
                }
                for (int column = region.getKey().getFirstColumn(); column <= region.getKey().getLastColumn(); column++) {
                    above.put(column, region.getValue());
                }
            }
        }
        while (next < regions.size() && regions.get(next).getFirstRow() <= index) {
            CellRangeAddress region = regions.get(next++);
            if (region.getFirstRow() == index) {
                open.put(region, textAt(cells, region.getFirstColumn()));
            }
        }
        return above;
    }

    private static String textAt(List<Cell> cells, int column) {
        for (Cell cell : cells) {
            if (cell.column() == column) {
                return cell.blank() ? "" : cell.text().strip();
            }
        }
        return "";
    }
}
