package vn.khlt.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.finding.Severity;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Plan;
import vn.khlt.read.Attribution.Attribute;

/**
 * One submitted file, read for what its bytes are (XLSX, XLS or CSV, whatever its name says)
 * into figures with their sources, with its own issues and the tables understood. A file that
 * cannot be read becomes an issue; the figures of a file that breaks part-way are discarded
 * from the sink.
 */
final class SubmissionFile {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** What reading a file gave besides its figures: how many (0 when it was discarded), its issues and tables. */
    record Outcome(long figures, List<Issue> issues, List<TableNote> tables) {
    }

    private final Plan plan;
    private final ReadOptions options;
    private final Clues clues;
    private final Path file;
    private final Optional<LayoutFile> layout;
    /** The file's period and header rows: the options', or its layout form's. */
    private boolean fullYear;
    private Optional<ReadOptions.HeaderRows> headerRows = Optional.empty();
    private final List<Issue> issues = new ArrayList<>();
    /** What was understood of each table read, in reading order. */
    private final List<TableNote> tables = new ArrayList<>();

    /** A file to read with the batch's clues (names resolved in earlier files) and its layout file. */
    SubmissionFile(Plan plan, ReadOptions options, Clues clues, Path file, Optional<LayoutFile> layout) {
        this.plan = plan;
        this.options = options;
        this.clues = clues;
        this.file = file;
        this.layout = layout;
    }

    /** Reads the file, handing its figures to the sink; a file not read whole is discarded from it. */
    Outcome read(FigureSink sink) {
        String name = file.toString();
        Location location = Location.file(name);
        long[] count = {0, 0};
        FigureSink figures = new FigureSink() {
            @Override
            public void accept(Figure figure) {
                count[0]++;
                count[1] += figure.missing() ? 0 : 1;
                sink.accept(figure);
            }

            @Override
            public void discard(String file) {
                sink.discard(file);
            }
        };
        boolean whole = false;
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8192);
            }
            if (head.length == 0) {
                issues.add(new Issue(Finding.EMPTY_FILE, location, Text.of(
                        "Tệp rỗng (0 byte): gửi lại tệp báo cáo", "The file is empty (0 bytes): send the report again")));
                return new Outcome(0, issues, tables);
            }
            Optional<LayoutFile.Said> said = layout.flatMap(l -> l.forFile(file));
            fullYear = options.fullYear() || said.map(LayoutFile.Said::fullYear).orElse(false);
            headerRows = options.headerRows().or(() -> said.flatMap(LayoutFile.Said::headerRows));
            Attribution claims = fileClaims(file, said);
            Optional<String> openDocument = startsWith(head, ZIP) ? openDocument(head) : Optional.empty();
            if (openDocument.isPresent()) {
                issues.add(new Issue(Finding.NOT_A_SPREADSHEET, location, openDocument.get().endsWith(".spreadsheet")
                        ? Text.of("Tệp là bảng tính OpenDocument (.ods, của LibreOffice hay OpenOffice), khlt không đọc được: mở"
                                        + " tệp bằng LibreOffice Calc, chọn File › Save As, kiểu Excel 2007-365 (.xlsx), rồi gửi tệp .xlsx",
                                "The file is an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice), which khlt does"
                                        + " not read: open it in LibreOffice Calc, File › Save As, type Excel 2007-365 (.xlsx), and send that")
                        : Text.of("Tệp là văn bản OpenDocument (của LibreOffice hay OpenOffice), không phải bảng tính: ghi số liệu"
                                        + " vào mẫu Excel (lệnh khlt template) rồi gửi tệp Excel",
                                "The file is an OpenDocument document (from LibreOffice or OpenOffice), not a spreadsheet: enter the"
                                        + " figures in the Excel form (the command khlt template) and send the workbook")));
            } else if (startsWith(head, ZIP)) {
                typeNote(name, "xlsx", "XLSX", issues);
                workbook(location, claims, figures, handler -> XlsxInput.read(file, handler));
            } else if (startsWith(head, OLE2)) {
                ole2(file, location, claims, figures);
            } else if (markup(head)) {
                // a "web page" or "XML Spreadsheet 2003" saved under .xls by another program: no table khlt reads
                issues.add(new Issue(Finding.NOT_A_SPREADSHEET, location, Text.of(
                        "Tệp là trang web (HTML) hoặc XML do một chương trình khác xuất ra, không phải bảng tính Excel hay CSV:"
                                + " mở tệp bằng Excel rồi lưu lại dạng Excel Workbook (.xlsx)",
                        "The file is a web page (HTML) or XML exported by another program, not an Excel workbook or CSV:"
                                + " open it in Excel and save it again as an Excel Workbook (.xlsx)")));
            } else if (binary(head)) {
                issues.add(new Issue(Finding.NOT_A_SPREADSHEET, location, Text.of(
                        "Tệp không phải bảng tính (.xlsx, .xls) hay văn bản CSV: kiểm tra lại tệp đã gửi",
                        "The file is neither a workbook (.xlsx, .xls) nor CSV text: check the file that was sent")));
            } else {
                typeNote(name, "csv", "CSV", issues);
                csv(file, location, claims, figures);
            }
            whole = true;
        } catch (NoSuchFileException e) {
            issues.add(new Issue(Finding.UNREADABLE, location, Text.of(
                    "Tệp đã biến mất trong khi đọc", "The file vanished while being read")));
        } catch (AccessDeniedException e) {
            issues.add(new Issue(Finding.UNREADABLE, location, Text.of(
                    "Không có quyền đọc tệp: cấp quyền đọc hoặc chép tệp sang chỗ khác",
                    "No permission to read the file: grant read access or copy it elsewhere")));
        } catch (EncryptedDocumentException e) {
            issues.add(encrypted(location));
        } catch (XlsxInput.DamagedZipException e) {
            issues.add(new Issue(Finding.CORRUPT_FILE, location, Text.of(
                    "Tệp bảng tính bị hỏng: không đọc được cấu trúc nén của tệp .xlsx (thường do tệp bị cắt cụt khi gửi)."
                            + " Mở tệp gốc bằng Excel, lưu lại rồi gửi lại",
                    "The workbook is damaged: its .xlsx zip structure cannot be read (often a file cut short in transit)."
                            + " Open the original in Excel, save it again and resend")));
        } catch (XlsxInput.BrokenXmlException e) {
            issues.add(brokenXml(location, e));
        } catch (XlsInput.TooManyFormulasException e) {
            issues.add(new Issue(Finding.EXCEL_ERROR, new Location(location.file(), e.sheet, e.row, e.column), Text.of(
                    "Tệp .xls có quá nhiều công thức lưu số 0 để kiểm lại (từ ô này): tệp do một phần mềm không tính công thức"
                            + " ghi ra thì các số 0 đó có thể sai, nên không đọc tệp. Mở tệp bằng Excel, lưu lại dạng Excel"
                            + " Workbook (.xlsx) rồi gửi lại",
                    "The .xls file has too many formulas saved as 0 to check again (from this cell on): if a program that does"
                            + " not compute formulas wrote it, those zeros may be wrong, so the file is not read. Open it in"
                            + " Excel, save it as an Excel Workbook (.xlsx) and resend")));
        } catch (CsvInput.BadQuotesException e) {
            issues.add(badQuotes(location, e));
        } catch (CsvInput.TooWideException e) {
            issues.add(new Issue(Finding.TOO_MANY_COLUMNS, location.at(e.line, ""), Text.of(
                    "Dòng có %d cột, quá nhiều cho một mẫu báo cáo: tệp có thể bị hỏng",
                    "The row has %d fields, too many for a report form: the file may be damaged").format(e.fields)));
        } catch (java.nio.charset.CharacterCodingException e) {
            issues.add(new Issue(Finding.BAD_ENCODING, location, Text.of(
                    "Tệp có chuỗi byte không hợp lệ với bảng mã của nó: lưu lại dưới dạng CSV UTF-8",
                    "The file has byte sequences that its encoding does not allow: save it again as CSV UTF-8")));
        } catch (UnitNotes.TooLongToHold e) {
            issues.add(e.issue); // a note below a long table names a unit's figures that were passed on already
        } catch (Exception e) {
            issues.add(corrupt(location, e));
        }
        if (whole && count[1] == 0 && issues.stream().noneMatch(i -> i.severity() == Severity.ERROR || i.severity() == Severity.WARNING)) {
            // a return that gives nothing must never pass in silence
            issues.add(new Issue(Finding.NO_FIGURES, location, count[0] > 0
                    ? Text.of("Tệp không có số liệu nào: mọi ô số liệu đều trống", "The file gives no figure: every figure's cell is blank")
                    : Text.of("Tệp không có số liệu nào: chỉ có dòng tiêu đề, hoặc không có bảng nào khlt đọc được",
                            "The file gives no figure: only a header, or no table khlt can read")));
        }
        if (!whole) {
            sink.discard(name); // a file that could not be read whole gives no figures at all
            return new Outcome(0, issues, tables);
        }
        return new Outcome(count[0], issues, tables);
    }

    private Attribution fileClaims(Path file, Optional<LayoutFile.Said> said) {
        Attribution claims = new Attribution();
        options.association().ifPresent(a -> claims.add(Attribute.ASSOCIATION, new Claim(a, option("--association"))));
        options.unit().ifPresent(u -> claims.add(Attribute.UNIT, new Claim(u, option("--unit"))));
        options.year().ifPresent(y -> claims.add(Attribute.YEAR, new Claim(y.toString(), option("--year"))));
        said.ifPresent(form -> {
            form.association().ifPresent(a -> claims.add(Attribute.ASSOCIATION, new Claim(a, form.origin())));
            form.unit().ifPresent(u -> claims.add(Attribute.UNIT, new Claim(u, form.origin())));
            form.year().ifPresent(y -> claims.add(Attribute.YEAR, new Claim(y.toString(), form.origin())));
        });
        clues.fromFileName(file.getFileName().toString(), claims);
        return claims;
    }

    private static Text option(String name) {
        return Text.of("tùy chọn " + name, "the option " + name);
    }

    private void csv(Path file, Location location, Attribution claims, FigureSink sink)
            throws IOException {
        CsvInput.Dialect dialect = CsvInput.dialect(file);
        if (dialect.tcvn3()) {
            issues.add(tcvn3(location));
        }
        TableReader table = new TableReader(plan, location, claims, clues, sink, issues, fullYear, options.runningTotals(), tables);
        table.headerRows(headerRows);
        table.delimited();
        CsvInput.read(file, dialect, table::row);
        if (!table.end()) {
            issues.add(noHeader(location));
        }
    }

    /** A file typed in TCVN3, read as Unicode: said once. */
    private static Issue tcvn3(Location location) {
        return new Issue(Finding.TCVN3_TEXT, location, Text.of(
                "Chữ trong tệp gõ bằng bảng mã TCVN3 (phông .VnTime, .VnArial): khlt đã đọc thành chữ Unicode. Nên chuyển"
                        + " tệp sang Unicode (Unikey: Công cụ chuyển mã) để ai cũng đọc được",
                "The file's text is typed in the TCVN3 encoding (the .VnTime, .VnArial fonts): khlt read it as Unicode."
                        + " Converting the file to Unicode (Unikey's converter) makes it readable by everyone"));
    }

    private interface WorkbookReader {
        void read(SheetHandler handler) throws Exception;
    }

    private void workbook(Location location, Attribution claims, FigureSink sink, WorkbookReader reader) throws Exception {
        List<Issue> skipped = new ArrayList<>();
        int[] tables = {0};
        reader.read(new SheetHandler() {
            private TableReader table;
            private String sheet;
            private boolean content;
            /** Whether the sheet holds a number anywhere: a sheet of figures that no table was found in is said louder. */
            private boolean numbers;
            /** The sheets whose names name an association ("HLHPN", "Hội Nông dân"), a unit ("Ba Tri") or a year ("Năm 2018"). */
            private final java.util.SortedSet<String> associationSheets = new java.util.TreeSet<>();
            private final java.util.SortedSet<String> unitSheets = new java.util.TreeSet<>();
            private final java.util.SortedSet<String> yearSheets = new java.util.TreeSet<>();

            @Override
            public void sheetNames(List<String> names) {
                names.stream().filter(n -> plan.associationNames().find(n).isPresent()).forEach(associationSheets::add);
                names.stream().filter(n -> plan.unitNames().find(n).isPresent()).forEach(unitSheets::add);
                names.stream().filter(n -> Header.yearIn(n).isPresent() && ReportPeriod.span(n).isEmpty()).forEach(yearSheets::add);
            }

            @Override
            public void startSheet(String name, boolean hidden) {
                sheet = name;
                content = false;
                numbers = false;
                table = new TableReader(plan, new Location(location.file(), name, 0, ""), claims, clues, sink, issues,
                        fullYear, options.runningTotals(), SubmissionFile.this.tables);
                table.hiddenSheet(hidden);
                table.besideOwnSheets(others(associationSheets, name), others(unitSheets, name), others(yearSheets, name));
                table.headerRows(headerRows);
            }

            /** The sheets of their own beside one that is not among them (at least two), or none. */
            private List<String> others(java.util.SortedSet<String> own, String sheet) {
                return own.size() >= 2 && !own.contains(sheet) ? List.copyOf(own) : List.of();
            }

            @Override
            public void tcvn3() {
                issues.add(SubmissionFile.tcvn3(location));
            }

            @Override
            public void hiddenColumns(java.util.Set<Integer> columns) {
                table.hiddenColumns(columns);
            }

            @Override
            public void comments(java.util.Map<Integer, java.util.Map<Integer, String>> byRow) {
                table.comments(byRow);
            }

            @Override
            public void row(Row row) {
                content |= !row.blank();
                numbers = numbers || row.cells().stream().anyMatch(c -> c.kind() == Cell.Kind.NUMBER);
                table.row(row);
            }

            @Override
            public void endSheet() {
                if (table.end()) {
                    tables[0]++;
                } else if (numbers) {
                    // "Tên | Số hộ | Số nhà" beside the report's sheet: figures, but of no indicator khlt can tell
                    skipped.add(new Issue(Finding.SHEET_OF_FIGURES_SKIPPED, new Location(location.file(), sheet, 0, ""), Text.of(
                            "Trang tính có số nhưng không có bảng theo mẫu (không thấy cột đơn vị và các cột chỉ tiêu ghi mã):"
                                    + " không số nào của trang được đọc. Nếu đó là số liệu báo cáo, ghi mã chỉ tiêu (ví dụ CT08)"
                                    + " vào tiêu đề cột, hoặc dùng tệp bố cục",
                            "The sheet holds numbers but no table of the report form (no unit column beside indicator columns"
                                    + " headed with their codes): none of its numbers is read. If they are report figures, put"
                                    + " the indicators' codes (such as CT08) in the column headers, or use a layout file")));
                } else if (content) {
                    skipped.add(new Issue(Finding.SHEET_SKIPPED, new Location(location.file(), sheet, 0, ""),
                            Text.of("Trang tính không có bảng số liệu theo mẫu, bỏ qua",
                                    "The sheet holds no table of the report form, skipped")));
                }
            }
        });
        if (tables[0] == 0) {
            issues.add(noHeader(location));
        } else {
            issues.addAll(skipped);
        }
    }

    private void ole2(Path file, Location location, Attribution claims, FigureSink figures)
            throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                issues.add(encrypted(location));
                return;
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("Book")) {
                issues.add(new Issue(Finding.NOT_A_SPREADSHEET, location, Text.of(
                        "Tệp Office này không phải bảng tính Excel (có thể là Word): gửi tệp .xlsx hoặc .csv",
                        "This Office file is not an Excel workbook (perhaps Word): send an .xlsx or .csv file")));
                return;
            }
            typeNote(location.file(), "xls", "XLS", issues);
            workbook(location, claims, figures, handler -> XlsInput.read(fs, handler));
        }
    }

    /** A note when a file's name says one type and its bytes another: it is read for what it is. */
    private static void typeNote(String name, String extension, String type, List<Issue> issues) {
        String actual = Inputs.extension(name);
        boolean fits = actual.equals(extension) || extension.equals("xlsx") && (actual.equals("xlsm") || actual.equals("xlsb"))
                || extension.equals("csv") && (actual.equals("txt") || actual.equals("tsv"));
        if (!fits) {
            issues.add(new Issue(Finding.TYPE_MISMATCH, Location.file(name), Text.of(
                    "Tên tệp có đuôi '.%s' nhưng nội dung là %s; đã đọc như %s. Nên đổi tên cho đúng",
                    "The file is named '.%s' but holds %s; it was read as %s. Consider renaming it")
                    .format(actual.isEmpty() ? "" : actual, type, type)));
        }
    }

    private Issue noHeader(Location location) {
        return new Issue(Finding.NO_HEADER, location, Text.of(
                "Không tìm thấy dòng tiêu đề của bảng số liệu trong %d dòng đầu: cần cột 'Đơn vị' và các cột chỉ tiêu "
                        + "ghi mã (%s), hoặc các cột 'Chỉ tiêu' và 'Giá trị'. Dùng mẫu của khlt template",
                "No table header found in the first %d rows: it needs a 'Unit' column and indicator columns headed "
                        + "with their codes (%s), or 'Indicator' and 'Value' columns. Use the form from khlt template")
                .format(Header.SEARCH_ROWS, Header.codes(plan)));
    }

    private static Issue encrypted(Location location) {
        return new Issue(Finding.ENCRYPTED, location, Text.of(
                "Tệp có mật khẩu nên không đọc được: gỡ mật khẩu (File › Info › Protect Workbook) rồi gửi lại",
                "The workbook is password-protected and cannot be read: remove the password and send it again"));
    }

    /** A CSV row whose quotes break, on the line it starts: a quote never closed, or text after a closing one. */
    private static Issue badQuotes(Location location, CsvInput.BadQuotesException e) {
        return new Issue(Finding.CORRUPT_FILE, location.at(e.line, ""), e.unclosed
                ? Text.of("Dấu ngoặc kép mở ở dòng %d không được đóng đến hết tệp, nên phần còn lại sẽ bị đọc thành"
                                + " một ô: đóng dấu ngoặc kép trong ô đó (hoặc xuất lại từ Excel dạng CSV UTF-8) rồi gửi"
                                + " lại; không số liệu nào của tệp được tính",
                        "A quote opened on line %d is never closed, so the rest of the file would read as one cell:"
                                + " close the quote in that cell (or export the sheet again from Excel as CSV UTF-8)"
                                + " and resend; none of the file's figures count").format(e.line)
                : Text.of("Dòng %d có ký tự ngay sau dấu ngoặc kép đóng một ô, trước dấu phân cách: bỏ các ký tự"
                                + " đó, hoặc đặt cả ô trong ngoặc kép (viết \"\" cho một dấu ngoặc kép trong ô) rồi gửi"
                                + " lại; không số liệu nào của tệp được tính",
                        "Line %d has characters right after the closing quote of a cell, before the delimiter:"
                                + " remove them, or quote the whole cell (\"\" for a quote inside it) and resend;"
                                + " none of the file's figures count").format(e.line));
    }

    /** A workbook part whose XML is cut short, malformed or hostile: which sheet, where in it, what to do. */
    private static Issue brokenXml(Location location, XlsxInput.BrokenXmlException e) {
        Location at = e.sheet.isEmpty() ? location : new Location(location.file(), e.sheet, 0, "");
        if (e.doctype) {
            return new Issue(Finding.CORRUPT_FILE, at, Text.of(
                    "Tệp có khai báo DOCTYPE trong XML, điều Excel không bao giờ viết, nên không được đọc (vì an toàn):"
                            + " mở tệp gốc bằng Excel, lưu lại rồi gửi lại",
                    "The file's XML declares a DOCTYPE, which Excel never writes, so it was not read (for safety):"
                            + " open the original in Excel, save it again and resend"));
        }
        String whereVi = e.line > 0 ? String.format(Locale.ROOT, " (XML dòng %d, cột %d)", e.line, e.column) : "";
        String whereEn = e.line > 0 ? String.format(Locale.ROOT, " (XML line %d, column %d)", e.line, e.column) : "";
        Text part = e.sheet.isEmpty() ? Text.of("Một phần của tệp", "A part of the workbook") : Text.of("Trang tính", "The sheet");
        return new Issue(Finding.CORRUPT_FILE, at, Text.of(
                part.vi() + " bị hỏng: nội dung XML dừng giữa chừng hoặc sai cấu trúc" + whereVi
                        + ", thường do tệp bị cắt cụt khi gửi hoặc được sửa bằng công cụ khác: mở tệp gốc bằng Excel,"
                        + " lưu lại rồi gửi lại; không số liệu nào của tệp được tính",
                part.en() + " is damaged: its XML breaks off or is malformed" + whereEn
                        + ", often a file cut short in transit or edited with another tool: open the original in Excel,"
                        + " save it again and resend; none of the file's figures count"));
    }

    private static Issue corrupt(Location location, Exception e) {
        String reason = Inputs.reason(e);
        boolean bomb = reason.toLowerCase(Locale.ROOT).contains("zip bomb");
        return new Issue(bomb ? Finding.ZIP_BOMB : Finding.CORRUPT_FILE, location, bomb
                ? Text.of("Tệp nén bất thường (nghi là zip bomb), không đọc: mở bằng Excel và lưu lại",
                        "The file decompresses abnormally (a suspected zip bomb) and was not read: open it in Excel and save it again")
                : Text.of(String.format("Tệp bị hỏng hoặc không đọc được (%s): mở bằng Excel, lưu lại rồi gửi lại",
                                // the parser's own words are English: said as a technical detail
                                e instanceof XlsxInput.MissingPartException missing ? missing.reason.vi()
                                        : "chi tiết kỹ thuật: " + reason),
                        String.format("The file is damaged or unreadable (%s): open it in Excel, save it again and resend",
                                e instanceof XlsxInput.MissingPartException missing ? missing.reason.en() : reason)));
    }

    /** Whether a file's first bytes are markup: an HTML page or an XML document ("<html", "<?xml", "<table"). */
    private static boolean markup(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<html") || start.startsWith("<!doctype html") || start.startsWith("<?xml")
                || start.startsWith("<table") || start.startsWith("<meta");
    }

    /** NUL bytes, or many control characters, in what should be text. */
    private static boolean binary(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return false; // UTF-16 with BOM holds NUL bytes
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > head.length / 10;
    }

    /**
     * An OpenDocument file's type ({@code application/vnd.oasis.opendocument.spreadsheet}): a zip whose
     * first entry, stored, is "mimetype", which holds it (the format requires it first).
     */
    private static Optional<String> openDocument(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 120), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher type = OPEN_DOCUMENT.matcher(start);
        return start.startsWith("mimetype", 30) && type.find() ? Optional.of(type.group()) : Optional.empty();
    }

    private static final java.util.regex.Pattern OPEN_DOCUMENT =
            java.util.regex.Pattern.compile("application/vnd\\.oasis\\.opendocument\\.[a-z-]+");

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
