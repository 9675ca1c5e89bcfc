package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a workbook's parts as other programs than Excel lay them out, and broken packages. */
class XlsxStructureTest {

    @TempDir
    Path dir;

    byte[] workbook;
    List<String> expected;
    /** The name of the workbook's first sheet, whose part is xl/worksheets/sheet1.xml. */
    String sheetName;

    @BeforeEach
    void farmersReport() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxReadingTest.farmersReport(wb);
            sheetName = wb.getSheetName(0);
            wb.write(out);
            workbook = out.toByteArray();
        }
        expected = Reading.of(write("HND_2017.xlsx", workbook)).lines();
        assertThat(expected).hasSize(6);
    }

    @Test
    void absoluteTargetsAsSomeLibrariesWriteThem() throws IOException {
        byte[] absolute = rewrite(workbook, (name, text) -> name.endsWith(".rels")
                ? text.replace("Target=\"worksheets/", "Target=\"/xl/worksheets/")
                        .replace("Target=\"styles.xml", "Target=\"/xl/styles.xml")
                        .replace("Target=\"sharedStrings.xml", "Target=\"/xl/sharedStrings.xml")
                : text);
        assertThat(entry(absolute, "xl/_rels/workbook.xml.rels")).contains("Target=\"/xl/worksheets/sheet1.xml\"");
        Reading reading = Reading.of(write("HND_2017.xlsx", absolute));
        assertThat(reading.lines()).isEqualTo(expected);
    }

    @Test
    void partNamesIgnoreCase() throws IOException {
        byte[] renamed = rename(workbook, "xl/worksheets/sheet1.xml", "xl/Worksheets/Sheet1.XML");
        Reading reading = Reading.of(write("HND_2017.xlsx", renamed));
        assertThat(reading.lines()).isEqualTo(expected);
    }

    @Test
    void strictOpenXmlIsRefusedWithWhatToDo() throws IOException {
        byte[] strict = rewrite(workbook, (name, text) -> name.endsWith(".rels")
                ? text.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships/")
                : text);
        assertThat(entry(strict, "xl/_rels/workbook.xml.rels")).contains("purl.oclc.org/ooxml/officeDocument/relationships/worksheet");
        assertThat(entry(strict, "_rels/.rels")).contains("purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");
        Reading reading = Reading.of(write("HND_2017.xlsx", strict));
        assertThat(reading.figures()).isEmpty();
        assertThat(reading.issues()).containsExactly("corrupt-file");
        assertThat(reading.result().issues().get(0).message().vi()).contains("Strict Open XML",
                "lưu lại dạng Excel Workbook (.xlsx)");
    }

    @Test
    void aZipWithoutAWorkbookIsAnIssue() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bao-cao.csv"));
            zip.write("Đơn vị,CT09\nBa Tri,4\n".getBytes(StandardCharsets.UTF_8));
        }
        Reading reading = Reading.of(write("HND_2017.xlsx", bytes.toByteArray()));
        assertThat(reading.figures()).isEmpty();
        assertThat(reading.issues()).containsExactly("corrupt-file");
        assertThat(reading.result().issues().get(0).message().en()).contains("no workbook in the package");
        assertThat(reading.result().issues().get(0).message().vi())
                .isEqualTo("Tệp bị hỏng hoặc không đọc được (tệp nén không chứa sổ bảng tính nào): mở bằng Excel, lưu lại rồi gửi lại");
    }

    @Test
    void aWorkbookWhoseSheetPartIsMissingIsAnIssue() throws IOException {
        byte[] missing = rename(workbook, "xl/workbook.xml", "xl/book.xml");
        Reading reading = Reading.of(write("HND_2017.xlsx", missing));
        assertThat(reading.figures()).isEmpty();
        assertThat(reading.issues()).containsExactly("corrupt-file");
        assertThat(reading.result().issues().get(0).message().en()).contains("the workbook part is missing");
        assertThat(reading.result().issues().get(0).message().vi()).contains("(thiếu phần sổ bảng tính mà tệp trỏ tới)");
    }

    @Test
    void aWorkbookCutShortSaysSo() throws IOException {
        Reading reading = Reading.of(write("HND_2017.xlsx", java.util.Arrays.copyOf(workbook, workbook.length / 2)));
        assertThat(reading.figures()).isEmpty();
        assertThat(reading.issues()).containsExactly("corrupt-file");
        assertThat(reading.result().issues().get(0).message().en()).startsWith(
                "The workbook is damaged: its .xlsx zip structure cannot be read (often a file cut short in transit)");
        assertThat(reading.result().issues().get(0).message().vi()).startsWith("Tệp bảng tính bị hỏng");
    }

    @Test
    void aSheetWhoseXmlBreaksOffLeavesTheNextWorkbookReadWhole() throws IOException {
        // one thread reads both: its parser, kept from file to file, must start clean after a failure
        byte[] broken = rewrite(workbook, (name, text) -> name.equals("xl/worksheets/sheet1.xml")
                ? text.substring(0, text.indexOf("</sheetData>")) + "<row r=\"99\"><c r=\"A99\" t=\"s\"><v>0</v"
                : text);
        Path first = write("HLHPN_2017.xlsx", broken);
        Path second = write("HND_2017.xlsx", workbook);
        Reading reading = Reading.of(ReadOptions.none(), first, second);
        Reading alone = Reading.of(second);
        assertThat(reading.issues()).first().isEqualTo("corrupt-file " + sheetName + "!");
        assertThat(reading.result().issues().get(0).location().file()).isEqualTo(first.toString());
        // which sheet, where in its XML, and what to do, in words
        assertThat(reading.result().issues().get(0).location().sheet()).isEqualTo(sheetName);
        assertThat(reading.result().issues().get(0).message().vi()).startsWith(
                "Trang tính bị hỏng: nội dung XML dừng giữa chừng hoặc sai cấu trúc (XML dòng ");
        assertThat(reading.result().issues().get(0).message().en()).contains("(XML line ", "open the original in Excel");
        assertThat(reading.issues().subList(1, reading.issues().size())).isEqualTo(alone.issues());
        assertThat(reading.lines()).isEqualTo(expected);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private interface Edit {
        String apply(String name, String text);
    }

    /** The same zip with each entry's text edited. */
    private static byte[] rewrite(byte[] zip, Edit edit) throws IOException {
        return copy(zip, UnaryOperator.identity(), edit);
    }

    private static byte[] rename(byte[] zip, String from, String to) throws IOException {
        return copy(zip, name -> name.equals(from) ? to : name, (name, text) -> text);
    }

    private static byte[] copy(byte[] zip, UnaryOperator<String> names, Edit edit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.putNextEntry(new ZipEntry(names.apply(entry.getName())));
                writeText(out, edit.apply(entry.getName(), text));
            }
        }
        return bytes.toByteArray();
    }

    /** The text of one entry of a zip. */
    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }

    private static void writeText(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
