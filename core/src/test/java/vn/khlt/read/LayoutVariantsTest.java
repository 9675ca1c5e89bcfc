package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.check.ValidationOptions;
import vn.khlt.pipeline.Pipeline;
import vn.khlt.plan.Plans;

/**
 * Every CSV and workbook sample of samples/layouts written again as offices change such a file
 * without changing its figures (each cell padded with spaces, no-break spaces pasted from the web,
 * capitals, no accents, a semicolon or a tab between fields, a title line above, a signature and a
 * date below, the districts written "Huyện Ba Tri" or "H. Ba Tri", a blank row between the units;
 * a workbook's rows moved down, a column inserted, numbers typed as text, a cover sheet): each is
 * read to exactly the figures its control file lists, as the sample itself is. A reader that
 * reads the plain file right and its copy otherwise counts a wrong number, or loses one, on an
 * office's file; this is how several were found.
 */
class LayoutVariantsTest {

    private static final Path LAYOUTS = Path.of("..", "samples", "layouts");

    /** The districts the samples name, as a copy writes them with their kind. */
    private static final Set<String> DISTRICTS = Set.of("Ba Tri", "Chợ Lách", "Giồng Trôm", "Thạnh Phú", "Bình Đại",
            "Mỏ Cày Nam", "Mỏ Cày Bắc", "Châu Thành");

    /** A copy of a file's rows, and how its text is written. */
    private record Variant(UnaryOperator<List<List<String>>> rows, char delimiter, boolean utf16) {
        static Variant cells(UnaryOperator<String> cell) {
            return new Variant(rows -> rows.stream().map(row -> row.stream().map(cell).toList()).toList(), (char) 0, false);
        }

        static Variant rows(UnaryOperator<List<List<String>>> rows) {
            return new Variant(rows, (char) 0, false);
        }
    }

    private static final Map<String, Variant> VARIANTS = Map.ofEntries(
            Map.entry("cells padded, two spaces between words", Variant.cells(
                    cell -> cell.isBlank() ? cell : " " + cell.replace(" ", "  ") + " ")),
            Map.entry("no-break spaces", Variant.cells(cell -> cell.replace(' ', '\u00A0'))),
            Map.entry("a line broken after each colon", Variant.cells(cell -> cell.replace(": ", ":\n"))),
            Map.entry("capitals", Variant.cells(cell -> cell.toUpperCase(Locale.forLanguageTag("vi")))),
            Map.entry("no accents", Variant.cells(LayoutVariantsTest::withoutAccents)),
            Map.entry("districts with their kind", Variant.cells(
                    cell -> DISTRICTS.contains(cell.strip()) ? "Huyện " + cell.strip() : cell)),
            Map.entry("districts shortened", Variant.cells(cell -> DISTRICTS.contains(cell.strip()) ? "H. " + cell.strip() : cell)),
            Map.entry("a semicolon between fields", new Variant(rows -> rows, ';', false)),
            Map.entry("UTF-16, a tab between fields", new Variant(rows -> rows, '\t', true)),
            Map.entry("a blank row above", Variant.rows(rows -> with(rows, 0, List.of("")))),
            Map.entry("a blank column left", Variant.rows(rows -> rows.stream().map(row -> with(row, 0, "")).toList())),
            Map.entry("a signature and a date below", Variant.rows(rows -> {
                List<List<String>> signed = new ArrayList<>(rows);
                signed.add(List.of(""));
                signed.add(List.of("", "", "Bến Tre, ngày 15 tháng 01 năm 2020"));
                signed.add(List.of("Người lập biểu", "", "", "TM. BAN THƯỜNG VỤ"));
                signed.add(List.of("", "", "", "CHỦ TỊCH"));
                signed.add(List.of("Trần Văn Bình", "", "", "Nguyễn Thị Hoa"));
                return signed;
            })),
            Map.entry("a blank row after each numbered row", Variant.rows(rows -> {
                List<List<String>> spaced = new ArrayList<>();
                for (List<String> row : rows) {
                    spaced.add(row);
                    String first = row.stream().filter(cell -> !cell.isBlank()).findFirst().orElse("").strip();
                    if (first.matches("\\d{1,3}\\.?")) {
                        spaced.add(List.of(""));
                    }
                }
                return spaced;
            })));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCsvSampleWrittenAsOfficesRewriteItReadsTheSame() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(LAYOUTS)) {
            // a layout file's folder reads its files by their names and columns as they are: not rewritten
            samples = files.filter(f -> f.toString().matches(".*\\.(csv|txt|tsv)$") && !f.startsWith(LAYOUTS.resolve("tep-bo-cuc")))
                    .sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples) {
            String text = utf8(sample);
            if (text == null) {
                continue; // a file in TCVN3 or UTF-16: its bytes are what it shows, not rewritten here
            }
            char delimiter = CsvInput.delimiter(text);
            List<List<String>> rows = parse(text, delimiter);
            List<String> expected = expected(sample);
            VARIANTS.forEach((name, variant) -> tests.add(DynamicTest.dynamicTest(LAYOUTS.relativize(sample) + ", " + name, () -> {
                Path copy = Files.createDirectories(dir.resolve(name.replaceAll("[^a-zA-Z0-9]", "-")))
                        .resolve(sample.getFileName());
                String written = print(variant.rows().apply(rows), variant.delimiter() == 0 ? delimiter : variant.delimiter());
                if (variant.utf16()) {
                    Files.writeString(copy, "\uFEFF" + written, StandardCharsets.UTF_16LE);
                } else {
                    Files.writeString(copy, written, StandardCharsets.UTF_8);
                }
                assertThat(counted(copy)).as(name + " of " + sample).containsExactlyInAnyOrderElementsOf(expected);
            })));
        }
        assertThat(tests).hasSizeGreaterThan(VARIANTS.size() * 300);
        return tests.stream();
    }

    /**
     * Every sample that counts a figure, copied under a name that says it is half a year's report
     * ({@code HND_2019_6thang_…}): nothing of it counts, whatever its tables' layout, since only a
     * full year's report gives a year's figures.
     */
    @TestFactory
    Stream<DynamicTest> everySampleNamedForHalfAYearCountsNothing() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(LAYOUTS)) {
            samples = files.filter(f -> f.toString().matches(".*\\.(xlsx|xls|csv|txt|tsv)$")
                    && f.getFileName().toString().matches(".*(?<!\\d)20[12]\\d(?!\\d).*") && !f.startsWith(LAYOUTS.resolve("tep-bo-cuc")))
                    .sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples) {
            if (expected(sample).isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(LAYOUTS.relativize(sample).toString(), () -> {
                String name = sample.getFileName().toString().replaceFirst("(?<!\\d)(20[12]\\d)(?!\\d)", "$1_6thang");
                Path copy = Files.createDirectories(dir.resolve("6thang")).resolve(name);
                Files.copy(sample, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                assertThat(counted(copy)).as(name).isEmpty();
            }));
        }
        assertThat(tests).hasSizeGreaterThan(200);
        return tests.stream();
    }

    /** A copy of a workbook, changed in place. */
    private interface WorkbookVariant {
        void apply(XSSFWorkbook workbook);
    }

    private static final Map<String, WorkbookVariant> WORKBOOK_VARIANTS = Map.of(
            "two rows inserted above", workbook -> workbook.forEach(sheet -> {
                if (sheet.getLastRowNum() >= 0) {
                    sheet.shiftRows(0, sheet.getLastRowNum(), 2);
                }
            }),
            "a column inserted left", workbook -> workbook.forEach(sheet -> {
                int last = 0;
                for (Row row : sheet) {
                    last = Math.max(last, row.getLastCellNum());
                }
                if (last > 0) {
                    sheet.shiftColumns(0, last, 1);
                }
            }),
            "two spaces between words", texts(text -> text.replace(" ", "  ")),
            "no-break spaces", texts(text -> text.replace(' ', '\u00A0')),
            "a line broken after each colon and mark", texts(text -> text.replace(": ", ":\n").replace(") ", ")\n")),
            "capitals", texts(text -> text.toUpperCase(Locale.forLanguageTag("vi"))),
            "no accents", texts(LayoutVariantsTest::withoutAccents),
            "districts with their kind", texts(text -> DISTRICTS.contains(text.strip()) ? "Huyện " + text.strip() : text),
            "numbers typed as text", workbook -> {
                DataFormatter shown = new DataFormatter();
                workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                    if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
                        cell.setCellValue(shown.formatCellValue(cell));
                    }
                })));
            },
            "a cover sheet first", workbook -> {
                workbook.createSheet("Trang bìa").createRow(0).createCell(0).setCellValue("HỘI NÔNG DÂN TỈNH BẾN TRE");
                workbook.setSheetOrder("Trang bìa", 0);
                workbook.setActiveSheet(1);
            });

    private static WorkbookVariant texts(UnaryOperator<String> change) {
        return workbook -> workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                cell.setCellValue(change.apply(cell.getStringCellValue()));
            }
        })));
    }

    /**
     * Every workbook sample (.xlsx) changed as offices change one without changing its figures (rows
     * or a column inserted, spaces and line breaks typed otherwise, capitals, no accents, numbers
     * typed as text, a cover sheet) and saved again by POI: each read to its control file's figures.
     * A workbook typed in TCVN3 is only moved about: its letters are bytes of another code.
     */
    @TestFactory
    Stream<DynamicTest> everyWorkbookSampleChangedAsOfficesChangeItReadsTheSame() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(LAYOUTS)) {
            samples = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples) {
            List<String> expected = expected(sample);
            boolean tcvn3 = new Pipeline(Plans.defaultPlan()).validate(List.of(sample), ReadOptions.none(),
                    ValidationOptions.defaults()).issues().stream().anyMatch(issue -> issue.code().equals("tcvn3-text"));
            WORKBOOK_VARIANTS.forEach((name, variant) -> {
                if (tcvn3 && !name.startsWith("two rows") && !name.startsWith("a column")) {
                    return;
                }
                tests.add(DynamicTest.dynamicTest(LAYOUTS.relativize(sample) + ", " + name, () -> {
                    Path copy = Files.createDirectories(dir.resolve(name.replaceAll("[^a-zA-Z0-9]", "-")))
                            .resolve(sample.getFileName());
                    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(sample));
                            OutputStream out = Files.newOutputStream(copy)) {
                        variant.apply(workbook);
                        workbook.write(out);
                    }
                    assertThat(counted(copy)).as(name + " of " + sample).containsExactlyInAnyOrderElementsOf(expected);
                }));
            });
        }
        assertThat(tests).hasSizeGreaterThan(WORKBOOK_VARIANTS.size() * 50);
        return tests.stream();
    }

    /** A file's text when it is UTF-8 (its byte-order mark left out); null otherwise. */
    private static String utf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static List<List<String>> parse(String text, char delimiter) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static String print(List<List<String>> rows, char delimiter) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toString();
    }

    /** The figures the sample's control file lists, none for a refused one. */
    private static List<String> expected(Path sample) throws IOException {
        Path expected = sample.resolveSibling(sample.getFileName() + ".expected");
        if (!Files.exists(expected)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size());
    }

    private static Set<String> counted(Path file) {
        Set<String> counted = new TreeSet<>();
        new Pipeline(Plans.defaultPlan()).validate(List.of(file), ReadOptions.none(), ValidationOptions.defaults())
                .facts().forEach(fact -> counted.add(LayoutSamplesTest.line(fact)));
        return counted;
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static <T> List<T> with(List<T> list, int at, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(at, item);
        return longer;
    }
}
