package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.check.Validation;
import vn.khlt.check.ValidationOptions;
import vn.khlt.check.Validator;

/**
 * Plain rows of a long CSV travel as arrays and are kept without becoming figures; every
 * other row takes the ordinary way. Both ways must give the same figures, issues and facts,
 * row for row, whatever the mix: each input here is read and checked both ways and compared.
 */
class PlainRowsTest {

    @TempDir
    Path dir;

    @AfterEach
    void quickWayBack() {
        TableReader.plainRows = true;
    }

    /**
     * Rows of every kind, plain and not, interleaved: duplicates, conflicts, bad numbers,
     * unknown names, totals. The first rows name every indicator once, so that the rows after
     * them could each take the quick way as far as names go.
     */
    private static final String MIXED = """
            association,unit,year,indicator,value,numerator,denominator
            HND,Thạnh Phú,2016,CT01,1,,
            HND,Thạnh Phú,2016,CT02,,3,4
            HND,Thạnh Phú,2016,CT03,,3,4
            HND,Thạnh Phú,2016,CT04,,3,4
            HND,Thạnh Phú,2016,CT05,,3,4
            HND,Thạnh Phú,2016,CT06,1,,
            HND,Thạnh Phú,2016,CT07,,3,4
            HND,Thạnh Phú,2016,CT08,1,,
            HND,Thạnh Phú,2016,CT09,1,,
            HND,Thạnh Phú,2016,CT10,,3,4
            HND,Thạnh Phú,2016,CT11,,3,4
            HND,Thạnh Phú,2016,CT12,,3,4
            HND,Thạnh Phú,2016,CT13,1,,
            HND,Thạnh Phú,2016,CT14,1,,
            HND,Thạnh Phú,2016,CT15,1,,
            HND,Thạnh Phú,2016,CT16,1,,
            HND,Thạnh Phú,2016,CT17,,3,4
            HND,Thạnh Phú,2016,CT18,1,,
            HND,Thạnh Phú,2016,CT19,1,,
            HND,Thạnh Phú,2016,CT20,1,,
            HND,Ba Tri,2017,CT08,120,,
            HND,Ba Tri,2017,CT08,120,,
            HND,Ba Tri,2017,CT09,2,,
            HND,Ba Tri,2017,CT09,3,,
            HND,Ba Tri,2017,CT04,50,40,
            HND,Ba Tri,2017,CT05,,70,60
            HND,Ba Tri,2017,CT13,2,,
            HND,Ba Tri,2017,CT10,,0,0
            HND,Ba Tri,2017,CT10,,5,0
            HND,Ba Tri,2017,CT17,,5,0
            HND,Ba Tri,2021,CT08,5,,
            HND,Ba Tri,2017,CT01,5,,
            HND,Cấp tỉnh,2017,CT13,1,,
            HND,Cấp tỉnh,2017,CT08,7,,
            HLHPN,Ba Tri,2017,CT08, 7,,
            HLHPN,Ba Tri,2017,CT06,1.234,,
            HLHPN,Ba Tri,2017,CT14,0012,,
            HLHPN,Ba Tri,2017,CT15,1234567890,,
            HLHPN,Ba Tri,2017,CT16,12x,,
            HLHPN,Ba Tri,2017,CT18,,,
            HLHPN,Ba Tri,2017,CT19,"1,5",,
            HCCB,Ba Tri,2017,CT08,-3,,
            HCCB,Tổng,2017,CT08,99,,
            HCCB,Ba Tri,2017,CT07,,1,
            HCCB,Ba Tri,2017,CT07,9,,
            DTN,Ba Tri,2017,CT99,5,,
            DTN,Nowhere,2017,CT08,5,,
            DTN,Chợ Lách,2017,CT08,5,,
            DTN,Chợ Lách,2017,CT09,6,,
            ,Chợ Lách,2017,CT08,5,,
            DTN,Chợ Lách,,CT08,5,,
            Hội Nông dân,Mỏ Cày Nam,2018,CT08,40,,
            Hội Nông dân,Mỏ Cày Nam,2018,CT09,41,,
            HND,mo cay nam,2018,CT09,41,,
            HND,Mỏ Cày Nam,2018,CT12,,3,4
            HND,Mỏ Cày Nam,2018,CT12,,3,4
            HND,Mỏ Cày Nam,2018,CT20,1,,
            HND,Mỏ Cày Nam,2016,CT20,1,,
            HND,Bến Tre,2018,CT08,3,,
            HND,Bình Đại,2017.0,CT08,3,,
            HND,Bình Đại,20x7,CT08,3,,
            HND,Bình Đại,1850,CT08,3,,
            Hội Nông dân tỉnh,Giồng Trôm,2016,CT09,2,,
            Hội,Giồng Trôm,2016,CT09,2,,
            HND,Huyện Châu Thành,2016,CT09,2,,
            """;

    /** A file whose name claims an association and a year: blank cells take them, others must agree. */
    private static final String CLAIMED = """
            Đoàn thể,Đơn vị,Năm,Chỉ tiêu,Giá trị,Tử số,Mẫu số
            HND,Thạnh Phú,2019,CT08,1,,
            HND,Thạnh Phú,2019,CT09,1,,
            HND,Thạnh Phú,2019,CT14,1,,
            HND,Thạnh Phú,2019,CT04,,1,2
            ,Ba Tri,,CT08,11,,
            HND,Ba Tri,2019,CT09,4,,
            HLHPN,Ba Tri,2019,CT09,4,,
            HND,Ba Tri,2018,CT14,1,,
            ,Giồng Trôm,,CT08,12,,
            ,Giồng Trôm,,CT04,,10,20
            """;

    @Test
    void bothWaysGiveTheSameFiguresIssuesAndFacts() throws IOException {
        Path mixed = write("mixed.csv", MIXED);
        Path claimed = write("HND_2019.csv", CLAIMED);
        Path samples = Path.of("..", "samples", "bentre");
        List<Path> inputs = List.of(mixed, claimed, samples);
        Outcome quick = read(inputs, true);
        Outcome ordinary = read(inputs, false);
        assertThat(quick.plain).isGreaterThan(100);
        assertThat(ordinary.plain).isZero();
        assertThat(quick.figures).hasSizeGreaterThan(300).containsExactlyElementsOf(ordinary.figures);
        assertThat(quick.validation.issues()).hasSizeGreaterThan(20).containsExactlyElementsOf(ordinary.validation.issues());
        assertThat(quick.validation.facts().asMap()).isEqualTo(ordinary.validation.facts().asMap());
        assertThat(quick.validation.completeness()).isEqualTo(ordinary.validation.completeness());
        assertThat(quick.validation.figures()).isEqualTo(ordinary.validation.figures());
    }

    @Test
    void oneThreadOrTwoTheQuickWayIsTheSame() throws IOException {
        Path mixed = write("mixed.csv", MIXED);
        Path claimed = write("HND_2019.csv", CLAIMED);
        List<Path> inputs = List.of(mixed, claimed, Path.of("..", "samples", "bentre"));
        Validation one = Validator.validate(Reading.PLAN, inputs, ReadOptions.none().withThreads(1), ValidationOptions.defaults());
        Validation two = Validator.validate(Reading.PLAN, inputs, ReadOptions.none().withThreads(2), ValidationOptions.defaults());
        assertThat(two.issues()).containsExactlyElementsOf(one.issues());
        assertThat(two.facts().asMap()).isEqualTo(one.facts().asMap());
    }

    /**
     * A name met for the first time is resolved the quick way when that has nothing to say:
     * in a national file each unit is new on its first row, ten thousand times.
     */
    @Test
    void aNewNameThatResolvesPlainlyTakesTheQuickWay() throws IOException {
        Path file = write("new-names.csv", """
                association,unit,year,indicator,value,numerator,denominator
                HND,Ba Tri,2017,CT08,1,,
                HND,Bình Đại,2017,CT08,2,,
                HND,Châu Thành,2017,CT08,3,,
                HND,Chợ Lách,2017,CT08,4,,
                HND,Giồng Trôm,2017,CT08,5,,
                HND,Mỏ Cày Bắc,2017,CT08,6,,
                Hội Nông dân,Mỏ Cày Nam,2017,CT08,7,,
                HND,Thạnh Phú,2016,CT08,8,,
                HND,Nowhere,2017,CT08,9,,
                """);
        Outcome quick = read(List.of(file), true);
        Outcome ordinary = read(List.of(file), false);
        // the first row names CT08 for the first time and the unknown unit cannot be resolved
        assertThat(quick.plain).isEqualTo(7);
        assertThat(quick.figures).hasSize(8).containsExactlyElementsOf(ordinary.figures);
        assertThat(quick.validation.issues()).containsExactlyElementsOf(ordinary.validation.issues())
                .extracting(vn.khlt.check.Issue::code).contains("unknown-unit");
    }

    private record Outcome(List<Figure> figures, long plain, Validation validation) {
    }

    private Outcome read(List<Path> inputs, boolean quick) {
        TableReader.plainRows = quick;
        List<Figure> figures = new ArrayList<>();
        long[] plain = {0};
        FigureSink counting = new FigureSink() {
            @Override
            public void accept(Figure figure) {
                figures.add(figure);
            }

            @Override
            public void accept(PlainFigures run) {
                plain[0] += run.size();
                FigureSink.super.accept(run);
            }

            @Override
            public void discard(String file) {
                figures.removeIf(f -> f.source().file().equals(file));
            }
        };
        Submissions.read(Reading.PLAN, inputs, ReadOptions.none(), counting);
        Validation validation = Validator.validate(Reading.PLAN, inputs, ReadOptions.none(), ValidationOptions.defaults());
        return new Outcome(figures, plain[0], validation);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
