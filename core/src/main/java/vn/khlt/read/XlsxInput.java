package vn.khlt.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import vn.khlt.finding.Location;

/**
 * Reads an XLSX workbook with SAX, a row at a time, so that a sheet of 200,000 rows needs no
 * more memory than one of twenty. Formulas give their cached values. POI opens the zip
 * (refusing zip bombs) and parses the XML (refusing external entities and DTDs).
 */
final class XlsxInput {

    /** Excel shows 15 significant digits; so does khlt, which hides binary noise like 60.499999999999993. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15);

    private XlsxInput() {
    }

    static void read(Path file, SheetHandler handler) throws IOException, OpenXML4JException, SAXException {
        try (XlsxPackage pkg = XlsxPackage.open(file)) {
            XlsxParts parts = XlsxParts.of(pkg);
            List<String> strings = parts.sharedStrings();
            NumberFormats styles = NumberFormats.NONE; // a workbook without styles shows every number plainly
            Optional<String> stylesPart = parts.related("styles");
            if (stylesPart.isPresent()) {
                try (InputStream data = pkg.open(stylesPart.get())) {
                    styles = NumberFormats.read(data);
                }
            }
            for (XlsxParts.Sheet sheet : parts.sheets()) {
                try (InputStream data = pkg.open(sheet.part())) {
                    handler.startSheet(CsvInput.nfc(sheet.name()));
                    XlsxParts.parse(data, new SheetXml(strings, styles, handler));
                    handler.endSheet();
                } catch (XlsxParts.BrokenXmlException e) {
                    throw e.in(CsvInput.nfc(sheet.name()));
                }
            }
        }
    }

    /** The SAX handler of one sheet's XML: {@code <row r><c r t s><v/><is><t/></is></c></row>}. */
    private static final class SheetXml extends DefaultHandler {

        private final List<String> strings;
        private final NumberFormats styles;
        private final SheetHandler handler;
        private final Map<Integer, boolean[]> formats = new HashMap<>();

        private int rowNumber;
        private List<Cell> cells;
        private int column;
        private String type;
        private int style;
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;
        private boolean inInline;

        SheetXml(List<String> strings, NumberFormats styles, SheetHandler handler) {
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
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
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "is" -> inInline = false;
                case "c" -> cell().ifPresent(cells::add);
                case "row" -> handler.row(new Row(rowNumber, cells));
                default -> {
                }
            }
        }

        private Optional<Cell> cell() {
            String value = text.toString();
            text.setLength(0);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            String t = type == null ? "n" : type;
            return Optional.of(switch (t) {
                case "s" -> Cell.text(column, CsvInput.nfc(strings.get(Integer.parseInt(value.trim()))));
                case "inlineStr", "str" -> Cell.text(column, CsvInput.nfc(value));
                case "e" -> Cell.error(column, value);
                case "b" -> Cell.bool(column, value);
                case "d" -> Cell.number(column, BigDecimal.ZERO, value, true, false);
                default -> number(value);
            });
        }

        private Cell number(String raw) {
            BigDecimal value;
            try {
                value = new BigDecimal(raw.trim()).round(EXCEL_DIGITS);
            } catch (NumberFormatException e) {
                return Cell.text(column, raw);
            }
            boolean[] format = formats.computeIfAbsent(style, this::format);
            String plain = value.stripTrailingZeros().toPlainString();
            return Cell.number(column, new BigDecimal(plain), plain, format[0], format[1]);
        }

        /** Whether a style shows numbers as dates, and as percentages. */
        private boolean[] format(int index) {
            Optional<NumberFormats.Format> format = styles.of(index);
            if (format.isEmpty()) {
                return new boolean[] {false, false};
            }
            String pattern = format.get().pattern();
            boolean date = pattern != null && DateUtil.isADateFormat(format.get().id(), pattern);
            boolean percent = pattern != null && pattern.contains("%");
            return new boolean[] {date, percent};
        }
    }

}
