package vn.khlt.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's merged cells, as the officer sees them. A region shows its first cell's text over
 * all its cells; the others show nothing, whatever the file keeps in them (a program may keep
 * what was there before the merge, hidden). For each row, as rows come in order:
 * <ul>
 * <li>the text a region running down over several rows shows in each of its columns, for each
 * row under its first (a unit's name merged over its years' rows, a year's over its units'):
 * only the reader's look-up of whose a row is (its unit, year, association) uses it, a figure is
 * never copied down;</li>
 * <li>the region's first cell marked ({@link Cell#merged}): a figure there stands over other
 * units' or indicators' cells, and whose it is cannot be told;</li>
 * <li>the text a region shows in the columns it covers right of its first cell, on its first row
 * (a plan's *10* merged over the result's column): the result's cell is then no blank but a cell
 * of another's, said where the result is read;</li>
 * <li>the other cells of a region taken out of the row: the officer sees none of them.</li>
 * </ul>
 */
final class MergedCells {

    /** The regions of more than one cell, by their first row. */
    private final List<CellRangeAddress> regions;
    private int next;
    /** The regions whose first row has gone by and whose last has not, with the text each shows. */
    private final Map<CellRangeAddress, String> open = new HashMap<>();

    MergedCells(List<CellRangeAddress> all) {
        List<CellRangeAddress> several = new ArrayList<>();
        for (CellRangeAddress region : all) {
            if (region.getNumberOfCells() > 1) {
                several.add(region);
            }
        }
        several.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
        this.regions = several;
    }

    /**
     * A row (numbered from 1) of its cells, as the officer sees them: the texts merged down into it
     * from the regions above, and across it from a cell on its left. The row's own cells give the
     * texts of the regions it begins; in the list, the first cell of each region is marked and the
     * others taken out.
     */
    Row row(int rowNumber, List<Cell> cells, boolean hidden) {
        if (regions.isEmpty()) {
            return new Row(rowNumber, cells, hidden);
        }
        Map<Integer, String> above = into(rowNumber, cells);
        return new Row(rowNumber, cells, hidden, above, beside(rowNumber - 1));
    }

    /** The texts merged down into a row from the regions above it, by column; empty for a row under none. */
    private Map<Integer, String> into(int rowNumber, List<Cell> cells) {
        int index = rowNumber - 1;
        while (next < regions.size() && regions.get(next).getFirstRow() <= index) {
            CellRangeAddress region = regions.get(next++);
            if (region.getFirstRow() == index) {
                open.put(region, textAt(cells, region.getFirstColumn()));
            }
        }
        Map<Integer, String> above = Map.of();
        for (Iterator<Map.Entry<CellRangeAddress, String>> it = open.entrySet().iterator(); it.hasNext();) {
            Map.Entry<CellRangeAddress, String> entry = it.next();
            CellRangeAddress region = entry.getKey();
            if (region.getLastRow() < index) {
                it.remove();
                continue;
            }
            shownOnce(region, index, cells);
            if (region.getFirstRow() < index && !entry.getValue().isEmpty()) {
                if (above.isEmpty()) {
                    above = new HashMap<>();
                }
                for (int column = region.getFirstColumn(); column <= region.getLastColumn(); column++) {
                    above.put(column, entry.getValue());
                }
            }
        }
        return above;
    }

    /** The texts the regions begun on a row show right of their first cells, by the columns they cover. */
    private Map<Integer, String> beside(int index) {
        Map<Integer, String> beside = Map.of();
        for (Map.Entry<CellRangeAddress, String> entry : open.entrySet()) {
            CellRangeAddress region = entry.getKey();
            if (region.getFirstRow() != index || entry.getValue().isEmpty()) {
                continue;
            }
            if (beside.isEmpty()) {
                beside = new HashMap<>();
            }
            for (int column = region.getFirstColumn() + 1; column <= region.getLastColumn(); column++) {
                beside.put(column, entry.getValue());
            }
        }
        return beside;
    }

    /** In the row's part of a region: its first cell marked, the others gone. */
    private static void shownOnce(CellRangeAddress region, int index, List<Cell> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            Cell cell = cells.get(i);
            if (cell.column() < region.getFirstColumn() || cell.column() > region.getLastColumn()) {
                continue;
            }
            if (index == region.getFirstRow() && cell.column() == region.getFirstColumn()) {
                cells.set(i, cell.asMerged());
            } else {
                cells.remove(i);
            }
        }
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
