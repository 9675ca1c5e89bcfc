package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

    @TempDir
    Path dir;

    /** A subtotal's column across ("Cộng vùng biển") adds up its group's units, the total's all of them. */
    @Test
    void aSubtotalsColumnAcrossIsCheckedAgainstItsGroupOnly() throws IOException {
        Path file = Path.of("..", "samples", "layouts", "chi-tieu-theo-dong", "HND_2019_cot-cong-vung.csv");
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).hasSize(8);
        assertThat(reading.issues()).containsExactly("total-mismatch D5"); // 6 where Ba Tri and Bình Đại add up to 5
        assertThat(reading.result().issues().get(0).message().en()).isEqualTo("The total column says 6 but the units add up to 5");
    }

    /** A subtotal's row above its group ("II. Khối huyện" over its districts) adds up the rows below it. */
    @Test
    void aSubtotalAboveItsGroupIsCheckedAgainstTheRowsBelowIt() throws IOException {
        Path file = Path.of("..", "samples", "layouts", "dong-khong-phai-so-lieu", "HND_2019_khoi-tren-nhom.csv");
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).hasSize(10);
        assertThat(reading.issues()).containsExactly("total-mismatch C10"); // Khối thành phố: 51 over TP Bến Tre's 50
        assertThat(reading.result().issues().get(0).message().en()).isEqualTo("The total row says 51 but the units' rows add up to 50");
    }

    @Test
    void longCsvInUtf8WithBomAndVietnameseNumbers() throws IOException {
        Path file = Reading.resource("HND_2017_long.csv", dir);
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly(
                "HND BA-TRI 2017 CT08 1130 @E2",
                "HND CHO-LACH 2017 CT04 3987/4120 @F3",
                "HND MO-CAY-NAM 2017 CT09 4 @E4",
                "HND MO-CAY-NAM 2017 CT11 60.5/100 @F5",
                "HND THANH-PHU 2017 CT06 missing @E6");
        assertThat(reading.issues()).isEmpty();
        Figure rate = reading.figures().get(1);
        assertThat(rate.denominatorSource()).map(l -> l.cell()).contains("G3");
        assertThat(rate.source().file()).isEqualTo(file.toString());
        assertThat(rate.source().sheet()).isEmpty();
    }

    @Test
    void aCsvSavedFromAWorkbookTypedInTcvn3IsReadAsUnicode() throws IOException {
        Path file = Reading.resource("hoi-nong-dan-2019-tcvn3.csv", dir);
        assertThat(CsvInput.dialect(file)).isEqualTo(new CsvInput.Dialect(StandardCharsets.ISO_8859_1, 0, ','));
        assertThat(CsvInput.dialect(file).tcvn3()).isTrue();
        Path named = Files.move(file, dir.resolve("HND_2019_tcvn3.csv"));
        Reading reading = Reading.of(named);
        assertThat(reading.lines()).containsExactly(
                "HND BA-TRI 2019 CT08 10 @B4", "HND BA-TRI 2019 CT09 2 @C4",
                "HND CHO-LACH 2019 CT08 12 @B5", "HND CHO-LACH 2019 CT09 1 @C5",
                "HND GIONG-TROM 2019 CT08 15 @B6", "HND GIONG-TROM 2019 CT09 3 @C6");
        assertThat(reading.issues()).containsExactly("tcvn3-text");
    }

    @Test
    void aFormulaKeptAsTextIsRefusedSayingItIsAFormulaWithoutAResult() throws IOException {
        Path file = dir.resolve("HND_2019.csv");
        Files.writeString(file, "Đơn vị,CT08,CT09\nBa Tri,=40+5,2\nChợ Lách,= SUM(B2:B2),1\nThạnh Phú,38,=\n");
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly(
                "HND BA-TRI 2019 CT08 missing @B2", "HND BA-TRI 2019 CT09 2 @C2",
                "HND CHO-LACH 2019 CT08 missing @B3", "HND CHO-LACH 2019 CT09 1 @C3",
                "HND THANH-PHU 2019 CT08 38 @B4", "HND THANH-PHU 2019 CT09 missing @C4");
        assertThat(reading.issues()).containsExactly("not-a-number B2", "not-a-number B3", "not-a-number C4");
        assertThat(reading.result().issues().get(0).message().en()).startsWith("'=40+5' is a formula kept as text, with no result");
        assertThat(reading.result().issues().get(1).message().en()).startsWith("'= SUM(B2:B2)' is a formula kept as text");
        assertThat(reading.result().issues().get(2).message().en()).startsWith("'=' is not a number");
    }

    @Test
    void windows1258WithSemicolonsTitleRowsAndATotalRow() throws IOException {
        Path file = Reading.resource("phu-nu-2018-windows1258.csv", dir);
        assertThat(CsvInput.dialect(file)).isEqualTo(new CsvInput.Dialect(Charset.forName("windows-1258"), 0, ';'));
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly(
                "HLHPN THANH-PHU 2018 CT08 120 @B5",
                "HLHPN THANH-PHU 2018 CT09 2 @C5",
                "HLHPN GIONG-TROM 2018 CT08 95 @B6",
                "HLHPN GIONG-TROM 2018 CT09 1 @C6");
        assertThat(reading.issues()).isEmpty();
    }

    @Test
    void windows1258TextComesOutAsPrecomposedUnicode() throws IOException {
        Path file = Reading.resource("phu-nu-2018-windows1258.csv", dir);
        java.util.List<Row> rows = new java.util.ArrayList<>();
        CsvInput.read(file, CsvInput.dialect(file), rows::add);
        assertThat(rows.get(0).text(0)).isEqualTo("Hội Liên hiệp Phụ nữ tỉnh Bến Tre");
        assertThat(rows.get(4).text(0)).isEqualTo("Thạnh Phú");
    }

    @Test
    void utf16WithBomAndTabs() throws IOException {
        Path file = Reading.resource("dtn-utf16.csv", dir);
        assertThat(CsvInput.dialect(file).delimiter()).isEqualTo('\t');
        assertThat(Reading.of(file).lines()).containsExactly("DTN BINH-DAI 2019 CT15 7 @E2");
    }

    @Test
    void decomposedToneMarksAreNormalised() throws IOException {
        String decomposed = java.text.Normalizer.normalize("Đơn vị,CT15\nBình Đại,3\n", java.text.Normalizer.Form.NFD);
        Path file = write("DTN_2019.csv", decomposed, StandardCharsets.UTF_8);
        assertThat(Reading.of(file).lines()).containsExactly("DTN BINH-DAI 2019 CT15 3 @B2");
    }

    /** A cell over two lines is one row in Excel, which opens the file: its cells are said by Excel's rows. */
    @Test
    void quotedFieldsAcrossLinesAreOneRowAsExcelShowsIt() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,CT09,Ghi chú\n\"Ba Tri\",2,\"ghi chú\ndài hai dòng\"\n\nChợ Lách,3,\n",
                StandardCharsets.UTF_8);
        assertThat(Reading.of(file).lines()).containsExactly(
                "HND BA-TRI 2017 CT09 2 @B2", "HND CHO-LACH 2017 CT09 3 @B4");
    }

    @Test
    void blankIsMissingNotZero() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,CT09,CT08\nBa Tri,,0\n", StandardCharsets.UTF_8);
        Reading reading = Reading.of(file);
        assertThat(reading.lines()).containsExactly("HND BA-TRI 2017 CT09 missing @B2", "HND BA-TRI 2017 CT08 0 @C2");
        assertThat(reading.figures().get(0).missing()).isTrue();
        assertThat(reading.figures().get(1).value()).contains(java.math.BigDecimal.ZERO);
    }

    @Test
    void textThatIsNotANumberIsAnIssueAtItsCell() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,CT09,CT08\nBa Tri,hai,NaN\n", StandardCharsets.UTF_8);
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("not-a-number B2", "not-a-number C2");
        assertThat(reading.lines()).containsExactly("HND BA-TRI 2017 CT09 missing @B2", "HND BA-TRI 2017 CT08 missing @C2");
        assertThat(reading.result().issues().get(0).message().vi()).startsWith("'hai' không phải là số");
    }

    @Test
    void provinceFiguresNeedNoAssociation() throws IOException {
        Path file = write("tinh-2018.csv", "Chỉ tiêu,Đơn vị,Năm,Giá trị,Tử số,Mẫu số\nCT01,Cấp tỉnh,2018,31,,\nCT02,Tỉnh,2018,,\"5.120\",\"380.000\"\n",
                StandardCharsets.UTF_8);
        assertThat(Reading.of(file).lines()).containsExactly(
                "province TINH 2018 CT01 31 @D2", "province TINH 2018 CT02 5120/380000 @E3");
    }

    @Test
    void aRateGivenAsAPercentageIsRefused() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,Chỉ tiêu,Giá trị\nBa Tri,CT11,\"60,5%\"\n", StandardCharsets.UTF_8);
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("rate-as-value C2");
        assertThat(reading.figures()).isEmpty();
    }

    @Test
    void unknownIndicatorUnitAndAssociationAreIssuesAtTheirCells() throws IOException {
        Path file = write("x.csv", "Đoàn thể,Đơn vị,Năm,Chỉ tiêu,Giá trị\nHND,Ba Tri,2017,CT99,1\nHội Phụ Lão,Ba Tri,2017,CT09,1\n"
                + "HND,Bến Tre,2017,CT09,1\nHND,Ba Tri,17,CT09,1\n", StandardCharsets.UTF_8);
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("unknown-indicator D2", "unknown-association A3",
                "ambiguous-unit B4", "bad-year C5");
        assertThat(reading.figures()).isEmpty();
    }

    @Test
    void delimiterIsFoundFromTheLinesThatHaveFields() {
        assertThat(CsvInput.delimiter("Báo cáo năm 2017\nĐơn vị;CT08;CT09\nBa Tri;1,5;2\nChợ Lách;3;4\n")).isEqualTo(';');
        assertThat(CsvInput.delimiter("a,b,c\n1,\"2;3\",4\n")).isEqualTo(',');
        assertThat(CsvInput.delimiter("a\tb\tc\n1\t2\t3\n")).isEqualTo('\t');
    }

    @Test
    void aCountGivenAsAPercentageInALongTableIsAnIssue() throws IOException {
        Path file = write("HND_2017.csv", "Đơn vị,Chỉ tiêu,Giá trị\nBa Tri,CT09,60%\nBa Tri,CT08,\"12,5 %\"\nChợ Lách,CT09,4\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Reading reading = Reading.of(file);
        assertThat(reading.issues()).containsExactly("percent-in-count C2", "percent-in-count C3");
        assertThat(reading.lines()).containsExactly("HND BA-TRI 2017 CT09 missing @C2", "HND BA-TRI 2017 CT08 missing @C3",
                "HND CHO-LACH 2017 CT09 4 @C4");
        assertThat(reading.result().issues().get(1).message().en())
                .isEqualTo("CT08 counts households, not a rate: the cell shows 12.5%. Give the number of households"
                        + " (a whole number), not a percentage");
    }

    @Test
    void aPlanOfItsOwnMayCountInPercent() throws Exception {
        vn.khlt.plan.Plan plan = vn.khlt.plan.PlanLoader.load("plan.yaml", """
                id: percent-counts
                title: {vi: Kế hoạch thử, en: Test plan}
                period: {from: 2016, to: 2020}
                associations:
                  - {code: HND, lead: true, name: {vi: Hội Nông dân, en: Farmers' Association}}
                units:
                  - {code: TINH, level: province, name: {vi: Cấp tỉnh, en: Province}}
                  - {code: BA-TRI, level: district, parent: TINH, name: {vi: Huyện Ba Tri, en: Ba Tri}}
                indicators:
                  - code: BH01
                    name: {vi: Độ bao phủ bảo hiểm y tế, en: Health insurance coverage}
                    unit: {vi: "%", en: "%"}
                    measure: count
                    nature: stock
                    targets:
                      - {kind: at-least, value: 90, deadline: 2020, scope: HND}
                """);
        Path file = write("HND_2017.csv", "Đơn vị,Chỉ tiêu,Giá trị\nBa Tri,BH01,87%\n", java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<Figure> figures = new java.util.ArrayList<>();
        ReadResult result = Submissions.read(plan, java.util.List.of(file), ReadOptions.none(), FigureSink.into(figures));
        assertThat(result.issues()).isEmpty();
        assertThat(figures).extracting(Reading::line).containsExactly("HND BA-TRI 2017 BH01 87 @C2");
    }

    @Test
    void badQuotesAreNamedWithTheLineTheirRowStartsOn() throws IOException {
        Path unclosed = write("HND_2016.csv", "Đơn vị,CT09\nBa Tri,4\nChợ Lách,5\n\"Thạnh Phú,3\nGiồng Trôm,2\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Reading first = Reading.of(unclosed);
        assertThat(first.lines()).isEmpty();
        assertThat(first.result().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("corrupt-file");
            assertThat(issue.location().row()).isEqualTo(4);
            assertThat(issue.message().vi()).startsWith("Dấu ngoặc kép mở ở dòng 4 không được đóng đến hết tệp");
        });
        // a quoted cell over two lines is fine; the bad one after it is named where its row starts
        Path after = write("HND_2017.csv", "Đơn vị,CT09\n\"Ba\nTri\",4\n\"Chợ Lách\"x,5\n",
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Reading.of(after).result().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.location().row()).isEqualTo(4);
            assertThat(issue.message().en()).startsWith("Line 4 has characters right after the closing quote of a cell");
        });
    }

    /** A row wider than any form stops the file's reading there: an issue on its line, nothing counted from the file. */
    @Test
    void aRowWiderThanAnyFormIsRefusedOnItsLine() throws IOException {
        Path wide = write("HND_2016.csv", "Đơn vị,CT09\nBa Tri,4\n\"Chợ\nLách\",5" + ",".repeat(20_000) + "\nGiồng Trôm,2\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Reading read = Reading.of(wide);
        assertThat(read.lines()).isEmpty();
        assertThat(read.result().issues()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("too-many-columns");
            assertThat(issue.location().row()).isEqualTo(3);
            assertThat(issue.message().en()).isEqualTo(
                    "The row has 20002 fields, too many for a report form: the file may be damaged");
        });
    }

    /** Blank lines keep their numbers; quotes are RFC 4180's ("" inside a quoted cell); a last line may lack its end. */
    @Test
    void blankLinesDoubledQuotesAndALastLineWithoutItsEnd() throws IOException {
        Path file = write("HND_2016.csv", "Đơn vị,CT09,Ghi chú\n\nBa Tri,4,\"nói \"\"đủ\"\"\"\n\nChợ Lách,5,", java.nio.charset.StandardCharsets.UTF_8);
        Reading read = Reading.of(file);
        assertThat(read.result().issues()).isEmpty();
        assertThat(read.lines()).containsExactly("HND BA-TRI 2016 CT09 4 @B3", "HND CHO-LACH 2016 CT09 5 @B5");
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, charset);
        return file;
    }

}
