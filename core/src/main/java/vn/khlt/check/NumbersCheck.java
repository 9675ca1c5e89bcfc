package vn.khlt.check;

import vn.khlt.finding.Finding;
import java.math.BigDecimal;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.read.Figure;

/**
 * The checks of one figure's numbers: counts are whole and not negative, a yes/no is 0 or 1,
 * a rate has both parts and its numerator does not exceed its denominator.
 */
final class NumbersCheck implements Check {

    /** A figure whose numbers are not sound is kept as sent but does not count. */
    @Override
    public Verdict figure(Indicator indicator, Figure figure, Findings findings) {
        boolean ok = indicator.measure() == Measure.RATE ? rate(indicator, figure, findings) : count(indicator, figure, findings);
        return ok ? Verdict.PASS : Verdict.NOT_COUNTED;
    }

    private static boolean count(Indicator indicator, Figure figure, Findings findings) {
        BigDecimal value = figure.value().orElseThrow(); // a count without a value is missing, and never gets here
        boolean ok = whole(indicator, value, figure.source(), findings);
        if (ok && indicator.measure() == Measure.YES_NO && value.compareTo(BigDecimal.ONE) > 0) {
            findings.add(Finding.NOT_YES_NO, figure.source(), Text.of(
                    "%s là chỉ tiêu có/không: ghi 1 (có) hoặc 0 (không), không ghi %s",
                    "%s is a yes/no indicator: write 1 (yes) or 0 (no), not %s").format(indicator.code(), value));
            ok = false;
        }
        return ok;
    }

    private static boolean rate(Indicator indicator, Figure figure, Findings findings) {
        if (figure.numerator().isEmpty() || figure.denominator().isEmpty()) {
            boolean numerator = figure.numerator().isEmpty();
            findings.add(Finding.INCOMPLETE_RATE, numerator ? figure.source() : figure.denominatorSource().orElse(figure.source()),
                    Text.of("%s là tỷ lệ: thiếu " + (numerator ? "tử số" : "mẫu số") + ". Ghi cả tử số và mẫu số",
                            "%s is a rate: its " + (numerator ? "numerator" : "denominator")
                                    + " is missing. Give both numerator and denominator")
                            .format(indicator.code()));
            return false;
        }
        BigDecimal numerator = figure.numerator().get();
        BigDecimal denominator = figure.denominator().get();
        boolean ok = whole(indicator, numerator, figure.source(), findings)
                & whole(indicator, denominator, figure.denominatorSource().orElse(figure.source()), findings);
        if (!ok) {
            return false;
        }
        if (denominator.signum() == 0 && numerator.signum() != 0) {
            findings.add(Finding.ZERO_DENOMINATOR, figure.denominatorSource().orElse(figure.source()), Text.of(
                    "Mẫu số bằng 0 trong khi tử số là %s: ghi đúng mẫu số (%s)",
                    "The denominator is 0 while the numerator is %s: give the right denominator (%s)")
                    .format(numerator, indicator.denominator().map(Text::vi).orElse("")));
            return false;
        }
        if (numerator.compareTo(denominator) > 0) {
            findings.add(Finding.NUMERATOR_ABOVE_DENOMINATOR, figure.source(), Text.of(
                    "Tử số %s lớn hơn mẫu số %s: một tỷ lệ không thể vượt 100%%. Kiểm tra hai số, có thể bị ghi ngược",
                    "The numerator %s is above the denominator %s: a rate cannot exceed 100%%. Check both; they may be swapped")
                    .format(numerator, denominator));
            return false;
        }
        return true;
    }

    /** Counts of households, members and works are whole numbers, never below zero. */
    private static boolean whole(Indicator indicator, BigDecimal value, vn.khlt.finding.Location source, Findings findings) {
        if (value.signum() < 0) {
            findings.add(Finding.NEGATIVE, source, Text.of(
                    "Số âm (%s) không hợp lệ cho %s: ghi số từ 0 trở lên",
                    "A negative number (%s) is not valid for %s: give a number of 0 or more")
                    .format(value, indicator.code()));
            return false;
        }
        if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
            findings.add(Finding.FRACTION_IN_COUNT, source, Text.of(
                    "%s đếm " + indicator.unit().vi() + " nên phải là số nguyên, không phải %s. Nếu đây là tỷ lệ phần trăm, ghi số đếm thay vào",
                    "%s counts " + indicator.unit().en() + " and must be a whole number, not %s. If this is a percentage, give the count instead")
                    .format(indicator.code(), value));
            return false;
        }
        return true;
    }
}
