package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;

/**
 * A table named as a form: its zeros and blanks alone are the blank form, never counted; one
 * other figure shows it filled in, and every figure of it counts, in the order read.
 */
class BlankFormTest {

    private final List<Figure> passed = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();

    private static Figure figure(String unit, Integer value) {
        return new Figure(Optional.of("HND"), unit, 2019, "CT08", Optional.ofNullable(value).map(BigDecimal::valueOf),
                Optional.empty(), Optional.empty(), new Location("HND_2019.xlsx", "Mẫu", 3, "C"), Optional.empty());
    }

    @Test
    void aFormOfZerosIsTheBlankOneAndNothingCounts() {
        BlankForm form = new BlankForm("Mẫu", "HND_2019.xlsx", passed::add);
        form.take(figure("BA-TRI", 0));
        form.take(figure("CHO-LACH", null));
        form.end(new Location("HND_2019.xlsx", "Mẫu", 0, ""), issues);
        assertThat(passed).isEmpty();
        assertThat(issues).extracting(Issue::code).containsExactly("example-table");
    }

    @Test
    void aFormFilledInCountsWholeInTheOrderRead() {
        BlankForm form = new BlankForm("Mẫu số 01", "HND_2019.xlsx", passed::add);
        form.take(figure("BA-TRI", 0));
        form.take(figure("CHO-LACH", 95));
        form.take(figure("GIONG-TROM", 0));
        form.end(new Location("HND_2019.xlsx", "Mẫu số 01", 0, ""), issues);
        assertThat(passed).extracting(Figure::unit).containsExactly("BA-TRI", "CHO-LACH", "GIONG-TROM");
        assertThat(issues).isEmpty();
    }

    @Test
    void aTableNamedOtherwiseOrOfBlanksOnlyPassesAsRead() {
        BlankForm report = new BlankForm("Báo cáo", "HND_2019.xlsx", passed::add);
        report.take(figure("BA-TRI", 0));
        assertThat(passed).hasSize(1);
        BlankForm blanks = new BlankForm("", "Mau_bao_cao_HND_2019.csv", passed::add);
        blanks.take(figure("CHO-LACH", null));
        assertThat(passed).hasSize(1);
        blanks.end(new Location("Mau_bao_cao_HND_2019.csv", "", 0, ""), issues);
        assertThat(passed).extracting(Figure::unit).containsExactly("BA-TRI", "CHO-LACH");
        assertThat(issues).isEmpty();
    }
}
