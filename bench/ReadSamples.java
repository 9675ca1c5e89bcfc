import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The yardstick of {@code khlt gap} in bench/run: the least a command-line tool built on the
 * parts khlt must use can do with the samples. One picocli command, with an option like gap's,
 * opens each workbook as khlt does (POI's OPCPackage and XSSFReader: shared strings, styles, every
 * sheet's XML through one SAX parser from POI's XMLHelper) and each CSV file with Commons CSV,
 * and counts the cells. It reads no plan, checks nothing and computes no gap.
 *
 * <p>java -cp khlt.jar:bench-classes ReadSamples --as-of 2019 samples/bentre
 */
@Command(name = "read-samples", mixinStandardHelpOptions = true)
public class ReadSamples implements Callable<Integer> {

    @Option(names = "--as-of", description = "ignored; there as gap has it")
    int asOf;

    @Parameters(arity = "1", description = "a folder of workbooks and CSV files")
    Path folder;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReadSamples()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(files::add);
        }
        Collections.sort(files);
        long[] cells = {0};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("c")) {
                    cells[0]++;
                }
            }
        });
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".xlsx")) {
                try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                    XSSFReader reader = new XSSFReader(pkg, true);
                    reader.getSharedStringsTable(); // read, as khlt reads them
                    reader.getStylesTable();
                    for (XSSFReader.SheetIterator sheets = reader.getSheetIterator(); sheets.hasNext(); ) {
                        try (InputStream in = sheets.next()) {
                            xml.parse(new InputSource(in));
                        }
                    }
                }
            } else if (name.endsWith(".csv")) {
                // any single-byte charset counts the fields of a UTF-8 or Windows-1258 file alike
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
                     CSVParser rows = CSVFormat.RFC4180.parse(reader)) {
                    for (CSVRecord row : rows) {
                        cells[0] += row.size();
                    }
                }
            }
        }
        System.out.println(cells[0] + " cells in " + files.size() + " files");
        return 0;
    }
}
