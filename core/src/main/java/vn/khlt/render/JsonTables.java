package vn.khlt.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The report's tables as JSON: {@code {"plan", "year", "tables": [{"name", "title", "columns":
 * [{"header", "type"}], "rows": [[...]]}]}}; numbers are JSON numbers, blanks {@code null}.
 */
public final class JsonTables {

    private JsonTables() {
    }

    public static ObjectNode render(String plan, int year, List<ReportTables.Named> tables) {
        ObjectNode root = Json.object();
        root.put("plan", plan);
        root.put("year", year);
        ArrayNode array = root.putArray("tables");
        for (ReportTables.Named named : tables) {
            ObjectNode node = array.addObject();
            node.put("name", named.file());
            node.put("title", named.table().title());
            ArrayNode columns = node.putArray("columns");
            for (Table.Column column : named.table().columns()) {
                ObjectNode c = columns.addObject();
                c.put("header", column.header());
                c.put("type", column.percent() ? "percent" : column.number() ? "number" : "text");
            }
            ArrayNode rows = node.putArray("rows");
            for (List<String> row : named.table().rows()) {
                ArrayNode cells = rows.addArray();
                for (int i = 0; i < row.size(); i++) {
                    String cell = row.get(i);
                    BigDecimal number = named.table().columns().get(i).number() ? Cells.number(cell) : null;
                    if (number != null) {
                        cells.add(number);
                    } else if (cell.isEmpty()) {
                        cells.addNull();
                    } else {
                        cells.add(cell);
                    }
                }
            }
        }
        return root;
    }
}
