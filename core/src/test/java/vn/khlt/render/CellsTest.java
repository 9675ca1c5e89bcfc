package vn.khlt.render;

import vn.khlt.report.Cell;
import vn.khlt.report.Table;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.khlt.i18n.Lang;

class CellsTest {

    @Test
    void aNumbersDisplayLengthIsCountedAsFormattingGivesIt() {
        List<String> numbers = new ArrayList<>(List.of("0", "1", "9.95", "99.95", "999.95", "999.94", "0.04", "0.05",
                "-0.04", "-0.05", "-1234.5", "1000", "999999.99", "1E+3", "123456789012", "0.0000", "60.0", "60.25", "3987"));
        Random random = new Random(11);
        for (int i = 0; i < 3000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(7) - 1);
            numbers.add((random.nextInt(10) == 0 ? value.negate() : value).toPlainString());
        }
        for (Table.Column column : List.of(Table.Column.number("n"), Table.Column.percent("p"), Table.Column.plain("y"))) {
            for (Lang lang : Lang.values()) {
                for (String number : numbers) {
                    Cell.Number cell = new Cell.Number(new BigDecimal(number), Cell.AS_COLUMN, false);
                    assertThat(Cells.displayLength(column, cell, lang))
                            .as("%s %s %s", number, column.percent(), lang)
                            .isEqualTo(Cells.display(column, cell, lang).length());
                }
            }
        }
    }

    @Test
    void yearsAndRowsAreShownAsWrittenCountsGrouped() {
        assertThat(Cells.display(Table.Column.plain("Năm"), number("2019"), Lang.VI)).isEqualTo("2019");
        assertThat(Cells.display(Table.Column.plain("Row"), number("12345"), Lang.EN)).isEqualTo("12345");
        assertThat(Cells.display(Table.Column.number("Giá trị"), number("3350"), Lang.VI)).isEqualTo("3.350");
        assertThat(Cells.display(Table.Column.number("Value"), number("3350"), Lang.EN)).isEqualTo("3,350");
        assertThat(Cells.display(Table.Column.percent("%"), number("60.25"), Lang.VI)).isEqualTo("60,3%");
        // for machines: dot decimal, no grouping, at most four decimals
        assertThat(Cells.plain(number("3350"))).isEqualTo("3350");
        assertThat(Cells.plain(number("60.251849"))).isEqualTo("60.2518");
        assertThat(Cells.plain(Cell.BLANK)).isEmpty();
    }

    private static Cell.Number number(String value) {
        return new Cell.Number(new BigDecimal(value), Cell.AS_COLUMN, false);
    }

    /** A table cut to a terminal: the columns least useful first, then the last one shortened, and a line that says so. */
    @org.junit.jupiter.api.Test
    void aTableFitsTheTerminal() {
        vn.khlt.report.Table table = new vn.khlt.report.Table("Khoảng cách", java.util.List.of(
                vn.khlt.report.Table.Column.left("Chỉ tiêu"), vn.khlt.report.Table.Column.number("Dự báo cuối kỳ"),
                vn.khlt.report.Table.Column.left("Ghi chú")), java.util.List.of(java.util.List.of(
                vn.khlt.report.Cell.text("CT08"), vn.khlt.report.Cell.number(5583),
                vn.khlt.report.Cell.text("thiếu HND: Huyện Ba Tri 2019 (chưa gửi báo cáo), Huyện Chợ Lách 2019 (để trống)"))));
        String whole = TextTable.render(table, vn.khlt.i18n.Lang.VI);
        String fit = TextTable.fit(table, vn.khlt.i18n.Lang.VI, 40, java.util.List.of(1));
        org.assertj.core.api.Assertions.assertThat(whole).contains("5.583");
        org.assertj.core.api.Assertions.assertThat(fit.lines().filter(l -> !l.startsWith("(ẩn"))).allSatisfy(l ->
                org.assertj.core.api.Assertions.assertThat(TextTable.width(l)).isLessThanOrEqualTo(40));
        org.assertj.core.api.Assertions.assertThat(fit).doesNotContain("5.583").contains("thiếu HND: Huyện Ba Tri")
                .contains("…").endsWith("(ẩn cho vừa màn hình: Dự báo cuối kỳ; thêm --wide để xem đủ các cột)\n");
        org.assertj.core.api.Assertions.assertThat(TextTable.fit(table, vn.khlt.i18n.Lang.VI, 500, java.util.List.of(1)))
                .isEqualTo(whole);
    }
}
