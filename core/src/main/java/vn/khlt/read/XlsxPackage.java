package vn.khlt.read;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipUtil;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX file as a package of parts joined by relationships (ECMA-376 part 2), as far as
 * reading needs: a part's bytes, and the relationships that start from it. The zip is opened
 * by POI's {@link ZipSecureFile}, which refuses zip bombs (entries that inflate beyond its
 * ratio or size limits) as it does for POI's own reading; relationships are read with POI's
 * hardened SAX parser. POI's {@code OPCPackage} does the same and more: it builds DOM trees of
 * the content types, of every part's relationships and of the document properties, which
 * reading does not use and which cost half the time of reading a small workbook.
 */
final class XlsxPackage implements Closeable {

    /** A relationship from a part: its type (a URI) and the part name it points to. */
    record Relationship(String type, String target) {

        /** Whether its type ends in this name ({@code worksheet}, {@code sharedStrings}, ...). */
        boolean is(String kind) {
            return type.endsWith("/" + kind);
        }
    }

    /** The type of the package's relationship to its main part, in transitional and in ISO 29500 strict OOXML. */
    private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String OFFICE_DOCUMENT_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    private final ZipSecureFile zip;

    private XlsxPackage(ZipSecureFile zip) {
        this.zip = zip;
    }

    /** A file that starts as a zip does but whose zip structure cannot be read (often one cut short). */
    static final class DamagedZipException extends IOException {
        DamagedZipException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Opens a file that starts as a zip does (the caller has looked). */
    static XlsxPackage open(Path file) throws IOException {
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (FileSystemException e) {
            throw e; // gone, or not readable: said as such
        } catch (IOException e) {
            throw new DamagedZipException(e);
        }
        try {
            long entries = Collections.list(zip.getEntries()).size();
            if (entries > ZipSecureFile.getMaxFileCount()) {
                throw new IOException(ZipSecureFile.MAX_FILE_COUNT_MSG);
            }
            return new XlsxPackage(zip);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The main part, the workbook: the target of the package's office-document relationship. */
    String workbook() throws IOException, InvalidFormatException {
        for (Relationship relationship : relationships("/").values()) {
            if (relationship.type().equals(OFFICE_DOCUMENT) || relationship.type().equals(OFFICE_DOCUMENT_STRICT)) {
                if (!has(relationship.target())) {
                    throw new MissingPartException(vn.khlt.i18n.Text.of("thiếu phần sổ bảng tính mà tệp trỏ tới",
                            "the workbook part is missing"));
                }
                return relationship.target();
            }
        }
        throw new MissingPartException(vn.khlt.i18n.Text.of("tệp nén không chứa sổ bảng tính nào",
                "no workbook in the package"));
    }

    /** A part the package should hold and does not; why, in both languages. */
    static final class MissingPartException extends IOException {
        final vn.khlt.i18n.Text reason;

        MissingPartException(vn.khlt.i18n.Text reason) {
            super(reason.en());
            this.reason = reason;
        }
    }

    /** Whether the package holds this part. */
    boolean has(String part) {
        return entry(part).isPresent();
    }

    /** The bytes of a part, inflated within POI's limits. */
    InputStream open(String part) throws IOException, InvalidFormatException {
        Optional<ZipArchiveEntry> entry = entry(part);
        if (entry.isEmpty()) {
            throw new MissingPartException(vn.khlt.i18n.Text.of("thiếu phần " + part + " của tệp",
                    "the part " + part + " is missing"));
        }
        return zip.getInputStream(entry.get());
    }

    /**
     * The relationships from a part ({@code /} for the package itself) by id, in document order,
     * targets resolved to part names; external targets (web links and the like) left out.
     */
    Map<String, Relationship> relationships(String source) throws IOException, InvalidFormatException {
        int slash = source.lastIndexOf('/');
        String rels = source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
        Map<String, Relationship> found = new LinkedHashMap<>();
        if (entry(rels).isEmpty()) {
            return found;
        }
        try (InputStream in = open(rels)) {
            XlsxParts.parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String id = attributes.getValue("Id");
                    String type = attributes.getValue("Type");
                    String target = attributes.getValue("Target");
                    if (localName.equals("Relationship") && id != null && type != null && target != null
                            && !"External".equalsIgnoreCase(attributes.getValue("TargetMode"))) {
                        found.putIfAbsent(id, new Relationship(type, resolve(source, target)));
                    }
                }
            });
        }
        return found;
    }

    /**
     * The part name a relationship's target means: relative to the folder of its source part
     * unless it starts with {@code /}, with {@code .} and {@code ..} folded and {@code %XX}
     * escapes decoded ({@code worksheets/sheet1.xml} from {@code /xl/workbook.xml} is
     * {@code /xl/worksheets/sheet1.xml}).
     */
    static String resolve(String source, String target) {
        String path = target.startsWith("/") ? target : source.substring(0, source.lastIndexOf('/') + 1) + target;
        if (path.indexOf('%') >= 0) {
            try {
                path = new URI(path).getPath();
            } catch (URISyntaxException e) {
                // not a URI after all: the name as written
            }
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments);
    }

    /** The zip entry of a part name; part names ignore ASCII case, as the format says. */
    private Optional<ZipArchiveEntry> entry(String part) {
        String name = part.startsWith("/") ? part.substring(1) : part;
        ZipArchiveEntry exact = zip.getEntry(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        Enumeration<ZipArchiveEntry> entries = zip.getEntries();
        while (entries.hasMoreElements()) {
            ZipArchiveEntry entry = entries.nextElement();
            if (entry.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * Loads and sets up, on the calling thread, what opening the first package would otherwise
     * pay for on a reading thread: the zip reader's date conversion (a calendar and its locale
     * data), POI's logging, and an XML parser.
     */
    static void warmUp() throws IOException, ClassNotFoundException {
        for (Class<?> type : List.of(ZipUtil.class, ZipSecureFile.class)) {
            Class.forName(type.getName(), true, type.getClassLoader()); // runs its static set-up
        }
        XlsxParts.parse(new ByteArrayInputStream("<a/>".getBytes(StandardCharsets.US_ASCII)), new DefaultHandler());
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
