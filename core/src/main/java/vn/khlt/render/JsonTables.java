package vn.khlt.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.khlt.report.Cell;
import vn.khlt.report.ReportTables;
import vn.khlt.report.Table;

/**
 * The report's tables as JSON: {@code {"plan", "year", "tables": [{"name", "title", "columns":
 * [{"header", "type"}], "rows": [[...]]}]}}; numbers are JSON numbers, blanks {@code null}.
 * Jackson binds the records below and writes them to the stream as it goes.
 */
public final class JsonTables {

    private JsonTables() {
    }

    record Document(String plan, int year, List<TableLine> tables) {
    }

    record TableLine(String name, String title, List<ColumnLine> columns,
            @JsonSerialize(contentUsing = RowWriter.class) List<List<Cell>> rows) {
    }

    record ColumnLine(String header, String type) {
    }

    /** A row's cells: a number as a JSON number (four decimals at most), a blank as null, anything else as text. */
    static final class RowWriter extends JsonSerializer<List<Cell>> {
        @Override
        public void serialize(List<Cell> row, JsonGenerator json, SerializerProvider provider) throws IOException {
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
    }

    /** The document in memory, for tests. */
    public static byte[] write(String plan, int year, List<ReportTables.Named> tables) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            write(plan, year, tables, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON into memory", e);
        }
        return out.toByteArray();
    }

    /** The document, written to a stream as Jackson walks the tables (the stream is left open). */
    public static void write(String plan, int year, List<ReportTables.Named> tables, OutputStream out) throws IOException {
        Json.write(document(plan, year, tables), out);
    }

    private static Document document(String plan, int year, List<ReportTables.Named> tables) {
        return new Document(plan, year, tables.stream().map(named -> new TableLine(named.file(), named.table().title(),
                named.table().columns().stream().map(c -> new ColumnLine(c.header(),
                        c.percent() ? "percent" : c.number() ? "number" : "text")).toList(),
                named.table().rows())).toList());
    }
}
