package vn.khlt.render;

import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Renders a {@link Table} as CSV for Excel and for scripts: numbers machine-readable (dot
 * decimal, no grouping), a UTF-8 byte-order mark so that Excel shows a UTF-8 byte-order mark so that Excel shows Vietnamese correctly, RFC 4180 quoting, and text that Excel would take for a formula
 * neutralised with a leading apostrophe (OWASP's advice against CSV injection).
 */
public final class CsvTable {

    /** The byte-order mark, as the first character of the text. */
    public static final String BOM = "\uFEFF";

    private CsvTable() {
    }

    public static String render(Table table) {
        StringWriter out = new StringWriter();
        try {
            print(table, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The same text, in UTF-8, written to a stream as it is made; the stream is left open. */
    public static void write(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        print(table, writer);
        writer.flush();
    }

    private static void print(Table table, Appendable out) throws IOException {
        out.append(BOM);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180); // not closed: that would close the stream
        printer.printRecord(table.columns().stream().map(c -> neutralise(c.header())).toList());
        for (List<Cell> row : table.rows()) {
            Object[] cells = new Object[row.size()];
            for (int i = 0; i < cells.length; i++) {
                Cell cell = row.get(i);
                // numbers as machines read them (3350, 60.5); text that could be a formula neutralised
                cells[i] = cell instanceof Cell.Number ? Cells.plain(cell) : neutralise(Cells.plain(cell));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** Text that begins like a formula gets a leading {@code '}; everything else is left as it is. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + text : text;
    }
}
