package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plans;

/** An indicator named in a shorter form than the plan's: read only when the words name it alone. */
class IndicatorNamesTest {

    private final IndicatorNames names = IndicatorNames.of(Plans.defaultPlan());

    private Optional<String> shortened(String header) {
        return names.shortened(Names.key(header)).map(Indicator::code);
    }

    @Test
    void aShortenedNameOfOneIndicatorIsIt() {
        assertThat(shortened("Số hộ đăng ký Đề án 4190")).contains("CT08");
        assertThat(shortened("Đa dạng sinh kế")).contains("CT08");
        assertThat(shortened("Nhà tiêu hợp vệ sinh")).contains("CT11");
        assertThat(shortened("Dụng cụ chứa nước")).contains("CT10");
        assertThat(shortened("Truyền thông khởi nghiệp")).contains("CT14");
        assertThat(shortened("Bồi dưỡng kỹ năng nuôi dạy con")).contains("CT17");
        assertThat(shortened("Doanh nghiệp nữ")).contains("CT18");
        assertThat(shortened("Hộ kinh doanh cá thể")).contains("CT19");
    }

    /** The unit an indicator counts in, beside its name, names it still; a unit of another kind names none. */
    @Test
    void aShortenedNameWithTheUnitItCountsInIsIt() {
        assertThat(shortened("Truyền thông khởi nghiệp (cuộc)")).contains("CT14");
        assertThat(shortened("Số buổi truyền thông khởi nghiệp")).contains("CT14");
        assertThat(shortened("Truyền thông khởi nghiệp (lượt người)")).isEmpty();
        assertThat(shortened("Số người truyền thông khởi nghiệp")).isEmpty();
        assertThat(shortened("Cuộc khởi nghiệp")).isEmpty(); // one word left besides the unit: too few
    }

    @Test
    void wordsSeveralIndicatorsShareNameNone() {
        assertThat(shortened("Hộ thoát nghèo")).isEmpty(); // CT07 or CT08
        assertThat(shortened("Số hộ nghèo")).isEmpty();
        assertThat(shortened("Hội viên khởi nghiệp")).isEmpty(); // CT14's name has these words too
        assertThat(shortened("Số hội viên")).isEmpty();
        assertThat(shortened("Xây dựng nông thôn mới")).isEmpty();
    }

    @Test
    void aFewWordsOfALongNameNameNone() {
        assertThat(shortened("Nước sạch")).isEmpty();
        assertThat(shortened("Nhà ở")).isEmpty();
        assertThat(shortened("Giải quyết việc làm")).isEmpty();
        assertThat(shortened("Hộ có con")).isEmpty();
        assertThat(shortened("Tuyên truyền vận động")).isEmpty();
    }

    @Test
    void officesAbbreviationsAndTakingPartAreReadAsTheirWords() {
        assertThat(shortened("Công trình phần việc xây dựng NTM")).contains("CT16");
        assertThat(shortened("Hộ đăng ký tham gia Đề án 4190")).contains("CT08");
        assertThat(shortened("Số GĐ có hố xí HVS")).contains("CT11");
        assertThat(shortened("Xây dựng NTM")).isEmpty(); // CT01's, CT04's and CT16's words alike
    }

    @Test
    void aSecondCodeInTheCellIsAnotherIndicator() {
        Indicator ct08 = Plans.defaultPlan().indicator("CT08").orElseThrow();
        assertThat(names.otherCode(ct08, Names.key("CT08 + CT09")).map(Indicator::code)).contains("CT09");
        assertThat(names.otherCode(ct08, Names.key("CT08 và CT 9")).map(Indicator::code)).contains("CT09");
        assertThat(names.otherCode(ct08, Names.key("CT08 - Hộ đăng ký đề án 4190"))).isEmpty();
        assertThat(names.otherCode(ct08, Names.key("CT 08 (CT08)"))).isEmpty(); // the same code twice
    }

    @Test
    void placesTotalsAndOneWordNameNone() {
        assertThat(shortened("Toàn tỉnh")).isEmpty();
        assertThat(shortened("Tổng số hộ")).isEmpty();
        assertThat(shortened("Kinh phí hỗ trợ (triệu đồng)")).isEmpty();
        assertThat(shortened("Mái")).isEmpty();
    }
}
