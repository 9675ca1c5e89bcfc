package vn.khlt.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Association;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;

/**
 * A layout file: what the secretariat knows of an office's recurring form and detection cannot
 * tell, kept beside the inbox ({@value #NAME}) or named with {@code --layout}. Each form matches
 * files by name and says their association, unit, year, period or header rows
 * (docs/huong-dan.md). Jackson binds it; a wrong field or value is refused with its line.
 */
public final class LayoutFile {

    /** The name a layout file has in a folder of submissions, where khlt finds it by itself. */
    public static final String NAME = "khlt-bo-cuc.yaml";

    private static final ObjectReader READER = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build().readerFor(Document.class);

    /** The file as written. */
    record Document(List<Form> forms) {
    }

    /** One form: the files it matches (a name with * and ?), and what is known of them. */
    record Form(String files, String association, String unit, Integer year, String period, String headerRows) {
    }

    /** A form as read, its names resolved to the plan's codes. */
    private record Known(PathMatcher files, String pattern, Optional<String> association, Optional<String> unit,
            Optional<Integer> year, boolean fullYear, Optional<ReadOptions.HeaderRows> headerRows) {
    }

    /** A layout file that cannot be used: why, in both languages, with its place. */
    public static final class InvalidLayoutException extends Exception {
        private final transient Text reason;

        InvalidLayoutException(Text reason) {
            super(reason.en());
            this.reason = reason;
        }

        public Text reason() {
            return reason;
        }
    }

    private final Path file;
    private final List<Known> forms;

    private LayoutFile(Path file, List<Known> forms) {
        this.file = file;
        this.forms = forms;
    }

    public Path file() {
        return file;
    }

    /** Reads a layout file, checking each form against the plan. */
    public static LayoutFile load(Path file, Plan plan) throws InvalidLayoutException, IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Document document;
        try {
            document = READER.readValue(text);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            // a record's unknown field is told once its mapping is read: its own line is found by its name
            String field = e.getPropertyName();
            int line = 1;
            for (String l : text.split("\n", -1)) {
                if (l.strip().startsWith(field + ":") || l.contains(" " + field + ":") || l.contains("{" + field + ":")) {
                    break;
                }
                line++;
            }
            throw invalid(file + ":" + line, "trường '" + field + "' không có trong tệp bố cục (các trường: files, association,"
                    + " unit, year, period, headerRows)", "unknown field '" + field + "' (the fields: files, association, unit,"
                    + " year, period, headerRows)");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr());
            throw invalid(where, "không đúng mẫu (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")",
                    "does not fit (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        List<Known> known = new ArrayList<>();
        for (Form form : document == null || document.forms() == null ? List.<Form>of() : document.forms()) {
            known.add(check(file, form, plan));
        }
        return new LayoutFile(file, known);
    }

    private static Known check(Path file, Form form, Plan plan) throws InvalidLayoutException {
        if (form.files() == null || form.files().isBlank()) {
            throw invalid(file, "một mẫu thiếu 'files' (tên tệp, dùng * và ?)", "a form lacks 'files' (a name with * and ?)");
        }
        Optional<String> association = Optional.empty();
        if (form.association() != null) {
            association = plan.associationNames().find(form.association()).map(Association::code);
            if (association.isEmpty()) {
                throw invalid(file, "không nhận ra đoàn thể '" + form.association() + "'",
                        "unknown association '" + form.association() + "'");
            }
        }
        Optional<String> unit = Optional.empty();
        if (form.unit() != null) {
            unit = plan.unitNames().find(form.unit()).map(ReportingUnit::code);
            if (unit.isEmpty()) {
                throw invalid(file, "không nhận ra đơn vị '" + form.unit() + "'", "unknown unit '" + form.unit() + "'");
            }
        }
        if (form.year() != null && !plan.period().contains(form.year())) {
            throw invalid(file, "năm " + form.year() + " nằm ngoài giai đoạn " + plan.period(),
                    "the year " + form.year() + " is outside the period " + plan.period());
        }
        if (form.period() != null && !form.period().strip().equalsIgnoreCase("year")) {
            throw invalid(file, "period chỉ nhận 'year' (báo cáo cả năm), không phải '" + form.period() + "'",
                    "period takes only 'year' (a full year's report), not '" + form.period() + "'");
        }
        Optional<ReadOptions.HeaderRows> rows = Optional.empty();
        if (form.headerRows() != null) {
            rows = ReadOptions.HeaderRows.parse(form.headerRows());
            if (rows.isEmpty()) {
                throw invalid(file, "headerRows cần một hàng (4) hoặc hai hàng liền nhau (4-5), không phải '"
                        + form.headerRows() + "'", "headerRows needs a row (4) or two rows (4-5), not '" + form.headerRows() + "'");
            }
        }
        String glob = form.files().strip().toLowerCase(Locale.ROOT);
        return new Known(FileSystems.getDefault().getPathMatcher("glob:" + glob), form.files().strip(), association, unit,
                Optional.ofNullable(form.year()), form.period() != null, rows);
    }

    private static InvalidLayoutException invalid(Object where, String vi, String en) {
        return new InvalidLayoutException(Text.of("Tệp bố cục " + where + ": " + vi, "Layout file " + where + ": " + en));
    }

    /** What the layout file says of one file: the first form that matches its name, if any. */
    Optional<Said> forFile(Path input) {
        Path name = Path.of(input.getFileName().toString().toLowerCase(Locale.ROOT));
        for (Known form : forms) {
            if (form.files().matches(name)) {
                return Optional.of(new Said(form.association(), form.unit(), form.year(), form.fullYear(), form.headerRows(),
                        Text.of("tệp bố cục " + file.getFileName() + " (mẫu '" + form.pattern() + "')",
                                "the layout file " + file.getFileName() + " (form '" + form.pattern() + "')")));
            }
        }
        return Optional.empty();
    }

    /** What a form says of a file, and how to name it as a source. */
    record Said(Optional<String> association, Optional<String> unit, Optional<Integer> year, boolean fullYear,
            Optional<ReadOptions.HeaderRows> headerRows, Text origin) {
    }
}
