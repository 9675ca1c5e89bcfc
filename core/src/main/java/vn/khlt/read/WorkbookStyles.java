package vn.khlt.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number format of each of a workbook's cell styles ({@code xl/styles.xml}), read with SAX: a
 * cell's {@code s} is the index of a {@code <cellXfs><xf numFmtId>}, whose format is the workbook's
 * own {@code <numFmts><numFmt formatCode>} of that id, else Excel's built-in one
 * ({@link BuiltinFormats}), as POI's {@code XSSFCellStyle#getDataFormatString} finds it; and
 * whether the style's font ({@code <xf fontId>}, a {@code <fonts><font>}) strikes its text through
 * ({@code <strike/>}, unless its {@code val} is false). POI's {@code StylesTable} reads the whole
 * style sheet through XMLBeans (its fonts, fills, borders), loading the OOXML schemas at about a
 * third of a second per process; khlt reads only these.
 */
final class WorkbookStyles extends DefaultHandler {

    private final Map<Integer, String> ownFormats = new HashMap<>();
    private final List<Integer> styleFormats = new ArrayList<>();
    /** By font, in the order of {@code <fonts>}: whether it strikes through. */
    private final List<Boolean> fontsStruck = new ArrayList<>();
    /** By style: its font's index. */
    private final List<Integer> styleFonts = new ArrayList<>();
    private boolean inFonts;
    private boolean inCellStyles;
    /** Within {@code <numFmts>}: a conditional format's {@code <dxf><numFmt>} is none of the cells' own. */
    private boolean inNumberFormats;

    /** The number format of the style at this index; {@link NumberFormats#GENERAL} for one the workbook has not. */
    NumberFormats.Format format(int index) {
        if (index < 0 || index >= styleFormats.size()) {
            return NumberFormats.GENERAL;
        }
        int id = styleFormats.get(index);
        String pattern = ownFormats.get(id);
        return NumberFormats.of(id, pattern != null ? pattern : BuiltinFormats.getBuiltinFormat(id));
    }

    /** Whether the style at this index strikes its text through: a figure crossed out. */
    boolean struck(int index) {
        if (index < 0 || index >= styleFonts.size()) {
            return false;
        }
        int font = styleFonts.get(index);
        return font >= 0 && font < fontsStruck.size() && fontsStruck.get(font);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "fonts" -> inFonts = true;
            case "font" -> {
                if (inFonts) {
                    fontsStruck.add(false);
                }
            }
            case "strike" -> {
                if (inFonts && !fontsStruck.isEmpty()) {
                    String val = attributes.getValue("val");
                    fontsStruck.set(fontsStruck.size() - 1, val == null || val.equals("1") || val.equalsIgnoreCase("true"));
                }
            }
            case "numFmts" -> inNumberFormats = true;
            case "numFmt" -> {
                if (!inNumberFormats) {
                    return;
                }
                Integer id = number(attributes.getValue("numFmtId"));
                String code = attributes.getValue("formatCode");
                if (id != null && code != null) {
                    ownFormats.put(id, code);
                }
            }
            case "cellXfs" -> inCellStyles = true;
            case "xf" -> {
                if (inCellStyles) {
                    Integer id = number(attributes.getValue("numFmtId"));
                    styleFormats.add(id == null ? 0 : (int) (short) id.intValue()); // POI reads it as a short
                    Integer font = number(attributes.getValue("fontId"));
                    styleFonts.add(font == null ? 0 : font);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("fonts")) {
            inFonts = false;
        } else if (localName.equals("cellXfs")) {
            inCellStyles = false;
        } else if (localName.equals("numFmts")) {
            inNumberFormats = false;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
