package vn.khlt.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;

/**
 * Reads an XLSX workbook a row at a time, so that a sheet of 200,000 rows needs no more memory
 * than one of twenty. POI opens the package ({@link OPCPackage}, read-only, whose zip refuses
 * zip bombs) and finds its parts ({@link XSSFReader}: the sheets in the workbook's order; the
 * shared strings and the styles by their content types, as it finds them); each part's XML goes
 * through a small SAX handler of our own on POI's hardened parser (no DTD, no external entity):
 * a sheet's, the shared strings' ({@link WorkbookStrings}) and the styles' number formats
 * ({@link WorkbookStyles}). Formulas give their cached values, but for none saved, or a workbook
 * asking to be computed when opened, whose saved ones may be placeholders ({@link Cell#uncomputed}),
 * or a formula of numbers alone that gives another ({@link ConstantFormula}, {@link Cell#stale}); a
 * style's number format tells dates and percentages ({@link NumberFormats}).
 */
final class XlsxInput {

    private XlsxInput() {
    }

    static void read(Path file, SheetHandler handler) throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader = workbook(pkg);
            XMLReader parser = XMLHelper.newXMLReader();
            List<String> strings = strings(pkg, parser, handler);
            WorkbookStyles styles = new WorkbookStyles();
            part(pkg, XSSFRelation.STYLES, parser, styles); // a workbook without styles shows every number as General
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            SheetList list = sheetList(reader, parser);
            handler.sheetNames(list.names());
            while (sheets.hasNext()) {
                try (InputStream data = sheets.next()) {
                    String name = Tcvn3.unicode(sheets.getSheetName());
                    handler.startSheet(name, list.hidden().contains(sheets.getSheetName()));
                    comments(sheets, handler);
                    MergedCells merged = new MergedCells(mergedRegions(sheets.getSheetPart()));
                    SheetXml sheet = new SheetXml(strings, styles, handler, merged, list.computedOnOpening(),
                            new NumberFormats(list.from1904()));
                    parse(parser, data, sheet, name);
                    handler.endSheet();
                }
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        }
    }

    /**
     * The sheet's cells' comments, as POI's {@link XSSFReader.SheetIterator#getSheetComments} reads its
     * comments part (a sheet without one costs nothing); a part POI cannot read gives none.
     */
    private static void comments(XSSFReader.SheetIterator sheets, SheetHandler handler) {
        org.apache.poi.xssf.model.Comments comments;
        try {
            comments = sheets.getSheetComments();
        } catch (RuntimeException e) {
            return; // a damaged comments part: the cells are read as they are
        }
        if (comments == null || comments.getNumberOfComments() == 0) {
            return;
        }
        Map<Integer, Map<Integer, String>> byRow = new java.util.TreeMap<>();
        for (java.util.Iterator<org.apache.poi.ss.util.CellAddress> cells = comments.getCellAddresses(); cells.hasNext(); ) {
            org.apache.poi.ss.util.CellAddress cell = cells.next();
            org.apache.poi.xssf.usermodel.XSSFComment comment = comments.findCellComment(cell);
            if (comment != null && comment.getString() != null && comment.getString().getString() != null) {
                CellComments.put(byRow, cell.getRow() + 1, cell.getColumn(), comment.getString().getString());
            }
        }
        if (!byRow.isEmpty()) {
            handler.comments(byRow);
        }
    }

    /** The package, read-only; a zip POI cannot read, or one that is no Office package, said as such. */
    private static OPCPackage open(Path file) throws IOException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidOperationException | NotOfficeXmlFileException | InvalidFormatException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof FileSystemException gone) {
                    throw gone; // vanished or not readable: said as such
                }
                if (cause instanceof IOException) {
                    throw new DamagedZipException(e);
                }
            }
            throw new MissingPartException(NO_WORKBOOK); // a zip, but no Office package (no content types)
        }
    }

    private static final Text NO_WORKBOOK = Text.of("tệp nén không chứa sổ bảng tính nào", "no workbook in the package");

    /** The package's workbook, found by its relationship as POI finds it; one that is not there, said as such. */
    private static XSSFReader workbook(OPCPackage pkg) throws IOException, OpenXML4JException {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            throw new MissingPartException(
                    pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty() ? NO_WORKBOOK
                    : Text.of("tệp lưu dạng Strict Open XML, khlt chưa đọc được: mở bằng Excel rồi lưu lại dạng"
                                    + " Excel Workbook (.xlsx)",
                            "the file is saved as Strict Open XML, which khlt does not read: open it in Excel and save it"
                                    + " as Excel Workbook (.xlsx)"));
        }
        if (main.getRelationship(0).getTargetURI().getPath().endsWith(".bin")) {
            throw new MissingPartException(Text.of("tệp lưu dạng Excel Binary Workbook (.xlsb), khlt chưa đọc được: mở bằng"
                            + " Excel rồi lưu lại dạng Excel Workbook (.xlsx)",
                    "the file is saved as an Excel Binary Workbook (.xlsb), which khlt does not read: open it in Excel and"
                            + " save it as Excel Workbook (.xlsx)"));
        }
        if (pkg.getPart(main.getRelationship(0)) == null) {
            throw new MissingPartException(Text.of("thiếu phần sổ bảng tính mà tệp trỏ tới", "the workbook part is missing"));
        }
        return new XSSFReader(pkg, true);
    }

    /**
     * The workbook's sheets: their names in its order (NFC), and the names as written of those it
     * hides ({@code <sheet state="hidden">} or {@code veryHidden}); whether its dates count from 1904
     * ({@code <workbookPr date1904="1"/>}); and whether it asks to be computed when opened
     * ({@code <calcPr fullCalcOnLoad="1"/>}), which a program that does not compute formulas sets
     * when it saves a placeholder as each formula's result (Python's XlsxWriter saves 0), or when it
     * changed the cells the saved results were computed from. LibreOffice saves without it.
     */
    private record SheetList(List<String> names, java.util.Set<String> hidden, boolean computedOnOpening, boolean from1904) {
    }

    private static SheetList sheetList(XSSFReader reader, XMLReader parser) throws IOException, OpenXML4JException {
        List<String> names = new ArrayList<>();
        java.util.Set<String> hidden = new java.util.HashSet<>();
        boolean[] computedOnOpening = {false};
        boolean[] from1904 = {false};
        try (InputStream in = reader.getWorkbookData()) {
            parse(parser, in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("workbookPr")) {
                        from1904[0] = on(attributes.getValue("date1904"));
                    }
                    if (localName.equals("calcPr")) {
                        computedOnOpening[0] = on(attributes.getValue("fullCalcOnLoad"));
                    }
                    String state = attributes.getValue("state");
                    if (localName.equals("sheet") && state != null && !state.equals("visible")) {
                        hidden.add(attributes.getValue("name"));
                    }
                    if (localName.equals("sheet") && attributes.getValue("name") != null) {
                        names.add(Tcvn3.unicode(attributes.getValue("name")));
                    }
                }
            }, "");
        }
        return new SheetList(names, hidden, computedOnOpening[0], from1904[0]);
    }

    /** An XML boolean attribute set: {@code "1"} or {@code "true"}, as the schema allows. */
    private static boolean on(String value) {
        return "1".equals(value) || "true".equals(value);
    }

    private static final byte[] MERGE_CELL = "<mergeCell ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("ref=[\"']([A-Z]+[0-9]+:[A-Z]+[0-9]+)[\"']");

    /**
     * A sheet's merged cells ({@code <mergeCell ref="B5:B8"/>}), which the sheet's XML lists after
     * its rows: found before the rows are read, by a pass over the part's bytes that parses no XML
     * but these elements' own.
     */
    private static List<org.apache.poi.ss.util.CellRangeAddress> mergedRegions(org.apache.poi.openxml4j.opc.PackagePart part)
            throws IOException {
        List<org.apache.poi.ss.util.CellRangeAddress> regions = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        int matched = 0; // how much of "<mergeCell " the last bytes read were
        StringBuilder element = null; // an element's attributes, up to its '>'
        try (InputStream in = part.getInputStream()) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (element != null) {
                        if (b == '>') {
                            java.util.regex.Matcher ref = REF.matcher(element);
                            if (ref.find()) {
                                regions.add(org.apache.poi.ss.util.CellRangeAddress.valueOf(ref.group(1)));
                            }
                            element = null;
                        } else if (element.length() < 200) {
                            element.append((char) b);
                        }
                    } else if (b == MERGE_CELL[matched]) {
                        if (++matched == MERGE_CELL.length) {
                            element = new StringBuilder();
                            matched = 0;
                        }
                    } else {
                        matched = b == MERGE_CELL[0] ? 1 : 0;
                    }
                }
            }
        }
        return regions;
    }

    /**
     * The shared strings ({@link WorkbookStrings}). Text in TCVN3's letters is read as Unicode, and
     * the handler told.
     */
    private static List<String> strings(OPCPackage pkg, XMLReader parser, SheetHandler handler) throws IOException {
        WorkbookStrings table = new WorkbookStrings();
        part(pkg, XSSFRelation.SHARED_STRINGS, parser, table);
        List<String> strings = new ArrayList<>(table.strings().size());
        boolean tcvn3 = false;
        for (String text : table.strings()) {
            tcvn3 |= Tcvn3.written(text);
            strings.add(Tcvn3.unicode(text));
        }
        if (tcvn3) {
            handler.tcvn3();
        }
        return strings;
    }

    /** Reads the package's part of this kind, found by its content type as {@link XSSFReader} finds it, when there is one. */
    private static void part(OPCPackage pkg, XSSFRelation kind, XMLReader parser, DefaultHandler into) throws IOException {
        List<PackagePart> parts = pkg.getPartsByContentType(kind.getContentType());
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                parse(parser, in, into, "");
            }
        }
    }

    private static void parse(XMLReader parser, InputStream in, DefaultHandler handler, String sheet) throws IOException {
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(in));
        } catch (SAXException e) {
            throw new BrokenXmlException(e, sheet);
        } finally {
            parser.setContentHandler(null);
        }
    }

    /** A file that starts as a zip does but whose zip structure cannot be read (often one cut short). */
    static final class DamagedZipException extends IOException {
        DamagedZipException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A part the package should hold and does not; why, in both languages. */
    static final class MissingPartException extends IOException {
        final Text reason;

        MissingPartException(Text reason) {
            super(reason.en());
            this.reason = reason;
        }
    }

    /**
     * A sheet whose XML the parser refused: cut short, malformed, or declaring a DOCTYPE (which
     * Excel never writes, and the hardened parser refuses so that no entity can be expanded).
     * Says where, when the parser knows.
     */
    static final class BrokenXmlException extends IOException {
        /** The line and column of the XML where the parser stopped; 0 when it does not say. */
        final int line;
        final int column;
        final boolean doctype;
        final String sheet;

        BrokenXmlException(SAXException e, String sheet) {
            super("unreadable XML: " + e.getMessage(), e);
            SAXParseException at = e instanceof SAXParseException p ? p : null;
            this.line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
            this.column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
            this.doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
            this.sheet = sheet;
        }
    }

    /** The SAX handler of one sheet's XML: {@code <row r><c r t s><v/><is><t/></is></c></row>}. */
    private static final class SheetXml extends DefaultHandler {

        private final List<String> strings;
        private final WorkbookStyles styles;
        private final SheetHandler handler;
        private final Map<Integer, NumberFormats.Format> formats = new HashMap<>();
        private final NumberFormats shown;
        /** Whether a formula's saved result may be a placeholder (the workbook asks to be computed when opened). */
        private final boolean computedOnOpening;

        private int rowNumber;
        private boolean hiddenRow;
        private List<Cell> cells;
        private int column;
        private String type;
        private int style;
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;
        private boolean inInline;
        /** The cell's formula, when it has one ({@code <f>}); its text is empty for a shared formula's later cells. */
        private final StringBuilder formula = new StringBuilder();
        private boolean hasFormula;
        private boolean inFormula;

        private final MergedCells merged;
        /** The columns the sheet hides ({@code <cols><col min max hidden="1">}, before its rows), 0-based. */
        private final java.util.Set<Integer> hidden = new java.util.TreeSet<>();

        SheetXml(List<String> strings, WorkbookStyles styles, SheetHandler handler, MergedCells merged, boolean computedOnOpening,
                NumberFormats shown) {
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
            this.merged = merged;
            this.computedOnOpening = computedOnOpening;
            this.shown = shown;
        }

        private void hiddenColumns(Attributes attributes) {
            String h = attributes.getValue("hidden");
            if (h != null && (h.equals("1") || h.equals("true"))) {
                try {
                    int min = Integer.parseInt(attributes.getValue("min"));
                    int max = Math.min(Integer.parseInt(attributes.getValue("max")), min + 255); // not all 16,384 of a hidden tail
                    for (int column = min; column <= max; column++) {
                        hidden.add(column - 1);
                    }
                } catch (NumberFormatException e) {
                    // a column's range that is no number: no column said hidden
                }
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    String h = attributes.getValue("hidden");
                    hiddenRow = h != null && (h.equals("1") || h.equals("true"));
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : Location.columnIndex(r);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                    formula.setLength(0);
                    hasFormula = false;
                }
                case "f" -> {
                    hasFormula = true;
                    inFormula = true;
                }
                case "v" -> {
                    text.setLength(0);
                    collecting = true;
                }
                case "is" -> {
                    text.setLength(0);
                    inInline = true;
                }
                case "t" -> collecting = inInline;
                case "col" -> hiddenColumns(attributes);
                case "sheetData" -> {
                    if (!hidden.isEmpty()) {
                        handler.hiddenColumns(hidden);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "f" -> inFormula = false;
                case "is" -> inInline = false;
                case "c" -> cell().map(c -> styles.struck(style) ? c.asStruck() : c).ifPresent(cells::add);
                case "row" -> handler.row(merged.row(rowNumber, cells, hiddenRow));
                default -> {
                }
            }
        }

        private Optional<Cell> cell() {
            String value = text.toString();
            text.setLength(0);
            if (value.isEmpty()) {
                // a formula whose result the file does not hold (saved by a program that does not compute them)
                return hasFormula ? Optional.of(Cell.uncomputed(column, formula.toString())) : Optional.empty();
            }
            String t = type == null ? "n" : type;
            if (hasFormula && computedOnOpening && !t.equals("e")) {
                // a placeholder (0, or the result before the program that wrote the file changed the cells it reads),
                // left for Excel to compute when it opens the file: not the number the sheet shows there
                return Optional.of(Cell.uncomputed(column, formula.toString()));
            }
            if (hasFormula && t.equals("n")) {
                Optional<Cell> stale = stale(value);
                if (stale.isPresent()) {
                    return stale;
                }
            }
            return Optional.of(switch (t) {
                case "s" -> Cell.text(column, strings.get(Integer.parseInt(value.trim())));
                case "inlineStr", "str" -> Cell.text(column, Tcvn3.unicode(value));
                case "e" -> Cell.error(column, value);
                case "b" -> Cell.bool(column, value);
                case "d" -> Cell.number(column, BigDecimal.ZERO, value, true, false);
                default -> number(value);
            });
        }

        /**
         * A formula of numbers alone ("=40+5") whose saved number is not what it gives (0, left by a
         * program that did not compute it when it saved the file, such as one that opened a workbook
         * Excel was to compute and saved it again): a {@link Cell#stale} cell, refused where it is read.
         */
        private Optional<Cell> stale(String raw) {
            Optional<BigDecimal> given = ConstantFormula.value(formula.toString());
            if (given.isEmpty()) {
                return Optional.empty();
            }
            try {
                BigDecimal saved = new BigDecimal(raw.trim()).round(NumberFormats.EXCEL_DIGITS);
                return given.get().compareTo(saved) == 0 ? Optional.empty()
                        : Optional.of(Cell.stale(column, formula.toString(), saved.stripTrailingZeros()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private Cell number(String raw) {
            BigDecimal value;
            try {
                value = new BigDecimal(raw.trim()).round(NumberFormats.EXCEL_DIGITS);
            } catch (NumberFormatException e) {
                return Cell.text(column, raw);
            }
            return shown.cell(column, value, formats.computeIfAbsent(style, this::format));
        }

        /** How a style shows numbers: as dates, as percentages, by its number format. */
        private NumberFormats.Format format(int index) {
            return styles.format(index);
        }
    }
}
