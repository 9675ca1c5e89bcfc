package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What a row's note says of its figures, as a careful officer reads it beside a 2019 report. */
class RowNoteTest {

    private static final OptionalInt YEAR = OptionalInt.of(2019);

    private static Optional<RowNote.Says> says(String note) {
        return RowNote.read(note, YEAR).map(RowNote.Reading::says);
    }

    @Test
    void anotherYearsOrOldFiguresAreNotTheYears() {
        assertThat(says("Số liệu năm 2018 (chưa cập nhật)")).contains(RowNote.Says.OTHER_YEAR);
        assertThat(says("Chưa gửi báo cáo; tạm lấy số 2018")).contains(RowNote.Says.OTHER_YEAR);
        assertThat(says("Là số của năm 2018 chuyển sang")).contains(RowNote.Says.OTHER_YEAR);
        assertThat(says("Lấy theo số năm trước")).contains(RowNote.Says.OTHER_YEAR);
        assertThat(says("2018")).contains(RowNote.Says.OTHER_YEAR);
        assertThat(says("Số liệu năm 2019")).isEmpty();
        assertThat(RowNote.read("Số liệu năm 2018", OptionalInt.empty())).isEmpty(); // the row's year unknown: nothing to hold it to
    }

    @Test
    void severalYearsSummedAreARunningTotal() {
        assertThat(says("Cộng dồn 2018-2019")).contains(RowNote.Says.RUNNING_TOTAL);
        assertThat(says("Lũy kế từ đầu nhiệm kỳ")).contains(RowNote.Says.RUNNING_TOTAL);
        assertThat(says("Từ năm 2016 đến 2019")).contains(RowNote.Says.RUNNING_TOTAL);
    }

    @Test
    void anotherPlacesFiguresOrOnesCountedElsewhereAreSaid() {
        assertThat(says("Đã gồm số của TP Bến Tre")).contains(RowNote.Says.COUNTED_ELSEWHERE);
        assertThat(says("Tính chung cả cấp tỉnh")).contains(RowNote.Says.COUNTED_ELSEWHERE);
        assertThat(says("Đã tính vào số của huyện Ba Tri")).contains(RowNote.Says.COUNTED_ELSEWHERE);
        assertThat(says("Trùng với dòng trên")).contains(RowNote.Says.COUNTED_ELSEWHERE);
    }

    @Test
    void figuresSaidToBeIncompleteAreSaid() {
        assertThat(says("Số liệu chưa đầy đủ")).contains(RowNote.Says.INCOMPLETE);
        assertThat(says("Chưa đủ số liệu")).contains(RowNote.Says.INCOMPLETE);
        assertThat(says("Còn thiếu số liệu 2 xã")).contains(RowNote.Says.INCOMPLETE);
        assertThat(says("Chưa tổng hợp xong")).contains(RowNote.Says.INCOMPLETE);
        assertThat(says("Chưa có số liệu của 3 xã")).contains(RowNote.Says.INCOMPLETE);
        assertThat(says("Mới có số của 9/12 xã")).contains(RowNote.Says.INCOMPLETE);
        assertThat(says("Chưa đạt chỉ tiêu")).isEmpty(); // a target not met: the figure is whole
        assertThat(says("Chưa đủ điều kiện công nhận")).isEmpty();
        assertThat(RowNote.Says.INCOMPLETE.finding()).isEqualTo(vn.khlt.finding.Finding.PARTIAL_PERIOD);
        assertThat(RowNote.incomplete("BÁO CÁO KẾT QUẢ NĂM 2019 (Số liệu chưa đầy đủ)")).contains("chưa đầy đủ");
        assertThat(RowNote.incomplete("BÁO CÁO KẾT QUẢ NĂM 2019 (Số liệu tạm tính)")).isEmpty();
    }

    @Test
    void aBreakdownAComparisonOrAnotherDateSaysNothingOfTheFigures() {
        assertThat(says("Bao gồm cả hộ nghèo và cận nghèo")).isEmpty();
        assertThat(says("Bao gồm số hộ nghèo")).isEmpty();
        assertThat(says("Gồm cả xã An Đức")).isEmpty(); // a district's own commune
        assertThat(says("Tăng 5 hộ so với năm 2018")).isEmpty();
        assertThat(says("Thành lập 2 câu lạc bộ năm 2017")).isEmpty();
        assertThat(says("Đạt 100% kế hoạch")).isEmpty();
        assertThat(says("Số liệu ước tính")).isEmpty();
        assertThat(says("Vượt 20% so với kết quả của năm 2018")).isEmpty();
        assertThat(says("Cao hơn số của năm 2018")).isEmpty();
        assertThat(says("Giảm so với số liệu năm 2018 do sáp nhập chi hội")).isEmpty();
    }
}
