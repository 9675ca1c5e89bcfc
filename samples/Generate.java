import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample submissions of samples/bentre: Bến Tre's four associations and the province,
 * 2016–2019, in the forms offices send. The figures tell a story (see samples/README.md). The
 * files are checked in; this program is how they were made, and remakes them the same:
 *
 *   java -cp cli/target/khlt.jar samples/Generate.java samples/bentre
 */
public class Generate {

    static final String[] UNITS = {"Cấp tỉnh", "TP. Bến Tre", "Châu Thành", "Chợ Lách", "Mỏ Cày Nam", "Mỏ Cày Bắc",
        "Giồng Trôm", "Bình Đại", "Ba Tri", "Thạnh Phú"};
    /** Each unit's share of an association's yearly flows, in tenths of a percent (sums to 1000). */
    static final int[] SHARE = {40, 95, 110, 80, 105, 90, 115, 100, 135, 130};
    static final int[] YEARS = {2016, 2017, 2018, 2019};
    static final String[] ASSOCIATIONS = {"HLHPN", "HND", "HCCB", "DTN"};
    static final String[] RATES = {"CT04", "CT05", "CT07", "CT10", "CT11", "CT12", "CT17"};
    static final String[] COUNTS = {"CT06", "CT08", "CT09", "CT13", "CT14", "CT15", "CT16", "CT18", "CT19", "CT20"};

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "samples/bentre");
        Files.createDirectories(out);
        for (int year : YEARS) {
            template(out.resolve("HLHPN_" + year + ".xlsx"), "HLHPN", year);
            longCsv(out.resolve("hnd-" + year + ".csv"), "HND", year);
        }
        for (int year : new int[] {2016, 2017, 2018}) {
            officeSheet(out.resolve("HCCB_" + year + ".xlsx"), year);
        }
        windows1258(out.resolve("hccb-2019.csv"), 2019);
        dtn(out.resolve("DTN_tong-hop-2016-2019.csv"));
        province(out.resolve("thong-ke-tinh.csv"));
        System.out.println("wrote the samples to " + out);
    }

    // ---- the figures

    /** A yearly flow of an association, the story's heart: HLHPN on pace, HND behind, HCCB ahead, DTN just behind. */
    static int flow(String association, String code, int year) {
        int i = year - 2016;
        return switch (code) {
            case "CT08" -> switch (association) {
                case "HLHPN" -> new int[] {780, 820, 830, 800}[i];
                case "HND" -> new int[] {860, 900, 930, 910}[i];
                case "HCCB" -> new int[] {140, 150, 160, 150}[i];
                default -> new int[] {55, 60, 62, 63}[i];
            };
            case "CT06" -> new int[] {55, 60, 58, 62}[i] + association.length();
            case "CT09" -> association.equals("HCCB") && year == 2018 ? 3 : 4 + (association.length() + i) % 3;
            case "CT14" -> 1;
            case "CT15" -> new int[] {2, 1, 2, 2}[i];
            case "CT18" -> new int[] {4, 5, 4, 5}[i] - (association.equals("DTN") ? 1 : 0);
            case "CT19" -> new int[] {60, 55, 58, 60}[i] + association.length();
            case "CT20" -> 25 + association.length() * 2 + i;
            default -> 0;
        };
    }

    /** One unit's part of a flow: shares of the total, the remainder to the largest unit. */
    static int part(int total, int unit) {
        int sum = 0;
        for (int u = 0; u < UNITS.length; u++) {
            sum += total * SHARE[u] / 1000;
        }
        return total * SHARE[unit] / 1000 + (unit == 8 ? total - sum : 0);
    }

    /** A unit's value for a count indicator. CT09 and CT13–CT16 are not shared out; DTN Thạnh Phú never sends CT16. */
    static Integer count(String association, String code, int unit, int year) {
        return switch (code) {
            case "CT09" -> unit == 0 ? flow(association, code, year) : 0;
            case "CT13" -> unit == 0 ? null : year - 2016 < (unit + association.length()) % 4 ? 0 : 1;
            case "CT14", "CT15" -> unit == 0 ? flow(association, code, year) : 0;
            case "CT16" -> unit == 0 || association.equals("DTN") && unit == 9 ? null : 1 + (unit + year) % 2;
            default -> part(flow(association, code, year), unit);
        };
    }

    /** A rate's numerator and denominator at a unit. */
    static int[] rate(String association, String code, int unit, int year) {
        int i = year - 2016;
        int families = 900 + unit * 137 + association.length() * 41;
        int percent = switch (code) {
            case "CT04" -> 94 + i;
            case "CT05" -> 55 + 2 * i + (association.equals("HND") ? -3 : 1);
            case "CT07" -> 2 + 2 * i + (association.equals("HLHPN") ? 1 : 0);
            case "CT10" -> 90 + 2 * i;
            case "CT11" -> 57 + 3 * i + (association.equals("HCCB") ? 2 : 0);
            case "CT12" -> 96 + i;
            default -> 64 + 2 * i;
        };
        if (code.equals("CT07")) {
            int poor = 60 + unit * 7;
            return new int[] {poor * percent / 100, poor};
        }
        return new int[] {families * (percent * 10 + unit % 3) / 1000, families};
    }

    // ---- the forms

    /** The fill-in template as HLHPN's office returns it: title block, header over two rows for rates, total row. */
    static void template(Path file, String association, int year) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("Báo cáo");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            text(sheet, 0, 0, "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE").setCellStyle(bold);
            text(sheet, 1, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH LIÊN TỊCH 02/KHLT NĂM " + year).setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 12));
            int header = 3;
            text(sheet, header, 0, "Đơn vị");
            sheet.addMergedRegion(new CellRangeAddress(header, header + 1, 0, 0));
            int column = 1;
            List<Integer> numberColumns = new ArrayList<>();
            for (String code : RATES) {
                text(sheet, header, column, code);
                sheet.addMergedRegion(new CellRangeAddress(header, header, column, column + 1));
                text(sheet, header + 1, column, "Tử số");
                text(sheet, header + 1, column + 1, "Mẫu số");
                column += 2;
            }
            for (String code : COUNTS) {
                text(sheet, header, column, code);
                sheet.addMergedRegion(new CellRangeAddress(header, header + 1, column, column));
                numberColumns.add(column++);
            }
            int rowIndex = header + 2;
            for (int unit = 0; unit < UNITS.length; unit++) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(UNITS[unit]);
                int c = 1;
                for (String code : RATES) {
                    int[] r = rate(association, code, unit, year);
                    row.createCell(c++).setCellValue(r[0]);
                    row.createCell(c++).setCellValue(r[1]);
                }
                for (String code : COUNTS) {
                    Integer value = count(association, code, unit, year);
                    Cell cell = row.createCell(c++);
                    if (value != null) {
                        cell.setCellValue(value);
                    }
                }
            }
            Row total = sheet.createRow(rowIndex);
            total.createCell(0).setCellValue("Tổng cộng");
            for (int c = 1; c < column; c++) {
                String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                total.createCell(c).setCellFormula("SUM(" + letter + (header + 3) + ":" + letter + rowIndex + ")");
            }
            text(sheet, rowIndex + 2, 8, "Người lập biểu");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            sheet.setColumnWidth(0, 16 * 256);
            wb.write(out);
        }
    }

    /** HND's long CSV: Vietnamese headers and numbers, UTF-8 with BOM. */
    static void longCsv(Path file, String association, int year) throws Exception {
        StringBuilder csv = new StringBuilder("Đoàn thể,Đơn vị,Năm,Chỉ tiêu,Giá trị,Tử số,Mẫu số,Ghi chú\r\n");
        for (int unit = 0; unit < UNITS.length; unit++) {
            for (String code : COUNTS) {
                Integer value = count(association, code, unit, year);
                if (value != null) {
                    csv.append("Hội Nông dân,").append(UNITS[unit]).append(',').append(year).append(',').append(code)
                            .append(",\"").append(vietnamese(value)).append("\",,,\r\n");
                }
            }
            for (String code : RATES) {
                int[] r = rate(association, code, unit, year);
                csv.append("Hội Nông dân,").append(UNITS[unit]).append(',').append(year).append(',').append(code)
                        .append(",,\"").append(vietnamese(r[0])).append("\",\"").append(vietnamese(r[1])).append("\",\r\n");
            }
        }
        Files.write(file, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    /** HCCB's own office layout: letterhead, a title, the header over merged cells, a total row, a signature. */
    static void officeSheet(Path file, int year) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet help = wb.createSheet("Hướng dẫn");
            text(help, 0, 0, "Số liệu tính đến 31/12/" + year + "; gửi về Hội LHPN tỉnh trước 15/01.");
            Sheet sheet = wb.createSheet("Số liệu " + year);
            text(sheet, 0, 0, "HỘI CỰU CHIẾN BINH TỈNH BẾN TRE");
            text(sheet, 0, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text(sheet, 2, 0, "KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH 02/KHLT NĂM " + year);
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 8));
            String[] codes = {"CT06", "CT08", "CT09", "CT14", "CT15", "CT18", "CT19", "CT20"};
            text(sheet, 4, 0, "STT");
            text(sheet, 4, 1, "Huyện, thành phố");
            text(sheet, 4, 2, "CT11 - Gia đình có nhà tiêu hợp vệ sinh");
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 2, 3));
            text(sheet, 5, 2, "Tử số");
            text(sheet, 5, 3, "Mẫu số");
            for (int i = 0; i < codes.length; i++) {
                text(sheet, 4, 4 + i, codes[i]);
            }
            int rowIndex = 6;
            for (int unit = 0; unit < UNITS.length; unit++) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(unit + 1);
                row.createCell(1).setCellValue(UNITS[unit]);
                int[] r = rate("HCCB", "CT11", unit, year);
                row.createCell(2).setCellValue(r[0]);
                row.createCell(3).setCellValue(r[1]);
                for (int i = 0; i < codes.length; i++) {
                    Integer value = count("HCCB", codes[i], unit, year);
                    if (value != null) {
                        row.createCell(4 + i).setCellValue(value);
                    }
                }
            }
            Row total = sheet.createRow(rowIndex);
            total.createCell(1).setCellValue("Tổng");
            for (int c = 2; c < 4 + codes.length; c++) {
                String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                total.createCell(c).setCellFormula("SUM(" + letter + "7:" + letter + rowIndex + ")");
            }
            text(sheet, rowIndex + 2, 6, "TM. BAN THƯỜNG VỤ");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
    }

    /** HCCB's 2019 report saved by Excel on Vietnamese Windows: Windows-1258, ';', decomposed tone marks. */
    static void windows1258(Path file, int year) throws Exception {
        StringBuilder csv = new StringBuilder("Hội Cựu chiến binh tỉnh Bến Tre;;;;;;;;;;\r\nBáo cáo năm " + year + ";;;;;;;;;;\r\n");
        String[] codes = {"CT06", "CT08", "CT09", "CT14", "CT15", "CT18", "CT19", "CT20"};
        csv.append("Đơn vị;CT11 tử số;CT11 mẫu số");
        for (String code : codes) {
            csv.append(';').append(code);
        }
        csv.append("\r\n");
        for (int unit = 0; unit < UNITS.length; unit++) {
            int[] r = rate("HCCB", "CT11", unit, year);
            csv.append(UNITS[unit]).append(';').append(vietnamese(r[0])).append(';').append(vietnamese(r[1]));
            for (String code : codes) {
                Integer value = count("HCCB", code, unit, year);
                csv.append(';').append(value == null ? "" : vietnamese(value));
            }
            csv.append("\r\n");
        }
        Files.write(file, cp1258(csv.toString()));
    }

    /** DTN sends one long CSV for all its years. */
    static void dtn(Path file) throws Exception {
        StringBuilder csv = new StringBuilder("association,unit,year,indicator,value,numerator,denominator\n");
        for (int year : YEARS) {
            for (int unit = 0; unit < UNITS.length; unit++) {
                for (String code : COUNTS) {
                    Integer value = count("DTN", code, unit, year);
                    if (value != null) {
                        csv.append("DTN,").append(UNITS[unit]).append(',').append(year).append(',').append(code)
                                .append(',').append(value).append(",,\n");
                    }
                }
                for (String code : RATES) {
                    int[] r = rate("DTN", code, unit, year);
                    csv.append("DTN,").append(UNITS[unit]).append(',').append(year).append(',').append(code)
                            .append(",,").append(r[0]).append(',').append(r[1]).append('\n');
                }
            }
        }
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
    }

    /** The province's official statistics, which the secretariat enters. */
    static void province(Path file) throws Exception {
        StringBuilder csv = new StringBuilder("Chỉ tiêu,Đơn vị,Năm,Giá trị,Tử số,Mẫu số,Ghi chú\r\n");
        int[] communes = {12, 18, 24, 31};
        int[] poor = {38_950, 32_700, 26_400, 21_900};
        int[] trained = {81_000, 85_500, 90_200, 95_800};
        for (int i = 0; i < YEARS.length; i++) {
            csv.append("CT01,Cấp tỉnh,").append(YEARS[i]).append(',').append(communes[i]).append(",,,Sở NN&PTNT\r\n");
            csv.append("CT02,Cấp tỉnh,").append(YEARS[i]).append(",,\"").append(vietnamese(poor[i]))
                    .append("\",\"410.000\",Sở LĐTB&XH\r\n");
            csv.append("CT03,Cấp tỉnh,").append(YEARS[i]).append(",,\"").append(vietnamese(trained[i]))
                    .append("\",\"395.000\",Cục Thống kê\r\n");
        }
        Files.write(file, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
    }

    // ---- helpers

    static Cell text(Sheet sheet, int row, int column, String text) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(text);
        return cell;
    }

    /** 3987 as 3.987. */
    static String vietnamese(int value) {
        return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
    }

    /** Windows-1258 keeps tone marks apart from their letters, as Vietnamese Windows does. */
    static byte[] cp1258(String text) {
        Charset charset = Charset.forName("windows-1258");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            String s = String.valueOf(c);
            if (!charset.newEncoder().canEncode(s)) {
                String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
                StringBuilder base = new StringBuilder();
                StringBuilder tones = new StringBuilder();
                for (char d : decomposed.toCharArray()) {
                    ("\u0300\u0301\u0303\u0309\u0323".indexOf(d) >= 0 ? tones : base).append(d);
                }
                s = Normalizer.normalize(base.toString(), Normalizer.Form.NFC) + tones;
            }
            out.writeBytes(s.getBytes(charset));
        }
        return out.toByteArray();
    }
}
