package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders, and files that are not what they should be: each an issue, and the others still read. */
class InputsTest {

    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedInAStableOrderSkippingWhatIsNoSubmission() throws IOException {
        write("b/HND_2017.csv", "Đơn vị,CT09\nBa Tri,1\n");
        write("a/DTN_2017.csv", "Đơn vị,CT09\nBa Tri,2\n");
        write("a/~$DTN_2017.xlsx", "lock");
        write("a/.hidden.csv", "Đơn vị,CT09\nBa Tri,3\n");
        write(".git/x.csv", "Đơn vị,CT09\nBa Tri,3\n");
        write("a/ghi-chu.docx", "not a sheet");
        write("a/so-lieu.json", "{}");
        write("c/HCCB_2017.txt", "Đơn vị\tCT09\nBa Tri\t4\n"); // Excel's "Text (Tab delimited)"
        Reading reading = Reading.of(dir);
        assertThat(reading.lines()).containsExactly("DTN BA-TRI 2017 CT09 2 @B2", "HND BA-TRI 2017 CT09 1 @B2",
                "HCCB BA-TRI 2017 CT09 4 @B2");
        assertThat(reading.result().issues()).extracting(i -> i.code() + " " + dir.relativize(Path.of(i.location().file())))
                .containsExactly("skipped a/.hidden.csv", "skipped a/ghi-chu.docx", "skipped a/so-lieu.json",
                        "skipped a/~$DTN_2017.xlsx");
        assertThat(reading.result().issues().get(2).message().en())
                .isEqualTo("Neither a workbook (.xlsx, .xlsm, .xls) nor a CSV file (.csv, .txt, .tsv), skipped");
        assertThat(reading.result().issues().get(1).message().en())
                .startsWith("A document (Word, PDF), not a workbook: skipped. If it is a unit's report of figures");
    }

    @Test
    void anExcelBinaryWorkbookInAFolderIsRefusedWithHowToSaveItAsXlsx() throws IOException {
        // an .xlsb package: its workbook part is workbook.bin, which khlt does not read
        Path file = dir.resolve("HND_2019.xlsb");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel."
                    + "sheet.binary.macroEnabled.main\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.bin"));
            zip.write(new byte[] {(byte) 0x83, 0x01, 0x00});
        }
        Reading reading = Reading.of(dir);
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.issues()).containsExactly("corrupt-file");
        assertThat(reading.result().issues().get(0).message().en()).contains("Excel Binary Workbook (.xlsb)")
                .contains("save it as Excel Workbook (.xlsx)");
    }

    @Test
    void anOpenDocumentTextUnderAWorkbooksNameIsSaidToBeNoSpreadsheet() throws IOException {
        // a district's report typed in LibreOffice Writer, renamed as the inbox asks
        Path file = dir.resolve("HND_2019_Ba-Tri.xlsx");
        byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type);
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            java.util.zip.ZipEntry mimetype = new java.util.zip.ZipEntry("mimetype"); // first and stored, as the format asks
            mimetype.setMethod(java.util.zip.ZipEntry.STORED);
            mimetype.setSize(type.length);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.issues()).containsExactly("not-a-spreadsheet");
        assertThat(reading.result().issues().get(0).message().en())
                .startsWith("The file is an OpenDocument document (from LibreOffice or OpenOffice), not a spreadsheet");
    }

    @Test
    void anOpenDocumentSpreadsheetInAFolderIsRefusedWithHowToSendItNotSkippedWithANote() throws IOException {
        // LibreOffice Calc's own format, as an office that uses it saves a return; once more under an Excel name
        Path ods = Path.of("../samples/layouts/csv-van-phong/HND_2017-2019_luu-bang-libreoffice.ods");
        Files.createDirectories(dir.resolve("a"));
        Files.copy(ods, dir.resolve("a/HND_2019.ods"));
        Files.copy(ods, dir.resolve("a/HND_2019_Ba-Tri.xlsx"));
        Reading reading = Reading.of(dir);
        assertThat(reading.lines()).isEmpty();
        assertThat(reading.result().issues()).extracting(i -> i.code() + " " + dir.relativize(Path.of(i.location().file())))
                .containsExactly("not-a-spreadsheet a/HND_2019.ods", "not-a-spreadsheet a/HND_2019_Ba-Tri.xlsx");
        assertThat(reading.result().issues().get(0).message().vi()).startsWith("Tệp là bảng tính OpenDocument (.ods")
                .contains("Excel 2007-365 (.xlsx)");
    }

    @Test
    void aReportFolderKhltWroteIsSkippedUnlessItIsTheInputNamed() throws IOException {
        write("HND_2017.csv", "Đơn vị,CT09\nBa Tri,1\n");
        write("khlt-report-2017/" + Submissions.REPORT_MARK, "khlt");
        write("khlt-report-2017/so-lieu.csv", "association,unit,year,indicator,value,numerator,denominator\n"
                + "HND,BA-TRI,2017,CT09,1,,\n");
        write("khlt-report-2017/con/HND_2016.csv", "Đơn vị,CT09\nBa Tri,5\n");
        Reading inbox = Reading.of(dir);
        assertThat(inbox.lines()).containsExactly("HND BA-TRI 2017 CT09 1 @B2");
        assertThat(inbox.result().issues()).extracting(i -> i.code() + " " + dir.relativize(Path.of(i.location().file())))
                .containsExactly("skipped khlt-report-2017");
        Reading report = Reading.of(dir.resolve("khlt-report-2017"));
        assertThat(report.issues()).isEmpty(); // named, it is read; its mark is no submission
        assertThat(report.lines()).containsExactly("HND BA-TRI 2016 CT09 5 @B2", "HND BA-TRI 2017 CT09 1 @E2");
    }

    @Test
    void aMissingInputIsAnErrorAndTheOthersAreStillRead() throws IOException {
        Path good = write("HND_2017.csv", "Đơn vị,CT09\nBa Tri,1\n");
        Reading reading = Reading.of(dir.resolve("none.csv"), good);
        assertThat(reading.issues()).containsExactly("file-not-found");
        assertThat(reading.figures()).hasSize(1);
    }

    @Test
    void emptyBinaryAndHeaderlessFiles() throws IOException {
        Path empty = write("HND_2017_a.csv", "");
        Path binary = dir.resolve("HND_2017_b.csv");
        Files.write(binary, new byte[] {1, 2, 0, 4, 5, 0, 7});
        Path headerOnly = write("HND_2017_c.csv", "Đơn vị,CT09\n");
        Path noHeader = write("HND_2017_d.csv", "xin chào\nbáo cáo\n");
        Reading reading = Reading.of(empty, binary, headerOnly, noHeader);
        // a header alone gives nothing: said, never silent
        assertThat(reading.issues()).containsExactly("empty-file", "not-a-spreadsheet", "no-figures", "no-header");
        assertThat(reading.figures()).isEmpty();
    }

    @Test
    void aPasswordProtectedWorkbookIsAnIssue() throws Exception {
        Path encrypted = dir.resolve("HND_2017.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("A").createRow(0).createCell(0).setCellValue("Đơn vị");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bí mật");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(Reading.of(encrypted).issues()).containsExactly("encrypted");
    }

    @Test
    void aFileThatBreaksPartWayGivesNoFiguresAtAll() throws IOException {
        StringBuilder text = new StringBuilder("Đơn vị,CT09\n");
        while (text.length() < 1_200_000) {
            text.append("Ba Tri,1\n");
        }
        Path file = dir.resolve("HND_2017.csv");
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 10);
        System.arraycopy("Ba Tri,".getBytes(StandardCharsets.UTF_8), 0, bytes, good.length, 7);
        bytes[good.length + 7] = (byte) 0xFF;
        bytes[good.length + 8] = '\n';
        bytes[good.length + 9] = '\n';
        Files.write(file, bytes);
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("bad-encoding");
        assertThat(reading.figures()).isEmpty();
        assertThat(reading.result().figures()).isZero();
    }

    @Test
    void aFileThatVanishesBeforeItIsReadIsAnIssueAndTheOthersAreRead() throws IOException {
        Path first = write("a/HND_2017.csv", "Đơn vị,CT09\nBa Tri,1\n");
        Path second = write("b/DTN_2017.csv", "Đơn vị,CT09\nBa Tri,2\n");
        Path third = write("c/HCCB_2017.csv", "Đơn vị,CT09\nBa Tri,3\n");
        java.util.List<Figure> figures = new java.util.ArrayList<>();
        FigureSink deleting = new FigureSink() {
            @Override
            public void accept(Figure figure) {
                figures.add(figure);
                try {
                    Files.deleteIfExists(second); // taken away while the first file is being read
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void discard(String file) {
            }
        };
        // one file at a time, so that the second is surely gone when its turn comes
        ReadResult result = Submissions.read(Reading.PLAN, java.util.List.of(dir), ReadOptions.none(), deleting);
        assertThat(result.issues()).extracting(i -> i.code() + " " + Path.of(i.location().file()).getFileName())
                .containsExactly("unreadable DTN_2017.csv");
        assertThat(figures).extracting(f -> f.owner()).containsExactly("HND", "HCCB");
        assertThat(first).exists();
        assertThat(third).exists();
    }

    @Test
    void inputFilesAreNeverModified() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,CT09\nBa Tri,1\n");
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        Reading.of(dir);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A return that gives nothing is a finding with its file, never silence. */
    @Test
    void aReturnWithoutFiguresIsAFinding() throws IOException {
        write("HND_2019.csv", "Đơn vị,CT08\n");
        write("HLHPN_2019.csv", "Đơn vị,CT08\nBa Tri,\nChợ Lách,\n");
        Path empty = dir.resolve("DTN_2019.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(empty)) {
            wb.createSheet("Báo cáo");
            wb.createSheet("Sheet2");
            wb.write(out);
        }
        write("HCCB_2019.csv", "Đơn vị,CT08\nBa Tri,4\n");
        Reading reading = Reading.of(dir);
        assertThat(reading.lines()).containsExactly("HCCB BA-TRI 2019 CT08 4 @B2", "HLHPN BA-TRI 2019 CT08 missing @B2",
                "HLHPN CHO-LACH 2019 CT08 missing @B3");
        assertThat(reading.result().issues()).filteredOn(i -> i.code().equals("no-figures"))
                .extracting(i -> dir.relativize(Path.of(i.location().file())) + ": " + i.message().en())
                .containsExactly("HLHPN_2019.csv: The file gives no figure: every figure's cell is blank",
                        "HND_2019.csv: The file gives no figure: only a header, or no table khlt can read");
        // a workbook of empty sheets already says it has no table: one finding is enough
        assertThat(reading.result().issues()).filteredOn(i -> i.location().file().endsWith("DTN_2019.xlsx"))
                .extracting(i -> i.code()).containsExactly("no-header");
    }

    /** A FIFO among the inputs is skipped unopened: nothing waits on it (it would block whoever reads it). */
    @Test
    void aFifoIsSkippedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("HND_2019.csv");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no mkfifo on this machine");
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        write("DTN_2019.csv", "Đơn vị,CT08\nBa Tri,4\n");
        Reading folder = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> Reading.of(dir));
        assertThat(folder.lines()).containsExactly("DTN BA-TRI 2019 CT08 4 @B2");
        assertThat(folder.result().issues()).extracting(i -> i.code() + " " + dir.relativize(Path.of(i.location().file())))
                .containsExactly("not-a-regular-file HND_2019.csv");
        Reading named = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> Reading.of(fifo));
        assertThat(named.result().issues()).extracting(i -> i.code()).containsExactly("not-a-regular-file");
    }

    /** A watcher is told of the files, of each as its reading starts with the figures read before it, and of the end. */
    @Test
    void aWatcherIsToldOfEachFile() throws IOException {
        write("a/HND_2017.csv", "Đơn vị,CT09\nBa Tri,1\n");
        write("b/DTN_2017.csv", "Đơn vị,CT09\nBa Tri,2\n");
        java.util.List<String> told = new java.util.ArrayList<>();
        java.util.List<Path> files = new java.util.ArrayList<>();
        ReadOptions watched = ReadOptions.none().withProgress(new ReadOptions.Progress() {
            @Override
            public void start(java.util.List<Path> all) {
                files.addAll(all);
            }

            @Override
            public void file(int index, long figures) {
                told.add(index + 1 + "/" + files.size() + " " + files.get(index).getFileName() + " after " + figures);
            }

            @Override
            public void done() {
                told.add("done");
            }
        });
        Reading.of(watched, dir);
        assertThat(told).containsExactly("1/2 HND_2017.csv after 0", "2/2 DTN_2017.csv after 1", "done");
    }
}
