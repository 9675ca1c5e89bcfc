import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a plan with 1,000 communes (the built-in plan and its units, plus communes) and one
 * long-layout XLSX submission of 200,000 distinct figures for it, deterministic from a seed.
 * Run with khlt's jar on the class path: java -cp cli/target/khlt.jar bench/GenerateXlsx.java OUT
 */
public class GenerateXlsx {

    static final String[] ASSOCIATIONS = {"HLHPN", "HND", "HCCB", "DTN"};
    static final String[] COUNTS = {"CT06", "CT08", "CT09", "CT14", "CT15", "CT18", "CT19", "CT20"};
    static final String[] RATES = {"CT11", "CT17"};
    static final int COMMUNES = 1000;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench-out");
        Files.createDirectories(out);
        String plan;
        try (InputStream in = GenerateXlsx.class.getClassLoader().getResourceAsStream("vn/khlt/plan/bentre-02-khlt-2016.yaml")) {
            plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder communes = new StringBuilder("units:\n");
        for (int i = 1; i <= COMMUNES; i++) {
            communes.append(String.format("  - {code: XA-%04d, level: commune, parent: BA-TRI, name: {vi: Xã số %04d, en: Commune %04d}}%n", i, i, i));
        }
        plan = plan.replace("id: bentre-02-khlt-2016", "id: bench-communes").replaceFirst("\nunits:\n", "\n" + communes);
        Files.writeString(out.resolve("plan.yaml"), plan, StandardCharsets.UTF_8);

        Random random = new Random(2016);
        int rows = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream file = Files.newOutputStream(out.resolve("big.xlsx"))) {
            Sheet sheet = wb.createSheet("Tổng hợp");
            Row header = sheet.createRow(0);
            String[] titles = {"Đoàn thể", "Đơn vị", "Năm", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int commune = 1; commune <= COMMUNES; commune++) {
                for (String association : ASSOCIATIONS) {
                    for (int year = 2016; year <= 2020; year++) {
                        // plausible series: counts near a commune's own level, rates rising a little each year
                        for (String code : COUNTS) {
                            Row row = row(sheet, ++rows, association, commune, year, code);
                            int level = 20 + (commune * 7 + code.hashCode()) % 30;
                            row.createCell(4).setCellValue(level + random.nextInt(5));
                        }
                        for (String code : RATES) {
                            Row row = row(sheet, ++rows, association, commune, year, code);
                            int denominator = 100 + commune % 100;
                            row.createCell(5).setCellValue(denominator / 2 + (year - 2016) * 5 + random.nextInt(3));
                            row.createCell(6).setCellValue(denominator);
                        }
                    }
                }
            }
            wb.write(file);
        }
        System.out.println("wrote " + out.resolve("plan.yaml") + " and " + out.resolve("big.xlsx") + " (" + rows + " rows)");
    }

    static Row row(Sheet sheet, int index, String association, int commune, int year, String code) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(association);
        row.createCell(1).setCellValue(String.format("XA-%04d", commune));
        row.createCell(2).setCellValue(year);
        row.createCell(3).setCellValue(code);
        return row;
    }
}
