package vn.khlt.plan;

import vn.khlt.finding.Finding;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

    /**
     * The units of the file as list items, their lines recorded in {@code lines}; when the file
     * cannot be read, a problem at the plan's {@code units} field and an empty list.
     */
    static PlanLoader.At read(String name, PlanLoader.Includes includes, Map<String, Integer> lines,
            PlanLoader.Problems problems, PlanLoader.At field) {
        String text;
        try {
            text = includes.read(name);
        } catch (java.nio.file.NoSuchFileException e) {
            problems.add(Finding.PLAN_UNITS_FILE, field, Text.of(
                    "Không tìm thấy tệp đơn vị '%s' (đường dẫn tính từ thư mục của tệp kế hoạch)",
                    "Units file '%s' not found (the path is taken from the plan file's folder)").format(name));
            return none(lines);
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Finding.PLAN_UNITS_FILE, field, Text.of(
                    "Tệp đơn vị '%s' không phải văn bản UTF-8: mở bằng Excel, lưu lại dưới dạng CSV UTF-8",
                    "Units file '%s' is not UTF-8 text: open it in Excel and save it as CSV UTF-8").format(name));
            return none(lines);
        } catch (IOException | UncheckedIOException e) {
            problems.add(Finding.PLAN_UNITS_FILE, field, Text.of("Không đọc được tệp đơn vị '%s': %s",
                    "Cannot read units file '%s': %s").format(name, String.valueOf(e.getMessage())));
            return none(lines);
        }
        ArrayNode units = JsonNodeFactory.instance.arrayNode();
        PlanLoader.At at = new PlanLoader.At(units, POINTER);
        lines.put(POINTER, 1);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            List<String> lacking = new ArrayList<>(List.of("code", "level", "name"));
            lacking.removeAll(header);
            if (!lacking.isEmpty()) {
                problems.add(Finding.PLAN_UNITS_FILE, at, Text.of(
                        "Tệp đơn vị thiếu cột %s: dòng đầu phải là %s",
                        "The units file lacks the column(s) %s: its first line must be %s")
                        .format(String.join(", ", lacking), String.join(",", COLUMNS)));
                return at;
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
                ObjectNode unit = units.addObject();
                lines.put(POINTER + "/" + (units.size() - 1), line);
                put(unit, "code", record, code);
                put(unit, "level", record, level);
                put(unit, "parent", record, parent);
                String vi = value(record, nameVi);
                if (!vi.isEmpty()) {
                    String en = value(record, nameEn);
                    unit.putObject("name").put("vi", vi).put("en", en.isEmpty() ? vi : en);
                }
                String aliases = value(record, aliasesColumn);
                if (!aliases.isEmpty()) {
                    ArrayNode list = unit.putArray("aliases");
                    for (String alias : aliases.split(";")) {
                        if (!alias.isBlank()) {
                            list.add(alias.strip());
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(Finding.PLAN_UNITS_FILE, at, Text.of("Tệp đơn vị '%s' không phải CSV hợp lệ: %s",
                    "Units file '%s' is not valid CSV: %s").format(name, String.valueOf(e.getMessage())));
        }
        return at;
    }

    /** No units: the problem is said once, at the plan's {@code units} field. */
    private static PlanLoader.At none(Map<String, Integer> lines) {
        lines.put(POINTER, 1);
        return new PlanLoader.At(JsonNodeFactory.instance.arrayNode(), POINTER);
    }

    private static void put(ObjectNode unit, String field, CSVRecord record, int column) {
        String value = value(record, column);
        if (!value.isEmpty()) {
            unit.put(field, value);
        }
    }

    /** A field by its column's index (-1 when the file has no such column); empty when the record is short. */
    private static String value(CSVRecord record, int column) {
        return column >= 0 && column < record.size() ? record.get(column) : "";
    }
}
