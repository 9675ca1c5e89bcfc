package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The periods a title names, and what the words over a column say it holds. */
class ReportPeriodTest {

    @Test
    void severalYearsAsOnePeriodAreFoundWhereverTheTitleSaysThem() {
        assertThat(ReportPeriod.span("BÁO CÁO KẾT QUẢ GIAI ĐOẠN 2016-2019")).contains("giai đoạn 2016–2019");
        assertThat(ReportPeriod.span("Báo cáo kết quả năm 2016 - 2020")).contains("2016–2020");
        assertThat(ReportPeriod.span("Tổng kết nhiệm kỳ 2017–2022")).contains("nhiệm kỳ 2017–2022");
        assertThat(ReportPeriod.span("Kết quả từ năm 2016 đến năm 2019")).contains("2016–2019");
    }

    @Test
    void aFileOrSheetNameGivesItsPeriodAsOfficesShortenIt() {
        assertThat(ReportPeriod.partialName("HND_2019_6thang")).contains("6 tháng");
        assertThat(ReportPeriod.partialName("bc-quy3-2019")).contains("quý 3");
        assertThat(ReportPeriod.partialName("HND_2019_Q3")).contains("Q3");
        assertThat(ReportPeriod.partialName("HND_2019_6T")).contains("6T");
        assertThat(ReportPeriod.partialName("HND_2019_HK1")).contains("HK1");
        assertThat(ReportPeriod.partialName("HND_2019_soket")).contains("SOKET");
        assertThat(ReportPeriod.partialName("HND_2019_12thang")).isEmpty(); // twelve months: the year
        assertThat(ReportPeriod.partialName("HND_2019_ba-tri_v2")).isEmpty();
        assertThat(ReportPeriod.partialName("HND_2019")).isEmpty();
        assertThat(ReportPeriod.partialName("BaoCao6ThangDauNam2019")).contains("6 tháng đầu năm");
        assertThat(ReportPeriod.partialName("HoiNongDan_BaoCao2019")).isEmpty();
        assertThat(ReportPeriod.partial("Báo cáo 12 tháng năm 2019")).isEmpty();
    }

    @Test
    void partOfAYearIsFoundHoweverATitleWritesIt() {
        assertThat(ReportPeriod.partial("BÁO CÁO SƠ BỘ 06 THÁNG ĐẦU NĂM 2019")).contains("06 tháng đầu năm");
        assertThat(ReportPeriod.partial("Báo cáo 6T đầu năm 2019")).contains("6 tháng");
        assertThat(ReportPeriod.partial("Báo cáo quý 04 năm 2019")).contains("quý 04");
        assertThat(ReportPeriod.partial("Báo cáo đợt 1 năm 2019")).contains("đợt 1");
        assertThat(ReportPeriod.partial("Báo cáo tuần 12 năm 2019")).contains("tuần 12");
        assertThat(ReportPeriod.partial("Báo cáo sáu tháng đầu năm")).contains("sáu tháng đầu năm");
        assertThat(ReportPeriod.partial("Báo cáo kết quả đợt thi đua năm 2019")).isEmpty();
        assertThat(ReportPeriod.partial("BÁO CÁO KẾT QUẢ CHIẾN DỊCH THANH NIÊN TÌNH NGUYỆN HÈ NĂM 2019")).contains("chiến dịch");
        assertThat(ReportPeriod.partial("Báo cáo kết quả Tháng Thanh niên năm 2019")).contains("tháng thanh niên");
        assertThat(ReportPeriod.partial("Báo cáo kết quả hoạt động hè 2019")).contains("hoạt động hè");
        assertThat(ReportPeriod.partial("Kết quả đợt cao điểm năm 2019")).contains("đợt cao điểm");
        assertThat(ReportPeriod.partial("Báo cáo thế hệ trẻ năm 2019")).isEmpty();
        assertThat(ReportPeriod.partial("Báo cáo 12 tháng năm 2019")).isEmpty();
        assertThat(ReportPeriod.partial("BÁO CÁO KẾT QUẢ HỌC KỲ I NĂM 2019")).contains("học kỳ I");
        assertThat(ReportPeriod.partial("Báo cáo học kỳ 2 năm học 2018 - 2019")).contains("học kỳ 2");
        assertThat(ReportPeriod.partial("BÁO CÁO KẾT QUẢ TỪ ĐẦU NĂM ĐẾN NAY 2019")).contains("từ đầu năm đến nay");
        assertThat(ReportPeriod.partial("Báo cáo kỹ năng sống năm 2019")).isEmpty();
    }

    @Test
    void anAnnualReportsCutOffNamesItsYear() {
        assertThat(ReportPeriod.cutOffYear("so lieu tinh den ngay 30 11 2019")).hasValue(2019);
        assertThat(ReportPeriod.cutOffYear("den het thang 12 nam 2019")).hasValue(2019);
        assertThat(ReportPeriod.cutOffYear("so lieu tinh den ngay 30 6 2019")).isEmpty(); // part of a year
        assertThat(ReportPeriod.cutOffYear("so lieu tinh den ngay 30 11")).isEmpty(); // no year said
        assertThat(ReportPeriod.cutOffYear("ben tre ngay 10 thang 12 nam 2019")).isEmpty(); // a letterhead's date
    }

    @Test
    void aLetterheadsDateNamesNoPeriod() {
        assertThat(ReportPeriod.partial("Bến Tre, ngày 10 tháng 01 năm 2020")).isEmpty();
        assertThat(ReportPeriod.partial("Ba Tri, ngày    tháng    năm 2019")).isEmpty();
        assertThat(ReportPeriod.undated("ben tre ngay 10 thang 01 nam 2020")).isEqualTo("ben tre");
        assertThat(ReportPeriod.partial("Báo cáo 10 tháng năm 2019")).contains("10 tháng");
    }

    @Test
    void runningTotalsAreToldByTheirWords() {
        assertThat(ReportPeriod.running("BÁO CÁO LŨY KẾ ĐẾN NĂM 2019")).contains("lũy kế");
        assertThat(ReportPeriod.running("Số liệu cộng dồn")).contains("cộng dồn");
        assertThat(ReportPeriod.running("Kết quả tính từ năm 2016")).contains("từ năm 2016");
        assertThat(ReportPeriod.running("Báo cáo kết quả năm 2019")).isEmpty();
    }

    @Test
    void aYearAndTheNextYearsTasksAreNoSpan() {
        assertThat(ReportPeriod.span("Báo cáo kết quả năm 2019 và phương hướng nhiệm vụ năm 2020")).isEmpty();
        assertThat(ReportPeriod.span("Báo cáo năm 2019")).isEmpty();
        assertThat(ReportPeriod.span("Số liệu 2019 2018")).isEmpty(); // not a period that runs forward
    }

    @Test
    void aPlansTitleIsToldFromAReportOfResultsThatNamesThePlan() {
        assertThat(ReportPeriod.planned(java.util.List.of("HỘI NÔNG DÂN TỈNH BẾN TRE", "KẾ HOẠCH NĂM 2020"))).isPresent();
        assertThat(ReportPeriod.planned(java.util.List.of("Chỉ tiêu giao năm 2020 cho các huyện"))).isPresent();
        assertThat(ReportPeriod.planned(java.util.List.of("KẾ HOẠCH THỰC HIỆN NĂM 2020"))).isPresent();
        assertThat(ReportPeriod.planned(java.util.List.of("KẾ HOẠCH LIÊN TỊCH 02/KHLT", "BÁO CÁO KẾT QUẢ NĂM 2019"))).isEmpty();
        assertThat(ReportPeriod.planned(java.util.List.of("KẾT QUẢ THỰC HIỆN KẾ HOẠCH 02 NĂM 2019"))).isEmpty();
        assertThat(ReportPeriod.planned(java.util.List.of("Thực hiện chỉ tiêu giao năm 2019"))).isEmpty();
        assertThat(ReportPeriod.planned(java.util.List.of("KẾ HOẠCH NĂM 2020")).get().results()).isEmpty();
        // a report's line and a plan's line: both named, whichever comes first and however many reports' lines there are
        assertThat(ReportPeriod.planned(java.util.List.of("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH LIÊN TỊCH SỐ 02/KHLT",
                "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2019", "CHỈ TIÊU GIAO NĂM 2019")))
                .contains(new ReportPeriod.PlanTitle("CHỈ TIÊU GIAO NĂM 2019",
                        java.util.Optional.of("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH LIÊN TỊCH SỐ 02/KHLT")));
        assertThat(ReportPeriod.planned(java.util.List.of("KẾ HOẠCH NĂM 2020", "Đơn vị báo cáo: Hội Nông dân tỉnh")).get()
                .results()).contains("Đơn vị báo cáo: Hội Nông dân tỉnh");
        assertThat(ReportPeriod.plannedFile("ChiTieuKeHoach2020_HND.xlsx")).isTrue();
        assertThat(ReportPeriod.plannedFile("HND_2020_ke-hoach.csv")).isTrue();
        assertThat(ReportPeriod.plannedFile("HND_2019_thuc-hien-ke-hoach.csv")).isFalse();
        assertThat(ReportPeriod.plannedFile("BC_ket-qua-ke-hoach_2019.xlsx")).isFalse();
        assertThat(ReportPeriod.plannedFile("ke-hoach-lien-tich-02_HND_2019.xlsx")).isFalse();
        assertThat(ReportPeriod.plannedFile("KeHoach02_2019.xlsx")).isFalse();
        assertThat(ReportPeriod.plannedFile("HND_2019.xlsx")).isFalse();
        assertThat(ReportPeriod.plannedSheet("KH 2020")).isTrue();
        assertThat(ReportPeriod.plannedSheet("Kế hoạch")).isTrue();
        assertThat(ReportPeriod.plannedSheet("TH 2019")).isFalse();
        assertThat(ReportPeriod.plannedSheet("Chỉ tiêu")).isFalse();
        assertThat(ReportPeriod.plannedSheet("Dự kiến 2020")).isTrue();
        assertThat(ReportPeriod.plannedSheet("Phương hướng năm 2020")).isTrue();
        assertThat(ReportPeriod.plannedSheet("Mục tiêu")).isTrue();
        assertThat(ReportPeriod.direction("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020")).isTrue();
        assertThat(ReportPeriod.direction("Tổng kết năm 2019 và phương hướng năm 2020")).isFalse();
    }

    @Test
    void aSheetOrATitleOfComparisonsAveragesOrWhatIsLeftIsNoYearsResults() {
        for (String name : java.util.List.of("So sánh", "Tăng giảm", "Tăng, giảm", "Chênh lệch", "Bình quân", "Trung bình xã",
                "Cùng kỳ", "Năm trước", "2019 so với 2018", "Còn lại", "Số còn lại")) {
            assertThat(ReportPeriod.comparedSheet(name)).as(name).isTrue();
        }
        for (String name : java.util.List.of("Năm 2019", "Tổng hợp", "Sheet1", "Ba Tri", "Biểu 2", "Số liệu", "Sông Đốc", "Tân Sơn")) {
            assertThat(ReportPeriod.comparedSheet(name)).as(name).isFalse();
        }
        assertThat(ReportPeriod.comparedTitle("TĂNG, GIẢM SO VỚI CÙNG KỲ")).isTrue();
        assertThat(ReportPeriod.comparedTitle("BÌNH QUÂN MỖI XÃ NĂM 2019")).isTrue();
        assertThat(ReportPeriod.comparedTitle("BÁO CÁO KẾT QUẢ NĂM 2019 SO VỚI NĂM 2018")).isFalse(); // a report: its columns say
        // a table's number before its title is read past
        assertThat(ReportPeriod.comparedTitle("Biểu 2: So sánh với năm 2018")).isTrue();
        assertThat(ReportPeriod.comparedTitle("Phụ lục 3 - Bình quân mỗi xã")).isTrue();
        assertThat(ReportPeriod.comparedTitle("II. TĂNG GIẢM SO VỚI CÙNG KỲ")).isTrue();
        assertThat(ReportPeriod.direction("Biểu 4: Phương hướng nhiệm vụ")).isTrue();
        // an earlier period's figures, or what is left to do, wherever the words stand
        assertThat(ReportPeriod.comparedTitle("2. Kết quả năm trước")).isTrue();
        assertThat(ReportPeriod.comparedTitle("Biểu 2: Số còn phải thực hiện đến năm 2020")).isTrue();
        assertThat(ReportPeriod.comparedTitle("Biểu 2: Số liệu cùng kỳ năm 2018")).isTrue();
        assertThat(ReportPeriod.comparedTitle("Kết quả năm 2019 so với cùng kỳ")).isFalse();
        assertThat(ReportPeriod.comparedTitle("Kết quả năm 2019 (so với năm trước)")).isFalse();
        assertThat(ReportPeriod.comparedTitle("Biểu 3: Các chỉ tiêu còn lại")).isFalse();
        assertThat(ReportPeriod.comparedSheet("Chỉ tiêu còn lại")).isFalse();
        assertThat(ReportPeriod.planned(java.util.List.of("Bảng 2. Kế hoạch năm 2020"))).isPresent();
        assertThat(ReportPeriod.unlabelled("mau so 02 bao cao ket qua")).isEqualTo("bao cao ket qua");
        assertThat(ReportPeriod.unlabelled("muc tieu phan dau")).isEqualTo("muc tieu phan dau");
        assertThat(ReportPeriod.unlabelled("phan bo chi tieu")).isEqualTo("phan bo chi tieu");
    }

    @Test
    void aRatesColumnsAreToldByWhatThePlanSaysTheyCount() {
        vn.khlt.plan.Indicator ct17 = vn.khlt.plan.Plans.defaultPlan().indicator("CT17").orElseThrow();
        assertThat(Header.ratePart(ct17, "Số hộ được bồi dưỡng")).isEqualTo(Header.Part.NUMERATOR);
        assertThat(Header.ratePart(ct17, "Số hộ có con 0-16 tuổi")).isEqualTo(Header.Part.DENOMINATOR);
        assertThat(Header.ratePart(ct17, "Tổng số hộ")).isEqualTo(Header.Part.DENOMINATOR);
        // a share: the numerator beside a total alone, a share of the count beside it otherwise (Header's indicatorColumns)
        assertThat(Header.ratePart(ct17, "Trong đó: được bồi dưỡng")).isEqualTo(Header.Part.BREAKDOWN);
        assertThat(Header.ratePart(ct17, "Số hộ")).isEqualTo(Header.Part.OTHER); // says neither
        // a share counts the rate's numerator when its words are the plan's numerator's, or say only that it is met
        assertThat(Header.shareCounted(ct17, "Trong đó: được bồi dưỡng kỹ năng")).isTrue();
        assertThat(Header.shareCounted(ct17, "Trong đó")).isTrue();
        assertThat(Header.shareCounted(ct17, "Trong đó: đạt")).isTrue();
        assertThat(Header.shareCounted(ct17, "Trong đó hộ nghèo")).isFalse();
        vn.khlt.plan.Indicator ct11 = vn.khlt.plan.Plans.defaultPlan().indicator("CT11").orElseThrow();
        assertThat(Header.shareCounted(ct11, "Trong đó: có nhà tiêu hợp vệ sinh")).isTrue();
        assertThat(Header.shareCounted(ct11, "Trong đó hộ nghèo")).isFalse();
        assertThat(Header.shareCounted(ct11, "Trong đó xây mới")).isFalse();
        assertThat(Header.shareCounted(vn.khlt.plan.Plans.defaultPlan().indicator("CT02").orElseThrow(), "Trong đó hộ nghèo")).isTrue();
        assertThat(Header.shareCounted(vn.khlt.plan.Plans.defaultPlan().indicator("CT07").orElseThrow(), "Trong đó hộ nghèo")).isFalse();
        assertThat(Header.ratePart(ct17, "Tỷ lệ %")).isEqualTo(Header.Part.RATIO);
        vn.khlt.plan.Indicator ct08 = vn.khlt.plan.Plans.defaultPlan().indicator("CT08").orElseThrow();
        assertThat(Header.ratePart(ct08, "Tổng số hộ")).isEqualTo(Header.Part.RESULT); // a count's total is its figure
    }

    @Test
    void theWordsOverAColumnSayWhetherItIsTheYearsResult() {
        assertThat(Header.Part.of("thuc hien")).isEqualTo(Header.Part.RESULT);
        assertThat(Header.Part.of("nam nay")).isEqualTo(Header.Part.RESULT);
        assertThat(Header.Part.of("so luong")).isEqualTo(Header.Part.RESULT);
        assertThat(Header.Part.of("thuc hien nam truoc")).isEqualTo(Header.Part.PREVIOUS);
        assertThat(Header.Part.of("th cung ky")).isEqualTo(Header.Part.PREVIOUS);
        assertThat(Header.Part.of("cung ky nam truoc")).isEqualTo(Header.Part.PREVIOUS);
        assertThat(Header.Part.of("so cung ky")).isEqualTo(Header.Part.RATIO);
        assertThat(Header.Part.of("thuc hien 9 thang")).isEqualTo(Header.Part.PART_OF_YEAR);
        assertThat(Header.Part.of("th quy iii")).isEqualTo(Header.Part.PART_OF_YEAR);
        assertThat(Header.Part.of("ke hoach nam truoc")).isEqualTo(Header.Part.PREVIOUS);
        assertThat(Header.Part.of("tong so")).isEqualTo(Header.Part.RESULT);
        assertThat(Header.Part.of("trong do moi")).isEqualTo(Header.Part.BREAKDOWN);
        assertThat(Header.Part.of("chia ra nu")).isEqualTo(Header.Part.BREAKDOWN);
    }

    @Test
    void aRangeOfDaysOrMonthsShorterThanAYearIsAPartOfIt() {
        assertThat(ReportPeriod.partial("(Số liệu tính từ ngày 01/01/2019 đến ngày 30/6/2019)")).contains("từ 1/1/2019 đến 30/6/2019");
        assertThat(ReportPeriod.partial("Từ ngày 01 tháng 01 năm 2019 đến ngày 30 tháng 9 năm 2019"))
                .contains("từ 1/1/2019 đến 30/9/2019");
        assertThat(ReportPeriod.partial("Kết quả từ tháng 1 đến tháng 9 năm 2019")).contains("từ tháng 1 đến tháng 9 năm 2019");
        assertThat(ReportPeriod.partial("Số liệu 01/01/2019 - 31/3/2019")).contains("từ 1/1/2019 đến 31/3/2019");
        assertThat(ReportPeriod.partial("Từ ngày 01/01 đến ngày 30/6/2019")).contains("từ 1/1/2019 đến 30/6/2019");
        assertThat(ReportPeriod.partial("Số liệu từ 16/12 đến 15/12/2019")).isEmpty(); // 16/12/2018 to 15/12/2019: a year
    }

    @Test
    void aRangeOfAWholeYearIsAYearWhereverItStarts() {
        assertThat(ReportPeriod.partial("Từ 01/01/2019 đến 31/12/2019")).isEmpty();
        assertThat(ReportPeriod.partial("Kỳ báo cáo: từ 01/10/2018 đến 30/9/2019")).isEmpty();
        assertThat(ReportPeriod.partial("Từ ngày 16 tháng 12 năm 2018 đến ngày 15 tháng 12 năm 2019")).isEmpty();
        assertThat(ReportPeriod.partial("Kết quả từ tháng 01 đến tháng 12 năm 2019")).isEmpty();
        assertThat(ReportPeriod.partial("Từ tháng 10/2018 đến tháng 9/2019")).isEmpty();
        assertThat(ReportPeriod.span("Từ 01/10/2018 đến 30/9/2019")).isEmpty();
        // its days are no claim of a year: the title's own words are
        assertThat(ReportPeriod.withoutDates("bao cao nam 2019 tu ngay 16 thang 12 nam 2018 den ngay 15 thang 12 nam 2019"))
                .isEqualTo("bao cao nam 2019");
    }

    @Test
    void aRangeOfSeveralYearsIsASpanAndDatesThatCannotBeAreNone() {
        assertThat(ReportPeriod.span("Từ 01/01/2016 đến 31/12/2019")).contains("từ 1/1/2016 đến 31/12/2019");
        assertThat(ReportPeriod.partial("Từ 31/6/2019 - 30/9/2019")).isEmpty(); // no 31 June: not read as dates
        assertThat(ReportPeriod.partial("Từ 30/9/2019 - 01/01/2019")).isEmpty(); // backwards
        // with "đến", the last day is still the day the figures run to: before November, part of the year
        assertThat(ReportPeriod.partial("Từ 31/6/2019 đến 30/9/2019")).contains("đến ngày 30/9/2019");
    }

    /** A cut-off day without a first: an annual report's from November to the year's end, part of the year before. */
    @Test
    void aCutOffBeforeNovemberIsPartOfTheYear() {
        assertThat(ReportPeriod.partial("(Số liệu tính đến ngày 30/6/2019)")).contains("đến ngày 30/6/2019");
        assertThat(ReportPeriod.partial("Số liệu tính đến tháng 9/2019")).contains("đến tháng 9/2019");
        assertThat(ReportPeriod.partial("(Số liệu tính đến ngày 15/11/2019)")).isEmpty();
        assertThat(ReportPeriod.partial("Số liệu tính đến hết tháng 12/2019")).isEmpty(); // was 'tháng 12'
        assertThat(ReportPeriod.partial("Số liệu đến 31/12/2019")).isEmpty();
    }

    /** From the first of January to the annual cut-off (a day from November on) is the year's report, as "tính đến 15/11" is. */
    @Test
    void fromTheYearsFirstDayToItsCutOffIsAWholeYear() {
        assertThat(ReportPeriod.partial("(Số liệu từ ngày 01/01/2019 đến ngày 15/11/2019)")).isEmpty();
        assertThat(ReportPeriod.partial("Số liệu từ 01/01/2019 đến 31/12/2019")).isEmpty();
        assertThat(ReportPeriod.partial("(Số liệu từ ngày 01/01/2019 đến ngày 30/9/2019)")).isPresent();
        assertThat(ReportPeriod.partial("Từ ngày 15/3/2019 đến ngày 15/11/2019")).isPresent();
    }

    /** A report made before October of a year holds none of its full results; a period's days are no date it was made. */
    @Test
    void aReportsDateTellsTheFirstYearNotOverWhenItWasMade() {
        assertThat(ReportPeriod.signed("Ba Tri, ngày 10 tháng 6 năm 2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2019);
        assertThat(ReportPeriod.signed("Bến Tre, ngày 20 tháng 12 năm 2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2020);
        assertThat(ReportPeriod.signed("Bến Tre, ngày 5 tháng 10 năm 2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2020); // a business year to September
        assertThat(ReportPeriod.signed("Bến Tre, ngày 15 tháng 12 năm 2018").map(ReportPeriod.Signed::firstYearNotOver)).contains(2019);
        assertThat(ReportPeriod.signed("Ba Tri, ngày 10/6/2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2019);
        assertThat(ReportPeriod.signed("Bến Tre, ngày    tháng    năm 2019")).isEmpty();
        assertThat(ReportPeriod.signed("Kỳ báo cáo: từ ngày 16 tháng 12 năm 2018 đến ngày 15 tháng 12 năm 2019")).isEmpty();
        assertThat(ReportPeriod.signed("Số liệu tính đến ngày 30 tháng 6 năm 2019")).isEmpty(); // a cut-off: partial's
        assertThat(ReportPeriod.signed("Ba Tri, ngày 10 tháng 6 năm 2019").map(ReportPeriod.Signed::written)).contains("10/6/2019");
    }

    /** A day right after another document's number is that document's: the letter that asked for the report, the plan. */
    @Test
    void anotherDocumentsDayIsNotTheReports() {
        assertThat(ReportPeriod.signed("(Kèm theo Công văn số 45/HND ngày 05/6/2019 của Ban Thường vụ)")).isEmpty();
        assertThat(ReportPeriod.signed("Thực hiện Kế hoạch liên tịch số 02/KHLT ngày 05/12/2016")).isEmpty();
        assertThat(ReportPeriod.signed("Theo Hướng dẫn 12/HD-HND ngày 10 tháng 3 năm 2019")).isEmpty();
        assertThat(ReportPeriod.signed("- Ba Tri: Tổ hợp tác thành lập ngày 10/5/2019")).isEmpty(); // an event's day
        assertThat(ReportPeriod.signed("Cập nhật ngày 20/6/2019").map(ReportPeriod.Signed::written)).contains("20/6/2019");
        assertThat(ReportPeriod.signed("BÁO CÁO KẾT QUẢ NĂM 2019 (Ngày 10/6/2019)").map(ReportPeriod.Signed::written)).contains("10/6/2019");
        assertThat(ReportPeriod.signed("(Kèm theo Báo cáo số 123/BC-HND ngày 10/6/2019)").map(ReportPeriod.Signed::written))
                .contains("10/6/2019"); // the report's own number and day
        // a letter's day, then the report's own
        assertThat(ReportPeriod.signed("Thực hiện Công văn số 45 ngày 05/6/2019, Ba Tri, ngày 20/12/2019")
                .map(ReportPeriod.Signed::written)).contains("20/12/2019");
    }

    /** A report's day holds no year's whole before the year is over, and says nothing of years long after it. */
    @Test
    void aReportsDayIsBeforeTheYearsOfWhichItCannotHoldTheWhole() {
        ReportPeriod.Signed june2019 = ReportPeriod.signed("Ba Tri, ngày 10/6/2019").orElseThrow();
        assertThat(june2019.before(2019)).isTrue();
        assertThat(june2019.before(2020)).isTrue();
        assertThat(june2019.before(2018)).isFalse();
        assertThat(june2019.before(2021)).isFalse(); // a day years before the figures' is another document's
        assertThat(ReportPeriod.signed("Bến Tre, ngày 20/12/2019").orElseThrow().before(2019)).isFalse();
    }

    /** A form's line or column gives the day it was made or sent under a label of its own, or counts to a day. */
    @Test
    void aFormsDayOfReportTellsTheFirstYearNotOver() {
        assertThat(ReportPeriod.signed("Ngày báo cáo: 20/06/2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2019);
        assertThat(ReportPeriod.signed("Ngày gửi: 20/6/2019").map(ReportPeriod.Signed::written)).contains("20/6/2019");
        assertThat(ReportPeriod.signed("Ngày lập biểu: 16/12/2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2020);
        assertThat(ReportPeriod.signed("Ngày thành lập: 20/06/2019")).isEmpty(); // a model's founding: no report's day
        assertThat(ReportPeriod.cutOffBefore("Thời điểm báo cáo: 30/6/2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2019);
        assertThat(ReportPeriod.cutOffBefore("Ngày chốt số liệu: 30/9/2019").map(ReportPeriod.Signed::written)).contains("30/9/2019");
        assertThat(ReportPeriod.cutOffBefore("Thời điểm báo cáo: 30/11/2019")).isEmpty(); // an annual report's cut-off
        assertThat(ReportPeriod.cutOffBefore("Số liệu tính đến ngày 30/6")).isEmpty(); // no year: whose half?
        assertThat(ReportPeriod.cutOffBefore("Từ ngày 01/01/2019 đến ngày 30/6/2019")).isEmpty(); // a range: partial's
        assertThat(ReportPeriod.dayColumn(vn.khlt.plan.Names.key("Ngày báo cáo"))).isTrue();
        assertThat(ReportPeriod.dayColumn(vn.khlt.plan.Names.key("Thời điểm"))).isTrue();
        assertThat(ReportPeriod.dayColumn(vn.khlt.plan.Names.key("Ngày thành lập"))).isFalse();
        assertThat(ReportPeriod.rowsDay("Ngày báo cáo", "20/06/2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2019);
        assertThat(ReportPeriod.rowsDay("Thời điểm báo cáo", "30/6/2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2019);
        assertThat(ReportPeriod.rowsDay("Ngày báo cáo", "15/12/2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2020);
        assertThat(ReportPeriod.notedDay("Cập nhật ngày 20/6/2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2019);
        assertThat(ReportPeriod.notedDay("Báo cáo ngày 20 tháng 6 năm 2019").map(ReportPeriod.Signed::written)).contains("20/6/2019");
        assertThat(ReportPeriod.notedDay("Cập nhật ngày 18/12/2019").map(ReportPeriod.Signed::firstYearNotOver)).contains(2020);
        assertThat(ReportPeriod.notedDay("Nhà bàn giao ngày 20/6/2019")).isEmpty(); // the note dates a house, not the figures
        assertThat(ReportPeriod.notedDay("Khởi công ngày 20/6/2019")).isEmpty();
    }

    @Test
    void aSupplementToAReportSentBeforeIsNoYearsReport() {
        assertThat(ReportPeriod.supplement("BÁO CÁO BỔ SUNG SỐ LIỆU NĂM 2019")).contains("bổ sung");
        assertThat(ReportPeriod.supplement("Biểu 2: Số liệu bổ sung")).contains("bổ sung");
        assertThat(ReportPeriod.supplement("Bổ sung số liệu năm 2019 của huyện Ba Tri")).contains("bổ sung");
        assertThat(ReportPeriod.supplement("HND 2019 bo sung")).isEmpty(); // a file's name says it with other words: not judged alone
        assertThat(ReportPeriod.supplement("BÁO CÁO KẾT QUẢ NĂM 2019 (đã bổ sung số liệu huyện Ba Tri)")).isEmpty();
        assertThat(ReportPeriod.supplement("Kế hoạch bổ sung nhiệm vụ năm 2020")).isEmpty();
    }

    /** What is expected or pledged is a plan's; a pledge's word before what an indicator counts is that indicator's name. */
    @Test
    void whatIsExpectedOrPledgedIsAPlans() {
        assertThat(Header.Part.ofText("Dự kiến thực hiện năm 2019")).isEqualTo(Header.Part.PLAN);
        assertThat(Header.Part.ofText("Phấn đấu")).isEqualTo(Header.Part.PLAN);
        assertThat(Header.Part.ofText("Đăng ký")).isEqualTo(Header.Part.PLAN);
        assertThat(Header.Part.ofText("Đăng ký thi đua năm 2019")).isEqualTo(Header.Part.PLAN);
        assertThat(Header.Part.ofText("Đăng ký đề án 4190")).isEqualTo(Header.Part.OTHER); // CT08's words, shortened
        assertThat(Header.Part.ofText("Đạt")).isEqualTo(Header.Part.RESULT);
    }

    @Test
    void columnsThatCountUpToADayAreRunningTotals() {
        assertThat(Header.Part.ofText("Đến 31/12/2019")).isEqualTo(Header.Part.RUNNING_TOTAL);
        assertThat(Header.Part.ofText("Đến hết tháng 12/2019")).isEqualTo(Header.Part.RUNNING_TOTAL);
        assertThat(Header.Part.ofText("Tính đến 31/12/2019")).isEqualTo(Header.Part.RUNNING_TOTAL);
        assertThat(Header.Part.ofText("Đến 30/6/2019")).isEqualTo(Header.Part.PART_OF_YEAR);
        assertThat(Header.Part.ofText("Từ 01/01/2019 đến 31/12/2019")).isNotEqualTo(Header.Part.RUNNING_TOTAL);
    }

    @Test
    void anEarlierPeriodsWordsAfterAnotherWordAreNoYearsResult() {
        assertThat(Header.notTheYears("Giá trị kỳ trước")).isEqualTo(Header.Part.PREVIOUS);
        assertThat(Header.notTheYears("Số liệu năm trước")).isEqualTo(Header.Part.PREVIOUS);
        assertThat(Header.notTheYears("Số liệu cùng kỳ")).isEqualTo(Header.Part.PREVIOUS);
        assertThat(Header.notTheYears("Số liệu năm nay")).isNull();
        assertThat(Header.notTheYears("Tăng so với năm trước")).isEqualTo(Header.Part.RATIO);
        assertThat(Header.notTheYears("Thực hiện cả năm")).isNull();
        assertThat(Header.notTheYears("Thực hiện 6 tháng")).isEqualTo(Header.Part.PART_OF_YEAR);
    }

    @Test
    void aYearsPlanIsAPlanWhereverItsWordsStand() {
        assertThat(Header.Part.ofText("Năm 2020 (kế hoạch)")).isEqualTo(Header.Part.PLAN);
        assertThat(Header.Part.ofText("2020 - dự kiến")).isEqualTo(Header.Part.PLAN);
        assertThat(Header.Part.ofText("Năm 2020 (KH)")).isEqualTo(Header.Part.PLAN);
        assertThat(Header.Part.ofText("Năm 2019 - thực hiện kế hoạch")).isEqualTo(Header.Part.OTHER); // done, not planned
        assertThat(Header.Part.ofText("Năm 2019")).isEqualTo(Header.Part.OTHER);
        assertThat(Header.Part.ofText("Kết quả thực hiện kế hoạch năm 2019")).isEqualTo(Header.Part.RESULT);
    }
}
