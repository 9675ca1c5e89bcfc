package vn.khlt.read;

import java.util.Optional;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;

/**
 * The words a row's cell writes beside an indicator's name or code that make its figure another
 * than the plan's, as a column's header would: a plan ("CT14 (dự kiến)", "Kế hoạch hỗ trợ hộ nữ
 * kinh doanh cá thể mới"), part of the year or a running total ("Mái ấm tình thương (6 tháng)"),
 * an earlier period, a ratio or an average, the rest ("Hộ chưa có dụng cụ chứa nước sạch") or
 * another kind ("Xã đạt chuẩn NTM nâng cao", "Mái ấm tình thương sửa chữa"). A careful officer
 * would not write such a row's figure down as the indicator's: it is passed over, with a warning
 * when it may be the only row the indicator has, with an error when it names another figure.
 */
final class QualifiedNames {

    private QualifiedNames() {
    }

    /** What the words beside the indicator in a row's cell say it holds, when that is not the indicator's figure. */
    static Optional<Header.Part> of(Indicator indicator, String text) {
        Header.Part says = Header.Part.of(Header.beside(indicator, text));
        if (says != Header.Part.OTHER_KIND && Header.rest(text)) {
            return Optional.of(Header.Part.REST); // "Hộ chưa có dụng cụ chứa nước sạch": those without, never CT10's
        }
        return switch (says) {
            case RATIO -> indicator.isRate() ? Optional.empty() : Optional.of(says); // "Tỷ lệ hộ nghèo" is CT02's name
            case PLAN, PREVIOUS, AVERAGE, PART_OF_YEAR, RUNNING_TOTAL, OTHER_KIND -> Optional.of(says);
            default -> Optional.empty();
        };
    }

    /**
     * The finding a row named so gives, or empty when it is passed over unsaid (an earlier
     * period's, a ratio's or an average's row, beside the year's as a column of them is).
     */
    static Optional<Issue> issue(Header.Part says, Indicator indicator, String text, Location at) {
        return issue(says, indicator, text, at, true);
    }

    /** The same, of a row or (not {@code row}) of a column named so. */
    static Optional<Issue> issue(Header.Part says, Indicator indicator, String text, Location at, boolean row) {
        String name = Header.shorten(text);
        String vi = row ? "Dòng" : "Cột";
        String en = row ? "Row" : "Column";
        String where = row ? "dòng" : "cột";
        String whereEn = row ? "row" : "column";
        return switch (says) {
            case PLAN -> Optional.of(new Issue(Finding.PLANNED_TABLE, at, Text.of(
                    vi + " '%s' là kế hoạch, dự kiến của %s, không phải kết quả: không đọc. Nếu đây là kết quả, ghi tên chỉ tiêu"
                            + " không kèm chữ đó",
                    en + " '%s' gives %s's plan or estimate, not its result: not read. If it is the result, name the indicator"
                            + " without those words").format(name, indicator.code())));
            case PART_OF_YEAR, RUNNING_TOTAL -> Optional.of(new Issue(Finding.PARTIAL_PERIOD, at, Text.of(
                    vi + " '%s' ghi %s của %s, không phải số cả năm: không đọc. Ghi số của cả năm báo cáo vào " + where
                            + " của chỉ tiêu",
                    en + " '%s' gives the %s of %s, not the whole year's: not read. Give the report's year's figure in the"
                            + " indicator's " + whereEn).format(name, says.label(), indicator.code())));
            case REST, OTHER_KIND -> Optional.of(new Issue(Finding.OTHER_KIND, at, Text.of(
                    vi + " '%s' ghi %s, không phải số %s (%s) của kế hoạch: không đọc. Nếu kế hoạch tính cả số này, ghi số chung"
                            + " vào " + where + " của chỉ tiêu, tên như kế hoạch hoặc chỉ mã %s",
                    en + " '%s' gives %s, not the plan's %s (%s): not read. If the plan counts these too, give the sum in the"
                            + " indicator's " + whereEn + ", named as the plan names it or by its code %s")
                    .format(name, says.label(), indicator.code(), indicator.label(), indicator.code())));
            default -> Optional.empty();
        };
    }
}
