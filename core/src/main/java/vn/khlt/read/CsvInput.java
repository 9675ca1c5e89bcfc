package vn.khlt.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as offices write it: UTF-8 with or without BOM, UTF-16 with BOM, or
 * Windows-1258 (Excel on Vietnamese Windows) when the bytes are not UTF-8, or TCVN3 (a workbook
 * typed with the .VnTime fonts, saved as CSV: {@link Tcvn3#bytes}); {@code ,}, {@code ;} or tab
 * between fields, found from the first lines; quotes per RFC 4180; all text NFC.
 */
final class CsvInput {

    /** How much of the file is looked at to choose its encoding and delimiter. */
    private static final int SNIFF_BYTES = 1 << 20;
    private static final int SNIFF_LINES = 30;
    /** More fields than this in one row is no report form; the row is refused, not read. */
    static final int MAX_FIELDS = 16_384;

    /**
     * Windows-1258, looked up when a file needs it: it lives among the JDK's extended charsets,
     * whose provider takes tens of milliseconds to start.
     */
    private static final class Windows1258 {
        static final Charset CHARSET = Charset.forName("windows-1258");
    }

    /** What was chosen for a file, for messages and tests. */
    record Dialect(Charset charset, int bomLength, char delimiter) {

        /** Whether the file's bytes are TCVN3's letters: read byte for byte, each field then turned into Unicode. */
        boolean tcvn3() {
            return charset.equals(StandardCharsets.ISO_8859_1);
        }
    }

    private CsvInput() {
    }

    static Dialect dialect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        Charset charset;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = isUtf8(head) ? StandardCharsets.UTF_8 : Tcvn3.bytes(head) ? StandardCharsets.ISO_8859_1 : Windows1258.CHARSET;
        }
        String text = new String(head, bom, head.length - bom, charset);
        return new Dialect(charset, bom, delimiter(text));
    }

    /**
     * Streams the rows of a CSV file, numbered as Excel numbers them when it opens the file: a
     * quoted cell whose text runs over several lines ("Thực↵hiện", as Excel saves a wrapped
     * header) is in one row. What breaks the parsing is said by the file's own line, where a
     * text editor finds it.
     */
    static void read(Path file, Dialect dialect, Consumer<Row> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(dialect.delimiter())
                .setIgnoreEmptyLines(false)
                .get();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.skipNBytes(dialect.bomLength());
            CharsetDecoder decoder = dialect.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            long previousEnd = 0;
            boolean tcvn3 = dialect.tcvn3();
            try (Reader reader = new InputStreamReader(in, decoder);
                 CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                for (CSVRecord record : parser) {
                    int line = (int) previousEnd + 1;
                    previousEnd = parser.getCurrentLineNumber();
                    if (record.size() > MAX_FIELDS) {
                        throw new TooWideException(line, record.size());
                    }
                    rows.accept(new Row((int) record.getRecordNumber(), new TextCells(record, tcvn3)));
                }
            } catch (UncheckedIOException e) {
                throw quotes(e.getCause(), (int) previousEnd + 1);
            }
        }
    }

    /**
     * A row whose quotes Commons CSV could not make sense of, as a {@link BadQuotesException}
     * on the line where the row starts; any other failure as it is. Commons CSV throws one
     * exception type for every kind, told apart only by its (English, never translated) message.
     */
    private static IOException quotes(IOException e, int line) {
        if (e instanceof org.apache.commons.csv.CSVException && e.getMessage() != null) {
            if (e.getMessage().contains("EOF reached before encapsulated token finished")) {
                return new BadQuotesException(e, true, line);
            }
            if (e.getMessage().contains("Invalid character between encapsulated token and delimiter")) {
                return new BadQuotesException(e, false, line);
            }
        }
        return e;
    }

    /** A quote never closed, or text after a closing quote; on the line its row starts. */
    static final class BadQuotesException extends IOException {
        final boolean unclosed;
        final int line;

        BadQuotesException(IOException cause, boolean unclosed, int line) {
            super(cause.getMessage(), cause);
            this.unclosed = unclosed;
            this.line = line;
        }
    }

    /** A row with more fields than any report form has. */
    static final class TooWideException extends IOException {
        final int line;
        final int fields;

        TooWideException(int line, int fields) {
            super("line " + line + " has " + fields + " fields");
            this.line = line;
            this.fields = fields;
        }
    }

    static String nfc(String text) {
        boolean plain = true;
        for (int i = 0; i < text.length() && plain; i++) {
            plain = text.charAt(i) < '\u0300'; // nothing below the combining marks can compose
        }
        if (plain) {
            return text;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The delimiter that splits the first lines most consistently into more than one field. */
    static char delimiter(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(SNIFF_LINES).toList();
        char best = ',';
        long bestScore = -1;
        for (char candidate : new char[] {',', ';', '\t'}) {
            int[] counts = lines.stream().mapToInt(l -> count(l, candidate)).toArray();
            int mode = mode(counts);
            long score = mode == 0 ? 0 : Arrays.stream(counts).filter(c -> c == mode).count() * 1000L + mode;
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** Delimiters outside quotes. */
    private static int count(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    /** The most frequent non-zero count, the larger on a tie. */
    private static int mode(int[] counts) {
        int best = 0;
        long bestFrequency = 0;
        for (int c : counts) {
            if (c == 0) {
                continue;
            }
            long frequency = Arrays.stream(counts).filter(x -> x == c).count();
            if (frequency > bestFrequency || frequency == bestFrequency && c > best) {
                best = c;
                bestFrequency = frequency;
            }
        }
        return best;
    }

    /**
     * Valid UTF-8, allowing a sequence cut at the end of the sniffed bytes (when they are not the
     * whole file): decoded through one small buffer, as the decoder's own loop allows.
     */
    private static boolean isUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        boolean whole = bytes.length < SNIFF_BYTES;
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, whole);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                // all decoded, or only the start of a sequence the sniffed bytes cut is left
                return !whole || decoder.flush(out.clear()).isUnderflow() && !in.hasRemaining();
            }
            out.clear();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
