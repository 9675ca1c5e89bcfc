package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plans;

/** The words beside an indicator's name on a row that make its figure another than the plan's, and those that do not. */
class QualifiedNamesTest {

    private static Optional<Header.Part> says(String code, String text) {
        Indicator indicator = Plans.defaultPlan().indicator(code).orElseThrow();
        return QualifiedNames.of(indicator, text);
    }

    @Test
    void anotherKindThanThePlanCounts() {
        assertThat(says("CT01", "Xã đạt chuẩn nông thôn mới nâng cao")).contains(Header.Part.OTHER_KIND);
        assertThat(says("CT01", "Xã đạt chuẩn NTM kiểu mẫu")).contains(Header.Part.OTHER_KIND);
        assertThat(says("CT09", "Mái ấm tình thương sửa chữa")).contains(Header.Part.OTHER_KIND);
        assertThat(says("CT09", "Mái ấm tình thương (được sửa chữa)")).contains(Header.Part.OTHER_KIND);
        assertThat(says("CT09", "Mái ấm tình thương khởi công")).contains(Header.Part.OTHER_KIND);
        assertThat(says("CT09", "Mái ấm tình thương đang xây dựng")).contains(Header.Part.OTHER_KIND);
        assertThat(says("CT10", "Hộ chưa có dụng cụ chứa nước sạch")).contains(Header.Part.REST);
    }

    @Test
    void aPlanAPartOfTheYearOrARunningTotal() {
        assertThat(says("CT14", "CT14 (dự kiến)")).contains(Header.Part.PLAN);
        assertThat(says("CT14", "Kế hoạch CT14")).contains(Header.Part.PLAN);
        assertThat(says("CT09", "Phấn đấu xây dựng mái ấm tình thương")).contains(Header.Part.PLAN);
        assertThat(says("CT18", "Doanh nghiệp nữ thành lập mới (6 tháng đầu năm)")).contains(Header.Part.PART_OF_YEAR);
        assertThat(says("CT15", "Hội viên khởi nghiệp thành công (lũy kế)")).contains(Header.Part.RUNNING_TOTAL);
        assertThat(says("CT08", "CT08 năm trước")).contains(Header.Part.PREVIOUS);
    }

    @Test
    void theIndicatorsOwnNameOrARateNamedAsOneIsItsFigure() {
        assertThat(says("CT01", "Xã đạt chuẩn nông thôn mới")).isEmpty();
        assertThat(says("CT09", "Mái ấm tình thương xây mới")).isEmpty();
        assertThat(says("CT10", "Hộ có dụng cụ chứa nước sạch")).isEmpty(); // "chứa" (contain), not "chưa" (not yet)
        assertThat(says("CT08", "CT08 - Thực hiện")).isEmpty();
        assertThat(says("CT08", "Tổng số hộ đăng ký đề án đa dạng sinh kế")).isEmpty();
        assertThat(says("CT02", "Tỷ lệ hộ nghèo toàn tỉnh (%)")).isEmpty();
        assertThat(says("CT14", "Hoạt động truyền thông khởi nghiệp nâng cao nhận thức")).isEmpty(); // raising awareness
    }
}
