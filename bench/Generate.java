import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Nature;
import vn.khlt.plan.Plan;
import vn.khlt.plan.PlanLoader;
import vn.khlt.plan.Plans;
import vn.khlt.plan.ReportingUnit;

/**
 * Writes a benchmark's inputs, deterministic from a seed: a plan ({@code OUT/plan.yaml}, its
 * units in {@code OUT/don-vi.csv} at national scale), long-layout CSV submissions
 * ({@code OUT/inbox/*.csv}, one per association and year) and one 200,000-row XLSX submission
 * ({@code OUT/xlsx/HLHPN_2020.xlsx}).
 *
 * <p>National scale: 63 provinces × 11 districts × 14 communes under a nation, four
 * associations, 2016–2020, 17 indicators, every commune reporting every indicator: 3,298,680
 * rows. Bến Tre scale: the built-in plan and its ten units.
 *
 * <p>Run with khlt's jar on the class path (bench/generate does):
 * {@code java -cp cli/target/khlt.jar bench/Generate.java OUT [--scale bentre|national] [--seed N]}
 */
public class Generate {

    static final int XLSX_ROWS = 200_000;
    static long SEED = 2016;

    /** The indicators of the national plan: those of 02/KHLT that associations report (CT04–CT20), reported at every commune. */
    record Spec(String code, String vi, String en, String unitVi, String unitEn, boolean rate, boolean flow) {
    }

    static final List<Spec> INDICATORS = List.of(
            new Spec("CT04", "Gia đình hội viên được vận động xây dựng nông thôn mới", "Member families mobilised for new rural areas", "gia đình", "families", true, false),
            new Spec("CT05", "Hội viên nắm được nội dung Chương trình Đồng Khởi khởi nghiệp", "Members who know the start-up programme", "hội viên", "members", true, false),
            new Spec("CT06", "Lớp tập huấn khởi nghiệp", "Start-up training courses", "lớp", "courses", false, true),
            new Spec("CT07", "Hội viên tham gia khởi nghiệp", "Members starting a business", "hội viên", "members", true, false),
            new Spec("CT08", "Hội viên được hỗ trợ khởi nghiệp", "Members supported to start a business", "hội viên", "members", false, true),
            new Spec("CT09", "Mô hình kinh tế tập thể", "Collective economic models", "mô hình", "models", false, true),
            new Spec("CT10", "Hội viên tham gia bảo hiểm y tế", "Members with health insurance", "hội viên", "members", true, false),
            new Spec("CT11", "Hộ hội viên đạt gia đình văn hóa", "Member households of cultural standard", "hộ", "households", true, false),
            new Spec("CT12", "Hộ hội viên sử dụng nước sạch", "Member households with clean water", "hộ", "households", true, false),
            new Spec("CT13", "Tổ hợp tác, hợp tác xã do hội viên thành lập", "Cooperatives founded by members", "tổ", "groups", false, false),
            new Spec("CT14", "Công trình, phần việc thanh niên", "Youth works", "công trình", "works", false, true),
            new Spec("CT15", "Tuyến đường hoa, đường sáng xanh sạch đẹp", "Flower roads and lit, green roads", "tuyến", "roads", false, true),
            new Spec("CT16", "Hội thi, diễn đàn khởi nghiệp", "Start-up contests and forums", "cuộc", "events", false, true),
            new Spec("CT17", "Hộ hội viên có nhà tiêu hợp vệ sinh", "Member households with a sanitary latrine", "hộ", "households", true, false),
            new Spec("CT18", "Hộ hội viên thoát nghèo", "Member households out of poverty", "hộ", "households", false, true),
            new Spec("CT19", "Hội viên được vay vốn", "Members given a loan", "hội viên", "members", false, true),
            new Spec("CT20", "Nhà tình thương, nhà đại đoàn kết", "Houses built for the poor", "căn", "houses", false, true));

    public static void main(String[] args) throws Exception {
        Path out = null;
        String scale = "national";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = args[++i];
                case "--seed" -> SEED = Long.parseLong(args[++i]);
                default -> out = Path.of(args[i]);
            }
        }
        if (out == null || !scale.equals("national") && !scale.equals("bentre")) {
            System.err.println("usage: bench/generate OUT [--scale bentre|national] [--seed N]");
            System.exit(2);
        }
        Files.createDirectories(out.resolve("inbox"));
        Files.createDirectories(out.resolve("xlsx"));
        Plan plan;
        if (scale.equals("bentre")) {
            Files.writeString(out.resolve("plan.yaml"), Plans.builtInText(Plans.DEFAULT_ID).orElseThrow(), StandardCharsets.UTF_8);
            plan = Plans.defaultPlan();
        } else {
            nationalUnits(out.resolve("don-vi.csv"));
            Files.writeString(out.resolve("plan.yaml"), nationalPlan(), StandardCharsets.UTF_8);
            Path folder = out;
            plan = PlanLoader.load(out.resolve("plan.yaml").toString(), nationalPlan(),
                    name -> Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
        }
        long rows = 0;
        long bytes = 0;
        int files = 0;
        for (Association association : plan.associations()) {
            for (int year = plan.period().from(); year <= plan.period().to(); year++) {
                Path file = out.resolve("inbox").resolve(association.code() + "_" + year + ".csv");
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                     CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                    csv.printRecord("association", "unit", "year", "indicator", "value", "numerator", "denominator");
                    int y = year;
                    rows += rows(plan, association.code(), year, (unit, indicator, figure) -> {
                        if (indicator.isRate()) {
                            csv.printRecord(association.code(), unit, y, indicator.code(), "", figure[0], figure[1]);
                        } else {
                            csv.printRecord(association.code(), unit, y, indicator.code(), figure[0], "", "");
                        }
                    });
                }
                bytes += Files.size(file);
                files++;
            }
        }
        System.out.printf("wrote %s: %,d rows in %d CSV files, %,d bytes%n", out.resolve("inbox"), rows, files, bytes);
        xlsx(out.resolve("xlsx").resolve("HLHPN.xlsx"), plan);
    }

    interface RowWriter {
        void write(String unit, Indicator indicator, long[] figure) throws IOException;
    }

    /** Every figure an association owes for a year: each indicator it reports, at each unit that reports it. */
    static long rows(Plan plan, String association, int year, RowWriter writer) throws IOException {
        long rows = 0;
        Set<String> parents = plan.units().stream().flatMap(u -> u.parent().stream()).collect(Collectors.toSet());
        for (int u = 0; u < plan.units().size(); u++) {
            ReportingUnit unit = plan.units().get(u);
            for (Indicator indicator : plan.indicators()) {
                boolean reports = !indicator.provincial() && indicator.reportedBy().contains(association)
                        && indicator.reportedAt().map(level -> level == unit.level())
                                .orElse(plan.units().size() < 100 || !parents.contains(unit.code()));
                if (reports) {
                    writer.write(unit.code(), indicator, figure(association, u, indicator, year, plan.period().from()));
                    rows++;
                }
            }
        }
        return rows;
    }
    /** One figure of a unit: {value} for a count or yes/no, {numerator, denominator} for a rate. Rates rise, stocks grow, flows wobble. */
    static long[] figure(String association, int unit, Indicator indicator, int year, int from) {
        SplittableRandom base = new SplittableRandom(SEED * 1_000_003L + (association.hashCode() * 31L + unit) * 131L
                + indicator.code().hashCode());
        if (indicator.isRate()) {
            long denominator = 200 + base.nextInt(1800);
            long start = denominator * (40 + base.nextInt(30)) / 100;
            long step = (denominator - start) / 6;
            return new long[] {start + step * (year - from), denominator};
        }
        if (indicator.measure() == Measure.YES_NO) {
            return new long[] {year - from >= base.nextInt(5) ? 1 : 0};
        }
        long level = 5 + base.nextInt(40);
        if (indicator.nature() == Nature.STOCK) {
            return new long[] {level + (year - from) * base.nextInt(1, 4)};
        }
        SplittableRandom noise = new SplittableRandom(base.nextLong() + year);
        return new long[] {level + noise.nextInt(-2, 3)};
    }

    /** nation → 63 provinces → 11 districts each → 14 communes each. */
    static void nationalUnits(Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            csv.printRecord("code", "level", "parent", "name", "name_en", "aliases");
            csv.printRecord("VN", "nation", "", "Toàn quốc", "Nationwide", "Cả nước");
            for (int p = 1; p <= 63; p++) {
                String province = String.format("T%02d", p);
                csv.printRecord(province, "province", "VN", String.format("Tỉnh số %02d", p), String.format("Province %02d", p), "");
                for (int d = 1; d <= 11; d++) {
                    String district = String.format("%s-H%02d", province, d);
                    csv.printRecord(district, "district", province, String.format("Huyện số %02d.%02d", p, d),
                            String.format("District %02d.%02d", p, d), "");
                    for (int c = 1; c <= 14; c++) {
                        String commune = String.format("%s-X%02d", district, c);
                        csv.printRecord(commune, "commune", district, String.format("Xã số %02d.%02d.%02d", p, d, c),
                                String.format("Commune %02d.%02d.%02d", p, d, c), "");
                    }
                }
            }
        }
    }

    static String nationalPlan() {
        StringBuilder yaml = new StringBuilder("""
                # A plan of 02/KHLT's shape at national scale, written by bench/Generate.java.
                id: bench-national
                number: 02/KHLT-QG
                title:
                  vi: Kế hoạch liên tịch (quy mô toàn quốc, số liệu thử)
                  en: Joint plan (national scale, benchmark data)
                issued: 2016-12-05
                period: {from: 2016, to: 2020}
                associations:
                  - {code: HLHPN, lead: true, name: {vi: Hội Liên hiệp Phụ nữ Việt Nam, en: Vietnam Women's Union}}
                  - {code: HND, name: {vi: Hội Nông dân Việt Nam, en: Vietnam Farmers' Union}}
                  - {code: HCCB, name: {vi: Hội Cựu chiến binh Việt Nam, en: Vietnam Veterans' Association}}
                  - {code: DTN, name: {vi: Đoàn TNCS Hồ Chí Minh, en: Ho Chi Minh Communist Youth Union}}
                # nation → province → district → commune, one unit per line
                units: don-vi.csv
                indicators:
                """);
        for (Spec spec : INDICATORS) {
            yaml.append("  - code: ").append(spec.code()).append('\n')
                    .append("    name: {vi: \"").append(spec.vi()).append("\", en: \"").append(spec.en()).append("\"}\n")
                    .append("    unit: {vi: ").append(spec.unitVi()).append(", en: ").append(spec.unitEn()).append("}\n")
                    .append("    measure: ").append(spec.rate() ? "rate" : "count").append('\n')
                    .append("    nature: ").append(spec.flow() ? "flow" : "stock").append('\n');
            if (spec.rate()) {
                yaml.append("    numerator: {vi: Số đạt, en: Meeting it}\n")
                        .append("    denominator: {vi: Tổng số, en: All}\n");
            }
            yaml.append("    reportedBy: [HLHPN, HND, HCCB, DTN]\n    reportedAt: commune\n    targets:\n");
            if (spec.rate()) {
                yaml.append("      - {kind: at-least, value: 90, deadline: 2020, path: linear, scope: joint}\n");
            } else if (spec.flow()) {
                yaml.append("      - {kind: cumulative-at-least, value: 7000000, deadline: 2020, scope: joint}\n");
            } else {
                yaml.append("      - {kind: at-least, value: 1500000, deadline: 2020, path: linear, scope: joint}\n");
            }
        }
        return yaml.toString();
    }

    /** 200,000 rows of HLHPN's figures in the long layout, year after year until there are enough. */
    static void xlsx(Path file, Plan plan) throws IOException {
        int[] rows = {0};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream stream = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Tổng hợp");
            Row header = sheet.createRow(0);
            String[] titles = {"Đoàn thể", "Đơn vị", "Năm", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int year = plan.period().from(); year <= plan.period().to() && rows[0] < XLSX_ROWS; year++) {
                int y = year;
                rows(plan, "HLHPN", year, (unit, indicator, figure) -> {
                    if (rows[0] == XLSX_ROWS) {
                        return;
                    }
                    Row row = sheet.createRow(++rows[0]);
                    row.createCell(0).setCellValue("HLHPN");
                    row.createCell(1).setCellValue(unit);
                    row.createCell(2).setCellValue(y);
                    row.createCell(3).setCellValue(indicator.code());
                    if (indicator.isRate()) {
                        row.createCell(5).setCellValue(figure[0]);
                        row.createCell(6).setCellValue(figure[1]);
                    } else {
                        row.createCell(4).setCellValue(figure[0]);
                    }
                });
            }
            wb.write(stream);
        }
        System.out.printf("wrote %s: %,d rows%n", file, rows[0]);
    }
}
