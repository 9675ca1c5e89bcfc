import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The yardstick of bench/run: the roll-up khlt's report does, done by DuckDB on the same CSV
 * files. Every commune's figures summed per indicator, association, year and province (the
 * commune's district's parent, from the units file), as sums of values, numerators and
 * denominators. Prints the number of groups and a checksum, so that the answer can be compared.
 *
 * <p>java -cp duckdb_jdbc.jar bench/DuckDbGroupBy.java OUT [THREADS]
 */
public class DuckDbGroupBy {

    public static void main(String[] args) throws Exception {
        String out = args[0];
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = db.createStatement()) {
            sql.execute("SET threads = " + threads);
            String query = """
                    WITH units AS (SELECT * FROM read_csv('%1$s/don-vi.csv', header = true, all_varchar = true)),
                    figures AS (SELECT * FROM read_csv('%1$s/inbox/*.csv', header = true,
                        columns = {'association': 'VARCHAR', 'unit': 'VARCHAR', 'year': 'INTEGER', 'indicator': 'VARCHAR',
                                   'value': 'DECIMAL(18,4)', 'numerator': 'DECIMAL(18,4)', 'denominator': 'DECIMAL(18,4)'}))
                    SELECT f.indicator, f.association, f.year, d.parent AS province,
                           sum(f.value) AS value, sum(f.numerator) AS numerator, sum(f.denominator) AS denominator,
                           count(*) AS figures
                    FROM figures f JOIN units c ON c.code = f.unit JOIN units d ON d.code = c.parent
                    GROUP BY ALL ORDER BY ALL
                    """.formatted(out);
            long started = System.nanoTime();
            long groups = 0;
            long figures = 0;
            java.math.BigDecimal checksum = java.math.BigDecimal.ZERO;
            try (ResultSet rows = sql.executeQuery(query)) {
                while (rows.next()) {
                    groups++;
                    figures += rows.getLong("figures");
                    for (String column : new String[] {"value", "numerator", "denominator"}) {
                        java.math.BigDecimal v = rows.getBigDecimal(column);
                        if (v != null) {
                            checksum = checksum.add(v);
                        }
                    }
                }
            }
            System.out.printf("duckdb: %d groups, %d figures, checksum %s, query %.2f s%n", groups, figures,
                    checksum.stripTrailingZeros().toPlainString(), (System.nanoTime() - started) / 1e9);
        }
    }
}
