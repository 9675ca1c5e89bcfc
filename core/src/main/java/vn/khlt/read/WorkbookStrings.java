package vn.khlt.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings ({@code xl/sharedStrings.xml}), read with SAX into a list, as POI's
 * {@code ReadOnlySharedStringsTable} reads them: an item's text is its {@code <t>}, or its rich
 * text runs' {@code <t>} one after the other; a phonetic run ({@code <rPh>}) is no part of it; and
 * the characters Excel writes as {@code _xHHHH_} are decoded. POI's own tables hand each item out
 * as a rich-text object built on XMLBeans, whose loading of the OOXML schemas costs about a third
 * of a second per process (docs/benchmarks.md); the text is all khlt reads of them.
 */
final class WorkbookStrings extends DefaultHandler {

    /** A character Excel cannot write in XML as itself, such as a carriage return: {@code _x000D_}. */
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder item = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                item.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
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

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                strings.add(decode(item));
                inItem = false;
            }
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {
            }
        }
    }

    /** The text with Excel's {@code _xHHHH_} escapes as the characters they stand for ({@code _x005F_} is "_"). */
    static String decode(CharSequence characters) {
        String text = characters.toString();
        if (text.length() < 7 || !text.contains("_x")) {
            return text;
        }
        Matcher escape = ESCAPED.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (escape.find()) {
            escape.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(decoded);
        return decoded.toString();
    }
}
