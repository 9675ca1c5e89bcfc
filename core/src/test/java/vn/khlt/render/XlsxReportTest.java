package vn.khlt.render;

import vn.khlt.report.ReportTables;
import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.khlt.i18n.Lang;

/** The workbook holds every line of every table, however long: a table longer than a sheet goes on over more. */
class XlsxReportTest {

    private static ReportTables.Named table(String file, String sheet, int lines) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            rows.add(List.of(Cell.text("CT" + i), Cell.text("Ba Tri"), Cell.number(i * 10)));
        }
        return new ReportTables.Named(file, sheet, new Table(sheet, List.of(Table.Column.left("Mã"),
                Table.Column.left("Đơn vị"), Table.Column.number("Giá trị")), rows));
    }

    @Test
    void aTableLongerThanASheetGoesOnOverMoreSheetsEachWithItsHeader() throws IOException {
        List<ReportTables.Named> tables = List.of(table("tong-hop", "Tổng hợp", 2), table("nguon", "Nguồn", 7),
                table("so-lieu", "Số liệu", 3));
        byte[] bytes = XlsxReport.write(tables, 2019, Lang.VI, 3);
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Tổng hợp", "Nguồn", "Nguồn (2)", "Nguồn (3)", "Số liệu");
            assertThat(wb.getSheet("Nguồn").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nguồn (1/3)");
            assertThat(wb.getSheet("Nguồn (3)").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nguồn (3/3)");
            // a table that fits keeps one sheet and its title as it is
            assertThat(wb.getSheet("Số liệu").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Số liệu");
            List<String> lines = new ArrayList<>();
            for (String name : List.of("Nguồn", "Nguồn (2)", "Nguồn (3)")) {
                Sheet sheet = wb.getSheet(name);
                assertThat(format.formatCellValue(sheet.getRow(2).getCell(0))).as(name).isEqualTo("Mã");
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    lines.add(format.formatCellValue(row.getCell(0)) + " " + row.getCell(2).getNumericCellValue());
                }
            }
            assertThat(lines).containsExactly("CT1 10.0", "CT2 20.0", "CT3 30.0", "CT4 40.0", "CT5 50.0", "CT6 60.0",
                    "CT7 70.0");
        }
        assertThat(XlsxReport.ROWS_PER_SHEET).isEqualTo(1_048_576 - 3); // Excel's rows, less the title and header
    }
}
