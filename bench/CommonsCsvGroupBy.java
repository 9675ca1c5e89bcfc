import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The second yardstick of bench/run: DuckDB's roll-up (bench/DuckDbGroupBy.java) written as the
 * plain loop a Java programmer would write first, on the parser khlt must use: Commons CSV, a
 * HashMap of sums per indicator, association, year and province, the files shared among the
 * cores and the maps merged at the end. It checks nothing, keeps no source cell and writes no
 * report: what it takes is the least any reader of these files built on Commons CSV can take.
 * Prints the number of groups and the checksum, as DuckDB's does.
 *
 * <p>java -cp khlt.jar:CLASSES CommonsCsvGroupBy OUT [THREADS]
 */
public class CommonsCsvGroupBy {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Map<String, String> parent = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(out.resolve("don-vi.csv"));
             CSVParser units = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord unit : units) {
                parent.put(unit.get("code"), unit.get("parent"));
            }
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> inbox = Files.newDirectoryStream(out.resolve("inbox"), "*.csv")) {
            inbox.forEach(files::add);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Map<String, long[]>>> parts = new ArrayList<>();
        for (Path file : files) {
            parts.add(pool.submit(() -> sums(file, parent)));
        }
        Map<String, long[]> groups = new HashMap<>();
        for (Future<Map<String, long[]>> part : parts) {
            part.get().forEach((key, sums) -> groups.merge(key, sums, (a, b) -> {
                for (int i = 0; i < a.length; i++) {
                    a[i] += b[i];
                }
                return a;
            }));
        }
        pool.shutdown();
        long figures = 0;
        long checksum = 0;
        for (long[] sums : groups.values()) {
            checksum += sums[0] + sums[1] + sums[2];
            figures += sums[3];
        }
        System.out.printf("commons-csv: %d groups, %d figures, checksum %s%n", groups.size(), figures,
                BigDecimal.valueOf(checksum).toPlainString());
    }

    /** One file's sums by group: value, numerator, denominator and the number of figures. */
    private static Map<String, long[]> sums(Path file, Map<String, String> parent) throws IOException {
        Map<String, long[]> groups = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file);
             CSVParser rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord row : rows) {
                String province = parent.get(parent.get(row.get(1)));
                String key = row.get(3) + ',' + row.get(0) + ',' + row.get(2) + ',' + province;
                long[] sums = groups.computeIfAbsent(key, k -> new long[4]);
                for (int i = 0; i < 3; i++) {
                    String number = row.get(4 + i);
                    if (!number.isEmpty()) {
                        sums[i] += Long.parseLong(number);
                    }
                }
                sums[3]++;
            }
        }
        return groups;
    }
}
