package vn.khlt.plan;

import vn.khlt.finding.Finding;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.khlt.i18n.Text;

/**
 * A plan's reporting units kept in a CSV file beside it ({@code units: don-vi.csv}), one unit
 * per line under the header {@code code,level,parent,name,name_en,aliases} (aliases separated
 * by {@code ;}): the form a national list of ten thousand communes is kept in. Each line
 * becomes the same entry a {@code units:} list item would be, so that every check of the plan
 * applies and names the line of the units file.
 */
final class UnitsFile {

    /** The JSON pointer under which the file's lines are read; problems under it name the units file. */
    static final String POINTER = "!units";
    private static final List<String> COLUMNS = List.of("code", "level", "parent", "name", "name_en", "aliases");

    private UnitsFile() {
    }

    /** The units of the file, in order; empty when it cannot be read. */
    record Read(List<PlanFile.UnitEntry> units) {
    }

    /**
     * The units of the file as the entries a {@code units:} list would hold, the line of each
     * told to {@code problems}; when the file cannot be read, a problem at the plan's
     * {@code units} field ({@code field}) and no units.
     */
    static Read read(String name, PlanLoader.Includes includes, PlanLoader.Problems problems, String field) {
        String text;
        try {
            text = includes.read(name);
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(Finding.PLAN_UNITS_FILE, field, Text.of(
                    "Không tìm thấy tệp đơn vị '%s' (đường dẫn tính từ thư mục của tệp kế hoạch)",
                    "Units file '%s' not found (the path is taken from the plan file's folder)").format(name));
            return new Read(List.of());
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Finding.PLAN_UNITS_FILE, field, Text.of(
                    "Tệp đơn vị '%s' không phải văn bản UTF-8: mở bằng Excel, lưu lại dưới dạng CSV UTF-8",
                    "Units file '%s' is not UTF-8 text: open it in Excel and save it as CSV UTF-8").format(name));
            return new Read(List.of());
        } catch (IOException | UncheckedIOException e) {
            problems.add(Finding.PLAN_UNITS_FILE, field, Text.of("Không đọc được tệp đơn vị '%s': %s",
                    "Cannot read units file '%s': %s").format(name, String.valueOf(e.getMessage())));
            return new Read(List.of());
        }
        List<PlanFile.UnitEntry> units = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        lines.put(POINTER, 1);
        problems.unitsFile(name, lines);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            List<String> lacking = new ArrayList<>(List.of("code", "level", "name"));
            lacking.removeAll(header);
            if (!lacking.isEmpty()) {
                problems.add(Finding.PLAN_UNITS_FILE, POINTER, Text.of(
                        "Tệp đơn vị thiếu cột %s: dòng đầu phải là %s",
                        "The units file lacks the column(s) %s: its first line must be %s")
                        .format(String.join(", ", lacking), String.join(",", COLUMNS)));
                return new Read(List.of());
            }
            // each column's index looked up once, not three times a field
            Map<String, Integer> headerMap = parser.getHeaderMap();
            int code = headerMap.getOrDefault("code", -1);
            int level = headerMap.getOrDefault("level", -1);
            int parent = headerMap.getOrDefault("parent", -1);
            int nameVi = headerMap.getOrDefault("name", -1);
            int nameEn = headerMap.getOrDefault("name_en", -1);
            int aliasesColumn = headerMap.getOrDefault("aliases", -1);
            long previousEnd = 1;
            for (CSVRecord record : parser) {
                int line = (int) previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                lines.put(POINTER + "/" + units.size(), line);
                String vi = value(record, nameVi);
                String en = value(record, nameEn);
                List<String> aliases = new ArrayList<>();
                for (String alias : value(record, aliasesColumn).split(";")) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.strip());
                    }
                }
                units.add(new PlanFile.UnitEntry(orNull(value(record, code)),
                        vi.isEmpty() ? null : new PlanFile.Words(vi, en.isEmpty() ? vi : en),
                        orNull(value(record, level)), orNull(value(record, parent)), aliases));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(Finding.PLAN_UNITS_FILE, POINTER, Text.of("Tệp đơn vị '%s' không phải CSV hợp lệ: %s",
                    "Units file '%s' is not valid CSV: %s").format(name, String.valueOf(e.getMessage())));
        }
        problems.unitsFile(name, lines);
        return new Read(units);
    }

    /** An empty field is an absent one, as in a list item that leaves it out. */
    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** A field by its column's index (-1 when the file has no such column); empty when the record is short. */
    private static String value(CSVRecord record, int column) {
        return column >= 0 && column < record.size() ? record.get(column) : "";
    }
}
