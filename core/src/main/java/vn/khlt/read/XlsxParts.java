package vn.khlt.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of an XLSX package that reading needs, found through the workbook's
 * relationships and read with SAX: the sheets in order, the shared strings, the styles. POI's
 * XSSFReader gives the same but loads XMLBeans and the OOXML schema on the way, which costs
 * more than reading a small workbook does.
 */
final class XlsxParts {

    /** A worksheet: its name and its part. */
    record Sheet(String name, String part) {
    }

    private final XlsxPackage pkg;
    private final String workbook;
    private final Map<String, XlsxPackage.Relationship> relationships;

    private XlsxParts(XlsxPackage pkg, String workbook, Map<String, XlsxPackage.Relationship> relationships) {
        this.pkg = pkg;
        this.workbook = workbook;
        this.relationships = relationships;
    }

    static XlsxParts of(XlsxPackage pkg) throws IOException, InvalidFormatException {
        String workbook = pkg.workbook();
        return new XlsxParts(pkg, workbook, pkg.relationships(workbook));
    }

    /** The part a relationship of the workbook of this kind ({@code sharedStrings}, {@code styles}) points to, when the package holds it. */
    Optional<String> related(String kind) {
        for (XlsxPackage.Relationship relationship : relationships.values()) {
            if (relationship.is(kind)) {
                return pkg.has(relationship.target()) ? Optional.of(relationship.target()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The worksheets in the workbook's order (chart sheets and the like left out). */
    List<Sheet> sheets() throws IOException, InvalidFormatException {
        List<String[]> declared = new ArrayList<>();
        try (InputStream in = pkg.open(workbook)) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (localName.equals("sheet")) {
                        String id = null;
                        for (int i = 0; i < attributes.getLength(); i++) {
                            if (attributes.getLocalName(i).equals("id") && attributes.getURI(i).endsWith("relationships")) {
                                id = attributes.getValue(i);
                            }
                        }
                        declared.add(new String[] {attributes.getValue("name"), id});
                    }
                }
            });
        }
        List<Sheet> sheets = new ArrayList<>();
        for (String[] sheet : declared) {
            XlsxPackage.Relationship relationship = sheet[1] == null ? null : relationships.get(sheet[1]);
            if (relationship != null && relationship.is("worksheet") && pkg.has(relationship.target())) {
                sheets.add(new Sheet(sheet[0] == null ? "" : sheet[0], relationship.target()));
            }
        }
        return sheets;
    }

    /** The shared strings, in order: each item's text runs joined, phonetic guides left out. */
    List<String> sharedStrings() throws IOException, InvalidFormatException {
        Optional<String> part = related("sharedStrings");
        List<String> strings = new ArrayList<>();
        if (part.isEmpty()) {
            return strings;
        }
        try (InputStream in = pkg.open(part.get())) {
            parse(in, new DefaultHandler() {
                private final StringBuilder item = new StringBuilder();
                private boolean inText;
                private boolean inPhonetic;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    switch (localName) {
                        case "si" -> item.setLength(0);
                        case "rPh" -> inPhonetic = true;
                        case "t" -> inText = !inPhonetic;
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    switch (localName) {
                        case "si" -> strings.add(unescape(item));
                        case "rPh" -> inPhonetic = false;
                        case "t" -> inText = false;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inText) {
                        item.append(ch, start, length);
                    }
                }
            });
        }
        return strings;
    }

    /** Excel writes characters XML cannot hold as {@code _xHHHH_} (a line feed as {@code _x000A_}). */
    static String unescape(CharSequence text) {
        String s = text.toString();
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && hex(s, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each thread's parser, made once: a workbook has five parts or so to parse, and making a
     * parser (POI's hardened settings on a new Xerces pipeline) costs more than parsing a small
     * part. A SAX parser may be reused once a parse has ended, however it ended.
     */
    private static final ThreadLocal<XMLReader> PARSER = new ThreadLocal<>();

    static void parse(InputStream in, DefaultHandler handler) throws IOException {
        try {
            XMLReader parser = PARSER.get();
            if (parser == null) {
                parser = XMLHelper.newXMLReader();
                PARSER.set(parser);
            }
            parser.setContentHandler(handler);
            try {
                parser.parse(new InputSource(in));
            } finally {
                parser.setContentHandler(null);
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no XML parser", e);
        } catch (SAXException e) {
            throw new BrokenXmlException(e);
        }
    }

    /**
     * A part whose XML the parser refused: cut short, malformed, or declaring a DOCTYPE (which
     * Excel never writes, and the hardened parser refuses so that no entity can be expanded).
     * Says where, when the parser knows, and which sheet, when the part is one.
     */
    static final class BrokenXmlException extends IOException {
        /** The line and column of the XML where the parser stopped; 0 when it does not say. */
        final int line;
        final int column;
        final boolean doctype;
        /** The sheet whose part it is; empty for the workbook's other parts. */
        final String sheet;

        BrokenXmlException(SAXException e) {
            this(e, "");
        }

        private BrokenXmlException(SAXException e, String sheet) {
            super("unreadable XML: " + e.getMessage(), e);
            org.xml.sax.SAXParseException at = e instanceof org.xml.sax.SAXParseException p ? p : null;
            this.line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
            this.column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
            this.doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
            this.sheet = sheet;
        }

        /** The same failure, in the named sheet. */
        BrokenXmlException in(String sheetName) {
            return new BrokenXmlException((SAXException) getCause(), sheetName);
        }
    }
}
