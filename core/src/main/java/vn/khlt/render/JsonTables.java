package vn.khlt.render;

import vn.khlt.report.ReportTables;
import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The report's tables as JSON: {@code {"plan", "year", "tables": [{"name", "title", "columns":
 * [{"header", "type"}], "rows": [[...]]}]}}; numbers are JSON numbers, blanks {@code null}.
 */
public final class JsonTables {

    private JsonTables() {
    }

    /** The document, written row by row: a national report's tables never sit in memory twice. */
    public static byte[] write(String plan, int year, List<ReportTables.Named> tables) {
        return Json.stream(document(plan, year, tables));
    }

    /** The same document, written to a stream as it is made. */
    public static void write(String plan, int year, List<ReportTables.Named> tables, OutputStream out) throws IOException {
        Json.stream(document(plan, year, tables), out);
    }

    private static Json.Content document(String plan, int year, List<ReportTables.Named> tables) {
        return json -> {
            json.writeStartObject();
            json.writeStringField("plan", plan);
            json.writeNumberField("year", year);
            json.writeArrayFieldStart("tables");
            for (ReportTables.Named named : tables) {
                json.writeStartObject();
                json.writeStringField("name", named.file());
                json.writeStringField("title", named.table().title());
                json.writeArrayFieldStart("columns");
                for (Table.Column column : named.table().columns()) {
                    json.writeStartObject();
                    json.writeStringField("header", column.header());
                    json.writeStringField("type", column.percent() ? "percent" : column.number() ? "number" : "text");
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("rows");
                for (List<Cell> row : named.table().rows()) {
                    json.writeStartArray();
                    for (Cell cell : row) {
                        if (cell instanceof Cell.Number number) {
                            json.writeNumber(Table.stable(number.value()));
                        } else if (cell instanceof Cell.Blank) {
                            json.writeNull();
                        } else {
                            json.writeString(Cells.plain(cell));
                        }
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        };
    }
}
