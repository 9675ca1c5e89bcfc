package vn.khlt.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each cell style of a workbook, read from its styles part with a SAX
 * parser: all that reading needs to tell dates and percentages from plain numbers. POI's
 * StylesTable would give the same, but loads the whole OOXML schema (XMLBeans) first, which
 * costs more than reading a small workbook.
 */
final class NumberFormats {

    /** A number format: its id, and its pattern ({@code 0.0%}, {@code dd/mm/yyyy}), when known. */
    record Format(int id, String pattern) {
    }

    static final NumberFormats NONE = new NumberFormats(List.of());

    /** By cell style index (the {@code s} of a cell): its format. */
    private final List<Format> styles;

    private NumberFormats(List<Format> styles) {
        this.styles = styles;
    }

    Optional<Format> of(int style) {
        return style >= 0 && style < styles.size() ? Optional.of(styles.get(style)) : Optional.empty();
    }

    /** Reads {@code <numFmts><numFmt numFmtId formatCode/>} and {@code <cellXfs><xf numFmtId/>} of a styles part. */
    static NumberFormats read(InputStream styles) throws IOException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> xfs = new ArrayList<>();
        DefaultHandler handler = new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "numFmt" -> {
                        Integer id = number(attributes.getValue("numFmtId"));
                        if (id != null && attributes.getValue("formatCode") != null) {
                            custom.put(id, attributes.getValue("formatCode"));
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            Integer id = number(attributes.getValue("numFmtId"));
                            xfs.add(id == null ? 0 : id);
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (localName.equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        };
        XlsxParts.parse(styles, handler);
        List<Format> formats = new ArrayList<>(xfs.size());
        for (int id : xfs) {
            String pattern = custom.get(id);
            formats.add(new Format(id, pattern != null ? pattern : BuiltinFormats.getBuiltinFormat(id)));
        }
        return new NumberFormats(formats);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
