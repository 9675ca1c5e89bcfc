import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the faulty submissions of samples/with-errors that are binary or large (the CSV ones
 * are written by hand): each shows checks of khlt validate that a text file cannot.
 *
 *   java -cp cli/target/khlt.jar samples/GenerateErrors.java samples/with-errors
 */
public class GenerateErrors {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "samples/with-errors");
        Files.createDirectories(out);
        byte[] sheet = workbook();
        Files.write(out.resolve("HND_2019_loi-o.xlsx"), sheet);
        Files.write(out.resolve("HLHPN_2019_hong.xlsx"), Arrays.copyOf(sheet, sheet.length / 2));
        Files.write(out.resolve("HND_2019_la-xlsx.csv"), sheet);
        encrypted(out.resolve("HCCB_2019_mat-khau.xlsx"));
        Files.write(out.resolve("DTN_2019_nhi-phan.csv"), new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x10, 0x20, 0x00});
        StringBuilder wide = new StringBuilder("Đơn vị");
        for (int i = 0; i < 20_000; i++) {
            wide.append(",x");
        }
        Files.writeString(out.resolve("DTN_2019_qua-rong.csv"), wide + "\n", StandardCharsets.UTF_8);
        System.out.println("wrote the generated faulty submissions to " + out);
    }

    /** HND 2019: an Excel error, a date in a number cell, an unknown and a duplicated column. */
    static byte[] workbook() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Báo cáo");
            Row head = sheet.createRow(0);
            String[] headers = {"Đơn vị", "CT08", "CT09", "CT15", "Số điện thoại", "CT09"};
            for (int c = 0; c < headers.length; c++) {
                head.createCell(c).setCellValue(headers[c]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Ba Tri");
            row.createCell(1).setCellFormula("120/0");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(2).setCellValue(43466);
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue(6);
            row.createCell(4).setCellValue("0275 3822 123");
            row.createCell(5).setCellValue(4);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static void encrypted(Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Báo cáo").createRow(0).createCell(0).setCellValue("Đơn vị");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
    }
}
