import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the workbooks and CSV files of samples/layouts, made the way district offices make
 * their reports: titles above the table, headers over two rows with merged cells, plan and
 * result side by side, a total row, a signature block. The files are checked in; beside each
 * is its control file, written by hand from the table (never by khlt). This program is how the
 * files were made:
 *
 *   java -cp cli/target/khlt.jar samples/layouts/MakeLayouts.java samples/layouts
 */
public class MakeLayouts {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "samples/layouts");
        Path roles = Files.createDirectories(out.resolve("cot-ket-qua"));
        planAndResult(roles.resolve("HND_2019_ke-hoach-thuc-hien.xlsx"));
        Files.writeString(roles.resolve("HND_2019_noi-dung-theo-dong.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 02 NĂM 2019
                STT,Đơn vị,Nội dung,CT08,CT09
                1,Ba Tri,Kế hoạch,100,20
                ,,Thực hiện,90,18
                ,,Tỷ lệ %,90,90
                2,Bình Đại,Thực hiện,85,12
                ,,KH,80,10
                """, StandardCharsets.UTF_8);
        Files.writeString(roles.resolve("HND_2019_cung-ky-so-luong.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                STT,Đơn vị,CT08,,CT09,
                ,,Cùng kỳ năm trước,Năm nay,Số lượng,Tỷ lệ
                1,Ba Tri,70,90,18,20
                2,Bình Đại,60,85,12,15
                """, StandardCharsets.UTF_8);
        Files.writeString(roles.resolve("HND_2019_uoc-ca-nam.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                STT,Đơn vị,CT08,,CT09,
                ,,Thực hiện 9 tháng,Ước cả năm,TH năm trước,Năm nay
                1,Ba Tri,70,90,15,18
                """, StandardCharsets.UTF_8);
        unitOverItsRows(roles.resolve("HLHPN_2019_don-vi-gop-theo-dong.xlsx"));
        titleOverTwoColumns(roles.resolve("HND_2019_tieu-de-gop-hai-cot.xlsx"));
        typedInTcvn3(Files.createDirectories(out.resolve("csv-van-phong")).resolve("HND_2019_phong-vntime.xlsx"));
        withAnExample(Files.createDirectories(out.resolve("nhieu-bang")).resolve("HND_2019_co-trang-cach-ghi.xlsx"));
        withASheetOfOtherFigures(out.resolve("nhieu-bang").resolve("HND_2019_trang-so-khac.xlsx"));
        withTheBlankForm(out.resolve("nhieu-bang").resolve("HND_2019_co-trang-mau.xlsx"));
        withComparedSheets(out.resolve("nhieu-bang").resolve("HND_2019_trang-so-sanh-binh-quan.xlsx"));
        onlyTheChanges(Files.createDirectories(out.resolve("ky-bao-cao")).resolve("HND_2019_trang-tang-giam.xlsx"));
        withASheetOfPercentages(Files.createDirectories(out.resolve("don-vi-tinh")).resolve("HND_2019_trang-ty-le.xlsx"));
        filledForm(out.resolve("nhieu-bang").resolve("HND_2019_dien-vao-mau.xlsx"));
        indicatorMergedDown(Files.createDirectories(out.resolve("gop-o")).resolve("HND_2019_chi-tieu-gop-doc.xlsx"));
        planAndRatioOnly(roles.resolve("HLHPN_2019_chi-ke-hoach.xlsx"));
        Files.writeString(roles.resolve("DTN_2018_mot-dong-tieu-de.csv"), """
                Đơn vị,CT08 Kế hoạch,CT08 Thực hiện,CT09 - Thực hiện,Ghi chú
                Ba Tri,50,46,2,
                Chợ Lách,40,41,1,vượt kế hoạch
                """, StandardCharsets.UTF_8);
        yearsTypedAsNumbers(Files.createDirectories(out.resolve("nam-theo-cot")).resolve("HND_2016-2019_nam-go-so.xlsx"));
        oneUnitsYears(out.resolve("nam-theo-cot").resolve("HND_Cho-Lach_cac-nam.xlsx"));
        districtSheetsOfYears(Files.createDirectories(out.resolve("moi-huyen-mot-trang")).resolve("HND_tong-hop-cac-nam-moi-huyen.xlsx"));
        summaryBeforeYears(Files.createDirectories(out.resolve("moi-nam-mot-trang")).resolve("HLHPN_trang-tong-hop-va-tung-nam.xlsx"));
        yearsInTheFileName(out.resolve("moi-nam-mot-trang").resolve("HND_2018-2019_tung-nam-va-tong-hop.xlsx"));
        sideBySide(Files.createDirectories(out.resolve("nhieu-bang")).resolve("HCCB_2019_hai-bang-canh-nhau.xlsx"));
        provincialSummary(out.resolve("nhieu-bang").resolve("HLHPN_bao-cao-tong-hop.xlsx"));
        youthDistrictReport(Files.createDirectories(out.resolve("bao-cao-mot-don-vi")).resolve("bc-lien-tich-02.xlsx"));
        resultSplitUnder(roles.resolve("HLHPN_Ba-Tri_thuc-hien-chia-cot.xlsx"));
        summaryBeforeDistricts(Files.createDirectories(out.resolve("moi-huyen-mot-trang")).resolve("HND_2019_trang-tong-hop.xlsx"));
        associationSheets(Files.createDirectories(out.resolve("lien-tich")).resolve("lien-tich_2019_moi-hoi-mot-trang.xlsx"));
        mergedDown(Files.createDirectories(out.resolve("gop-o")).resolve("HND_2017-2019_gop-o-theo-nam.xlsx"));
        mergedFigures(out.resolve("gop-o").resolve("HND_2019_so-gop-o.xlsx"));
        planMergedOverResult(out.resolve("gop-o").resolve("HND_2019_ke-hoach-gop-sang-thuc-hien.xlsx"));
        associationsUnderDistricts(Files.createDirectories(out.resolve("don-vi-tinh")).resolve("HLHPN_2019_dvt-va-dong-hoi.xlsx"));
        titleOverTheIndicators(Files.createDirectories(out.resolve("tieu-de-nhieu-dong")).resolve("HND_2019_tieu-de-o-giua.xlsx"));
        unitsInNumberFormats(out.resolve("don-vi-tinh").resolve("HND_2019_dinh-dang-kem-don-vi.xlsx"));
        Path formulas = Files.createDirectories(out.resolve("cong-thuc"));
        formulaCells(formulas.resolve("HLHPN_2019_cong-thuc.xlsx"), true);
        formulaCells(formulas.resolve("HND_2019_cong-thuc-chua-tinh.xlsx"), false);
        placeholderResults(formulas.resolve("HCCB_2019_cong-thuc-tinh-khi-mo.xlsx"));
        struckOutFigures(formulas.resolve("HND_2019_so-gach-bo.xlsx"));
        yearsAsDates(formulas.resolve("HND_nam-kieu-ngay.xlsx"));
        hiddenColumn(Files.createDirectories(out.resolve("an-trang-an-dong")).resolve("HND_2019_cot-an.xlsx"));
        hiddenByFormat(out.resolve("an-trang-an-dong").resolve("HND_2019_so-an-bang-dinh-dang.xlsx"));
        blankRowInHeader(roles.resolve("HND_2019_dong-trong-trong-tieu-de.xlsx"), 0);
        blankRowInHeader(roles.resolve("HND_Ba-Tri_2019_dong-trong-trong-tieu-de.xlsx"), 1);
        blankRowInHeader(roles.resolve("HND_2019_ke-hoach-cach-dong.xlsx"), 3);
        blankRowInHeader(Files.createDirectories(out.resolve("chi-tieu-theo-dong")).resolve("HND_2019_dong-trong-trong-tieu-de.xlsx"), 2);
        hiddenWithoutFigures(Files.createDirectories(out.resolve("an-trang-an-dong")).resolve("HLHPN_2018_an-khong-so-lieu.xlsx"));
        rowsByPartMerged(roles.resolve("HCCB_2019_chi-tieu-gop-kh-th.xlsx"), false);
        rowsByPartMerged(Files.createDirectories(out.resolve("ky-bao-cao")).resolve("HND_2019_don-vi-gop-hai-nam.xlsx"), true);
        partsBeyondTheHeader(roles.resolve("HND_2019_kh-th-cot-cuoi.xlsx"), false);
        partsBeyondTheHeader(Files.createDirectories(out.resolve("ky-bao-cao")).resolve("HND_2019_ghi-chu-cot-cuoi.xlsx"), true);
        namesOverTwoRows(Files.createDirectories(out.resolve("tieu-de-nhieu-dong")).resolve("HND_2019_ten-chi-tieu-hai-hang.xlsx"));
        yearAloneInNotes(Files.createDirectories(out.resolve("ky-bao-cao")).resolve("HND_2019_ghi-chu-so-nam.xlsx"));
        reportDays(out.resolve("ky-bao-cao").resolve("HND_doc-ngay-bao-cao.xlsx"), "Ngày báo cáo");
        reportDays(out.resolve("ky-bao-cao").resolve("HND_doc-ky-la-ngay.xlsx"), "Kỳ báo cáo");
        reportDayBesideItsLabel(out.resolve("ky-bao-cao").resolve("HND_2019_o-ngay-bao-cao.xlsx"));
        Path districts = Files.createDirectories(out.resolve("moi-huyen-mot-trang"));
        districtSheets(districts.resolve("HLHPN_2019_theo-huyen.xlsx"), false);
        districtSheets(districts.resolve("HND_cac-nam-theo-huyen.xlsx"), true);
        Path bands = Files.createDirectories(out.resolve("tieu-de-nhieu-dong"));
        Files.writeString(bands.resolve("HND_2019_so-thu-tu-cot.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                STT,Đơn vị,CT08,CT09
                (1),(2),(3),(4)
                1,Ba Tri,100,2
                2,Thạnh Phú,50,1
                ,Toàn tỉnh,150,3
                """, StandardCharsets.UTF_8);
        Files.writeString(bands.resolve("HND_2019_don-vi-gop-hai-dong.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                STT,Đơn vị,Chỉ tiêu,
                ,,CT08,CT09
                1,Ba Tri,100,2
                2,Thạnh Phú,50,1
                """, StandardCharsets.UTF_8);
        mergedUnitOverTwoRows(bands.resolve("HLHPN_2018_gop-doc.xlsx"));
        fourHeaderRows(bands.resolve("HLHPN_bon-dong-tieu-de.xlsx"), "Đa dạng sinh kế", "Mái ấm tình thương", "Truyền thông khởi nghiệp");
        fourHeaderRows(bands.resolve("HLHPN_bon-dong-ten-nhom.xlsx"), "Sinh kế", "Nhà ở", "Khởi nghiệp");
        fourHeaderRows(bands.resolve("HLHPN_bon-dong-ten-ma-khac.xlsx"), "Mái ấm tình thương", "Đa dạng sinh kế", "Truyền thông khởi nghiệp");
        Path rows = Files.createDirectories(out.resolve("dong-khong-phai-so-lieu"));
        Files.writeString(rows.resolve("HND_2019_muc-va-xa.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                Đơn vị,CT08,CT09
                I. Huyện Ba Tri,100,2
                Thị trấn Ba Tri,30,1
                Xã An Đức,70,1
                II. Huyện Thạnh Phú,50,1
                Người lập biểu,,
                Nguyễn Văn A,,
                """, StandardCharsets.UTF_8);
        Files.writeString(rows.resolve("HND_2019_cong-khoi.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                STT,Đơn vị,CT08,CT09
                I,Khối huyện,,
                1,Ba Tri,90,18
                2,Bình Đại,85,12
                ,Cộng khối huyện,175,30
                II,Khối thành phố,,
                3,Thành phố Bến Tre,40,5
                ,Cộng khối thành phố,40,5
                ,Tổng cộng,215,35
                """, StandardCharsets.UTF_8);
        Files.writeString(rows.resolve("HND_2019_tieu-cong-lech.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                Đơn vị,CT08,CT09
                Ba Tri,90,18
                Bình Đại,85,12
                Tiểu cộng,185,30
                Mỏ Cày Nam,40,5
                Tiểu cộng,40,5
                Tổng cộng,215,35
                """, StandardCharsets.UTF_8);
        Files.writeString(rows.resolve("HND_2019_dong-tong-cuoi-bang.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                Đơn vị,CT08,CT09
                Cấp tỉnh,10,0
                Ba Tri,100,2
                Thạnh Phú,50,1
                Tỉnh,160,3
                """, StandardCharsets.UTF_8);
        Files.writeString(rows.resolve("HND_2019_dong-tong-dau-bang.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                Đơn vị,CT08,CT09
                Toàn tỉnh,160,3
                Cấp tỉnh,10,0
                Ba Tri,100,2
                Thạnh Phú,50,1
                """, StandardCharsets.UTF_8);
        Path stacked = Files.createDirectories(out.resolve("nhieu-bang"));
        Files.writeString(stacked.resolve("HND_2019_hai-bieu.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                Biểu 1: Hộ đăng ký và nhà Mái ấm
                Đơn vị,CT08,CT09
                Ba Tri,100,2
                Thạnh Phú,50,1

                Biểu 2: Khởi nghiệp
                Đơn vị,CT14,,CT15,
                ,Kế hoạch,Thực hiện,Kế hoạch,Thực hiện
                Chợ Lách,5,3,2,1
                Bình Đại,4,2,1,0
                Người lập biểu
                """, StandardCharsets.UTF_8);
        Files.writeString(roles.resolve("HND_2019_hai-cot-thuc-hien.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE - BÁO CÁO NĂM 2019
                Chỉ tiêu,Đơn vị,Thực hiện 2018,Thực hiện 2019
                CT08,Ba Tri,90,100
                CT09,Ba Tri,1,2
                """, StandardCharsets.UTF_8);
        Path sheets = Files.createDirectories(out.resolve("moi-nam-mot-trang"));
        yearSheets(sheets.resolve("HND_tong-hop.xlsx"), "2018", "2019");
        yearSheets(sheets.resolve("HND_2019_con-trang-cu.xlsx"), "2019", "2018");
        hiddenParts(Files.createDirectories(out.resolve("an-trang-an-dong")).resolve("HND_2019_co-phan-an.xlsx"), "Nháp");
        hiddenParts(out.resolve("an-trang-an-dong").resolve("HND_2019_trang-an-co-so.xlsx"), "Trang 2");
        markedIndicatorRow(Files.createDirectories(out.resolve("ten-don-vi")).resolve("HND_Ba-Tri_2019_chi-tieu-chu-thich.xlsx"),
                "Ghi chú: (*) Số liệu 6 tháng đầu năm, chưa tổng hợp cả năm; (1) Gồm 2 hội thi");
        markedIndicatorRow(out.resolve("ten-don-vi").resolve("HND_Ba-Tri_2019_chu-thich-xuong-dong.xlsx"),
                "Ghi chú: (*)\nSố liệu 6 tháng đầu năm, chưa tổng hợp cả năm\n(1)\nGồm 2 hội thi");
        unitsNamedInANote(Files.createDirectories(out.resolve("dong-khong-phai-so-lieu")).resolve("HND_2019_ghi-chu-nhieu-dong.xlsx"));
        cellComments(out.resolve("dong-khong-phai-so-lieu").resolve("HND_2019_ghi-chu-trong-o.xlsx"));
        spacesAsTyped(out.resolve("dong-khong-phai-so-lieu").resolve("HND_2019_dau-cach-xuong-dong.xlsx"));
        unitTitleOverNumbersAndNames(out.resolve("dong-khong-phai-so-lieu").resolve("HND_2019_don-vi-gop-hai-cot.xlsx"));
        yearMergedOverANotedRow(Files.createDirectories(out.resolve("nam-theo-cot")).resolve("HND_nam-gop-ghi-chu.xlsx"));
        hiddenParts(out.resolve("an-trang-an-dong").resolve("HND_2019_trang-nhap-lieu.xlsx"), "Nhập liệu");
        Files.writeString(Files.createDirectories(out.resolve("bao-cao-mot-don-vi")).resolve("HND_2019_ba-tri.csv"), """
                HỘI NÔNG DÂN HUYỆN BA TRI
                BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 02/KHLT NĂM 2019
                STT,Chỉ tiêu,ĐVT,KH,TH,Tỷ lệ %
                I,CHỈ TIÊU CHUNG,,,,
                1,CT08 - Hộ đăng ký Đề án 4190,hộ,300,285,95
                2,CT09,nhà,1,1,100
                II,CHỈ TIÊU KHỞI NGHIỆP,,,,
                3,CT14,lượt,2,3,150
                """, StandardCharsets.UTF_8);
        Path across = Files.createDirectories(out.resolve("chi-tieu-theo-dong"));
        unitsOverTheirParts(across.resolve("HND_2019_don-vi-gop-tren-ke-hoach.xlsx"));
        unitsUnderAGroup(across.resolve("HND_2019_chia-ra-cac-huyen.xlsx"));
        Files.writeString(across.resolve("HND_2019_cot-don-vi.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                Chỉ tiêu,Ba Tri,Thạnh Phú,Chợ Lách,Tổng cộng
                I. Chỉ tiêu chung,,,,
                CT08,100,50,40,190
                CT09,2,1,0,3
                CT04,,,,
                """, StandardCharsets.UTF_8);
        Files.writeString(across.resolve("HND_2019_cot-tong-dau.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2019
                Chỉ tiêu,Tỉnh,Ba Tri,Thạnh Phú
                CT08,150,100,50
                CT09,3,2,1
                """, StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(out.resolve("so-viet-kem-chu")).resolve("HND_2019_kem-don-vi.csv"), """
                Đơn vị,CT08,CT09,CT13
                Ba Tri,120 hộ,2 nhà,Có
                Thạnh Phú,"1.050 hộ",1 căn,x
                Chợ Lách,5 ha,0,Không
                Bình Đại,hai,1,có lẽ
                """, StandardCharsets.UTF_8);
        Path yearColumns = Files.createDirectories(out.resolve("nam-theo-cot"));
        Files.writeString(yearColumns.resolve("HND_tong-hop-2016-2019.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                TỔNG HỢP KẾT QUẢ 2016 - 2019
                Đơn vị,CT08,,,,CT09,
                ,2016,2017,2018,2019,2018,2019
                Ba Tri,80,90,95,100,1,2
                Thạnh Phú,40,45,48,50,1,1
                """, StandardCharsets.UTF_8);
        Files.writeString(yearColumns.resolve("HND_2019_cot-nam-truoc.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE - BÁO CÁO NĂM 2019
                Đơn vị,CT08 năm 2018,CT08 năm 2019,CT09
                Ba Tri,95,100,1
                """, StandardCharsets.UTF_8);
        Path period = Files.createDirectories(out.resolve("ky-bao-cao"));
        titled(period.resolve("HND_2019_so-ket.xlsx"), "SƠ KẾT 6 THÁNG ĐẦU NĂM 2019");
        titled(period.resolve("HLHPN_2019_tong-ket.xlsx"), "BÁO CÁO TỔNG KẾT NĂM 2019");
        titled(period.resolve("HLHPN_2019_giai-doan.xlsx"), "BÁO CÁO KẾT QUẢ GIAI ĐOẠN 2016 - 2019");
        Files.writeString(period.resolve("HND_2020_ke-hoach.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                KẾ HOẠCH NĂM 2020
                STT,Đơn vị,CT08,CT09
                1,Ba Tri,100,4
                2,Chợ Lách,90,4
                """, StandardCharsets.UTF_8);
        planAndResultSheets(period.resolve("HND_ke-hoach-va-thuc-hien.xlsx"));
        Files.writeString(period.resolve("HND_nam-2016-2020.csv"), """
                HỘI NÔNG DÂN TỈNH BẾN TRE
                BÁO CÁO KẾT QUẢ NĂM 2016 - 2020
                Đơn vị,CT08,CT09
                Ba Tri,290,58
                """, StandardCharsets.UTF_8);
        Files.writeString(period.resolve("HCCB_2018_quy-3.csv"), """
                BÁO CÁO KẾT QUẢ QUÝ III NĂM 2018
                Đơn vị,CT09,CT16
                Ba Tri,1,2
                Thạnh Phú,0,1
                """, StandardCharsets.UTF_8);
        Files.writeString(period.resolve("DTN_9-thang-2019.csv"), """
                Đơn vị,CT08,CT14
                Ba Tri,12,1
                """, StandardCharsets.UTF_8);
        // the same tables as legacy .xls workbooks (Excel 97–2003), as many offices still save them
        for (String xlsx : new String[] {"cong-thuc/HND_2019_cong-thuc-chua-tinh.xlsx", "cong-thuc/HND_nam-kieu-ngay.xlsx",
                "cong-thuc/HND_2019_so-gach-bo.xlsx",
                "don-vi-tinh/HND_2019_dinh-dang-kem-don-vi.xlsx", "an-trang-an-dong/HND_2019_cot-an.xlsx",
                "an-trang-an-dong/HND_2019_trang-an-co-so.xlsx", "gop-o/HND_2017-2019_gop-o-theo-nam.xlsx",
                "gop-o/HND_2019_ke-hoach-gop-sang-thuc-hien.xlsx", "dong-khong-phai-so-lieu/HND_2019_ghi-chu-trong-o.xlsx",
                "csv-van-phong/HND_2019_phong-vntime.xlsx", "tieu-de-nhieu-dong/HLHPN_2018_gop-doc.xlsx"}) {
            asXls(out.resolve(xlsx));
        }
    }

    /** Plan, result and percent under each indicator, over two header rows; a total row; a signature. */
    static void planAndResult(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH LIÊN TỊCH 02/KHLT NĂM 2019");
            Row head = sheet.createRow(3);
            String[] top = {"STT", "Đơn vị", "CT08 - Hộ đăng ký theo Đề án 4190", "", "", "CT09 - Nhà Mái ấm tình thương", "", ""};
            for (int c = 0; c < top.length; c++) {
                head.createCell(c).setCellValue(top[c]);
            }
            Row sub = sheet.createRow(4);
            String[] parts = {"", "", "Kế hoạch", "Thực hiện", "Tỷ lệ %", "Kế hoạch", "Thực hiện", "Tỷ lệ %"};
            for (int c = 2; c < parts.length; c++) {
                sub.createCell(c).setCellValue(parts[c]);
            }
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 5, 7));
            Object[][] rows = {
                {1, "Ba Tri", 300, 285, 95, 1, 1, 100},
                {2, "Thạnh Phú", 250, 262, 104.8, 1, 2, 200},
                {3, "Bình Đại", 200, 180, 90, 1, 0, 0},
                {"", "Tổng cộng", 750, 727, 96.9, 3, 3, 100},
            };
            fill(sheet, 5, rows);
            text(sheet, 11, 5, "Bến Tre, ngày 20 tháng 12 năm 2019");
            text(sheet, 12, 5, "TM. BAN THƯỜNG VỤ");
            text(sheet, 13, 5, "CHỦ TỊCH");
            write(wb, file);
        }
    }

    /**
     * A province's summary as its secretariat sends it: a letterhead beside the national motto and
     * the date, a title merged across, a total above the sections (Cấp tỉnh: its office's row; Cấp
     * huyện: the districts' associations), each indicator over Kế hoạch | Thực hiện | Tỷ lệ (%), the
     * recipients and the signature; a second sheet of rates, each over its whole, its part and the ratio.
     */
    static void provincialSummary(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Biểu 1", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "BAN THƯỜNG VỤ");
            text(sheet, 0, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text(sheet, 1, 5, "Độc lập - Tự do - Hạnh phúc");
            text(sheet, 2, 5, "Bến Tre, ngày 18 tháng 12 năm 2019");
            text(sheet, 4, 0, "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH LIÊN TỊCH 02/KHLT NĂM 2019");
            text(sheet, 5, 0, "(Kèm theo Báo cáo số 45/BC-HLHPN ngày 18/12/2019)");
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 8));
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 8));
            fill(sheet, 7, new Object[][] {
                {"STT", "Đơn vị", "Hộ đăng ký Đề án 4190", "", "", "Mái ấm tình thương", "", "", "Ghi chú"},
                {"", "", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", ""},
                {"", "Toàn tỉnh", 400, 420, 105, 8, 9, 112.5, ""},
                {"I", "Cấp tỉnh", "", "", "", "", "", "", ""},
                {"", "Văn phòng Tỉnh hội", "", 20, "", "", 1, "", ""},
                {"II", "Cấp huyện", "", "", "", "", "", "", ""},
                {1, "Hội LHPN huyện Ba Tri", 150, 160, 106.7, 3, 3, 100, ""},
                {2, "Hội LHPN huyện Chợ Lách", 100, 90, 90, 2, 2, 100, ""},
                {3, "Hội LHPN thành phố Bến Tre", 150, 150, 100, 3, 3, 100, "Số ước"},
            });
            for (int column : new int[] {0, 1, 8}) {
                sheet.addMergedRegion(new CellRangeAddress(7, 8, column, column));
            }
            sheet.addMergedRegion(new CellRangeAddress(7, 7, 2, 4));
            sheet.addMergedRegion(new CellRangeAddress(7, 7, 5, 7));
            text(sheet, 18, 1, "Nơi nhận:");
            text(sheet, 18, 6, "TM. BAN THƯỜNG VỤ");
            text(sheet, 19, 1, "- TW Hội;");
            text(sheet, 19, 6, "CHỦ TỊCH");
            text(sheet, 20, 1, "- Lưu VT.");
            text(sheet, 23, 6, "Nguyễn Thị Hoa");
            Sheet rates = sheet(wb, "Biểu 2", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "", "BIỂU 2: CÁC CHỈ TIÊU TỶ LỆ NĂM 2019");
            fill(rates, 4, new Object[][] {
                {"STT", "Đơn vị", "CT17 - Hộ có con 0-16 tuổi được bồi dưỡng", "", "", "CT11 - Gia đình có hố xí hợp vệ sinh", "", ""},
                {"", "", "Tổng số hộ có con 0-16 tuổi", "Số hộ được bồi dưỡng", "Tỷ lệ %", "Tổng số gia đình hội viên",
                    "Số gia đình có hố xí HVS", "Tỷ lệ %"},
                {1, "Ba Tri", 1000, 750, 75, 2000, 1500, 75},
                {2, "Chợ Lách", 800, 600, 75, 1500, 900, 60},
            });
            for (int column : new int[] {0, 1}) {
                rates.addMergedRegion(new CellRangeAddress(4, 5, column, column));
            }
            rates.addMergedRegion(new CellRangeAddress(4, 4, 2, 4));
            rates.addMergedRegion(new CellRangeAddress(4, 4, 5, 7));
            write(wb, file);
        }
    }

    /**
     * A district Youth Union's own report: its letterhead and place-and-date, a period of a year
     * that does not start in January, the indicators under Nội dung by their words, the year over
     * Chỉ tiêu giao | Kết quả, a rate's row with its parts' rows under it, a signature block in the
     * figures' column; the file's name says nothing.
     */
    static void youthDistrictReport(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "BC", "BCH ĐOÀN TNCS HỒ CHÍ MINH", "HUYỆN ĐOÀN GIỒNG TRÔM", "",
                    "BẢNG SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH LIÊN TỊCH 02", "(Số liệu tính từ 15/12/2018 đến 14/12/2019)");
            text(sheet, 1, 4, "Giồng Trôm, ngày 05 tháng 12 năm 2019");
            fill(sheet, 6, new Object[][] {
                {"TT", "Nội dung", "ĐVT", "Năm 2019", "", "Ghi chú"},
                {"", "", "", "Chỉ tiêu giao", "Kết quả", ""},
                {"I", "PHÁT TRIỂN KINH TẾ", "", "", "", ""},
                {1, "Hộ đăng ký thực hiện Đề án 4190", "hộ", 30, 32, ""},
                {2, "Đoàn viên được hỗ trợ khởi nghiệp thành công", "người", 2, 3, ""},
                {"II", "GIA ĐÌNH", "", "", "", ""},
                {3, "Tỷ lệ hộ có con 0-16 tuổi được bồi dưỡng kỹ năng", "%", 70, 72, ""},
                {"", "- Số hộ được bồi dưỡng", "hộ", "", 360, ""},
                {"", "- Tổng số hộ có con 0 - 16 tuổi", "hộ", "", 500, ""},
                {4, "Mái ấm tình thương", "căn", 1, 1, "Bàn giao 20/11"},
            });
            for (int column : new int[] {0, 1, 2, 5}) {
                sheet.addMergedRegion(new CellRangeAddress(6, 7, column, column));
            }
            sheet.addMergedRegion(new CellRangeAddress(6, 6, 3, 4));
            text(sheet, 18, 4, "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN");
            text(sheet, 19, 4, "BÍ THƯ");
            write(wb, file);
        }
    }

    /**
     * A header of four rows: a band over the indicators, their names (or their groups' names), their
     * codes, the columns' numbers; STT, Đơn vị and Ghi chú merged down the first three; the year on
     * a title line of its own.
     */
    static void fourHeaderRows(Path file, String... names) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Sheet1", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "",
                    "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH LIÊN TỊCH 02/KHLT");
            text(sheet, 3, 0, "Năm 2019");
            fill(sheet, 5, new Object[][] {
                {"STT", "Đơn vị", "Kết quả thực hiện các chỉ tiêu", "", "", "Ghi chú"},
                {"", "", names[0], names[1], names[2], ""},
                {"", "", "CT08", "CT09", "CT14", ""},
                {"A", "B", "1", "2", "3", "4"},
                {1, "Ba Tri", 120, 2, 3, ""},
                {2, "Bình Đại", 80, 1, 0, "Vượt kế hoạch"},
                {"", "Tổng cộng", 200, 3, 3, ""},
            });
            sheet.addMergedRegion(new CellRangeAddress(5, 7, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(5, 7, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 2, 4));
            sheet.addMergedRegion(new CellRangeAddress(5, 7, 5, 5));
            write(wb, file);
        }
    }

    /**
     * Figures' cells merged: one activity (CT14) merged down over two districts' rows, one number
     * merged across two indicators' columns (whose hidden cell still holds a number, as a program
     * may keep it), a note merged down beside them.
     */
    static void mergedFigures(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Sheet1", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT14", "CT15", "Ghi chú"},
                {1, "Ba Tri", 120, 1, 2, "Phối hợp tổ chức"},
                {2, "Giồng Trôm", 80, "", 1, ""},
                {3, "Chợ Lách", 45, 1, 0, ""},
                {"", "Tổng cộng", 245, 2, 3, ""},
            });
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 3, 3));
            sheet.addMergedRegion(new CellRangeAddress(4, 5, 5, 5));
            sheet.addMergedRegion(new CellRangeAddress(6, 6, 3, 4));
            write(wb, file);
        }
    }

    /**
     * Each indicator over *KH | TH*, one district's plan typed once and merged across its result's
     * cell (the result not yet counted, or the same as the plan?), another's note merged across a
     * row's last cells.
     */
    static void planMergedOverResult(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Sheet1", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "", "CT15", ""},
                {"", "", "KH", "TH", "KH", "TH"},
                {1, "Ba Tri", 100, "", 4, 5},
                {2, "Chợ Lách", 60, 64, 3, 3},
                {3, "Giồng Trôm", 80, 82, "chưa báo cáo", ""},
            });
            mergeDown(sheet, 3, 4, 0, 1);
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 4, 5));
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 2, 3));
            sheet.addMergedRegion(new CellRangeAddress(7, 7, 4, 5));
            write(wb, file);
        }
    }

    /**
     * A Women's Union's joint summary: each district's row over its associations' rows ("- Hội
     * LHPN", "- Hội Nông dân"), a header of two rows with STT and Đơn vị merged down, a row of units
     * of measure that gives CT09's houses in money.
     */
    static void associationsUnderDistricts(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Tổng hợp", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE",
                    "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH 02/KHLT NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "Kết quả thực hiện", "", "", ""},
                {"", "", "CT08", "CT09", "CT14", "CT15"},
                {"", "ĐVT", "hộ", "triệu đồng", "cuộc", "người"},
                {1, "Huyện Ba Tri", 30, 200, 5, 4},
                {"", "- Hội LHPN", 10, 80, 2, 1},
                {"", "- Hội Nông dân", 20, 120, 3, 3},
                {2, "Huyện Chợ Lách", 12, 90, 4, 2},
                {"", "- Hội LHPN", 5, 40, 2, 1},
                {"", "- Hội Cựu chiến binh", 7, 50, 2, 1},
                {"", "Tổng cộng", 42, 290, 9, 6},
            });
            mergeDown(sheet, 3, 4, 0, 1);
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 5));
            write(wb, file);
        }
    }

    /**
     * Titles typed in a middle cell, over the indicators' columns, to centre them without merging:
     * one names the plan before the report ("KẾ HOẠCH 02/KHLT - BÁO CÁO KẾT QUẢ …"), the other the
     * next year's tasks after the year's review; neither is a band over the indicators.
     */
    static void titleOverTheIndicators(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            String[][] titles = {
                {"KẾ HOẠCH 02/KHLT - BÁO CÁO KẾT QUẢ NĂM 2019", "Biểu 1"},
                {"BÁO CÁO TỔNG KẾT NĂM 2019 VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020", "Biểu 2"},
            };
            for (String[] title : titles) {
                Sheet sheet = wb.createSheet(title[1]);
                text(sheet, 0, 0, "HỘI NÔNG DÂN TỈNH BẾN TRE");
                text(sheet, 1, 3, title[0]);
                boolean first = title[1].endsWith("1");
                fill(sheet, 3, new Object[][] {
                    {"STT", "Đơn vị", "CT08", "CT09", "CT14", "Ghi chú"},
                    {1, first ? "Ba Tri" : "Thạnh Phú", first ? 120 : 15, 2, 1, ""},
                    {2, first ? "Chợ Lách" : "Bình Đại", first ? 45 : 20, 1, 2, ""},
                });
            }
            write(wb, file);
        }
    }

    /**
     * Numbers whose cell format writes what they count beside them (0" hộ", 0" lượt người"), as
     * the sheet shows them: "120 hộ" under CT08, "900 lượt người" under CT14's activities.
     */
    static void unitsInNumberFormats(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09", "CT14", "CT15"},
                {1, "Ba Tri", 120, 3, 900, 4},
                {2, "Chợ Lách", 80, 2, 700, 2},
            });
            String[] formats = {"0\" hộ\"", "0\" căn\"", "#,##0\" lượt người\"", "0\" người\""};
            for (int c = 0; c < formats.length; c++) {
                org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat(formats[c]));
                for (int r = 4; r <= 5; r++) {
                    sheet.getRow(r).getCell(2 + c).setCellStyle(style);
                }
            }
            write(wb, file);
        }
    }

    /**
     * A report typed with the TCVN3 fonts (.VnTimeH for the capitals, .VnTime for the rest): the cells
     * hold each letter's byte as a Latin-1 character, written here as Excel keeps them.
     */
    static void typedInTcvn3(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "B¸o c¸o", "héi n«ng d©n tØnh bÕn tre", "b¸o c¸o kÕt qu¶ n¨m 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "§¬n vÞ", "Hé ®¨ng ký ®Ò ¸n ®a d¹ng sinh kÕ", "M¸i Êm t×nh th\u00AD¬ng"},
                {1, "HuyÖn Ba Tri", 120, 4},
                {2, "HuyÖn Chî L¸ch", 95, 3},
                {3, "Thµnh phè BÕn Tre", 40, 1},
                {"", "Tæng céng", 255, 8},
            });
            write(wb, file);
        }
    }

    /** The report, and a sheet that shows how to fill it with made-up figures, one of a unit the report leaves out. */
    static void withAnExample(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet report = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(report, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 120, 4},
                {2, "Chợ Lách", 95, 3},
            });
            Sheet example = sheet(wb, "Ví dụ", "Ví dụ cách ghi số liệu (một dòng cho mỗi huyện)");
            fill(example, 2, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Giồng Trôm", 100, 2},
            });
            write(wb, file);
        }
    }

    /**
     * The year's report beside sheets of other figures, its plain table copied into each: the
     * changes on the year before ("So sánh"), the average per commune ("Bình quân") and the next
     * year's tasks ("Phương hướng", titled so): only the first sheet's figures are the year's.
     */
    static void withComparedSheets(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet report = sheet(wb, "Năm 2019", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(report, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 120, 4},
                {2, "Chợ Lách", 95, 3},
            });
            Sheet compared = sheet(wb, "So sánh", "HỘI NÔNG DÂN TỈNH BẾN TRE");
            fill(compared, 2, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 20, 1},
                {2, "Chợ Lách", -5, 0},
                {3, "Giồng Trôm", 12, 1},
            });
            Sheet average = sheet(wb, "Bình quân", "HỘI NÔNG DÂN TỈNH BẾN TRE");
            fill(average, 2, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 5, 1},
                {2, "Chợ Lách", 9, 1},
                {3, "Giồng Trôm", 4, 1},
            });
            Sheet tasks = sheet(wb, "Trang 4", "HỘI NÔNG DÂN TỈNH BẾN TRE", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020");
            fill(tasks, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 130, 5},
                {2, "Chợ Lách", 100, 4},
                {3, "Giồng Trôm", 90, 4},
            });
            write(wb, file);
        }
    }

    /**
     * The year's counts beside a sheet "Tỷ lệ" of the same plain table, its counts' columns the
     * percentages of the plan reached, a rate's numerator and denominator beside them: the counts of
     * that sheet are percentages, the rate's two numbers are counts.
     */
    static void withASheetOfPercentages(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet counts = sheet(wb, "Kết quả", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(counts, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 120, 5},
                {2, "Chợ Lách", 98, 3},
            });
            Sheet percentages = sheet(wb, "Tỷ lệ", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(percentages, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09", "CT04", ""},
                {"", "", "", "", "Tử số", "Mẫu số"},
                {1, "Ba Tri", 105, 125, 950, 1000},
                {2, "Chợ Lách", 98, 75, 700, 800},
                {3, "Giồng Trôm", 110, 100, 610, 640},
            });
            write(wb, file);
        }
    }

    /** A workbook of one sheet, "Tăng giảm", its plain table the changes on the year before: no year's figure. */
    static void onlyTheChanges(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet changes = sheet(wb, "Tăng giảm", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(changes, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 20, 1},
                {2, "Chợ Lách", 5, 0},
            });
            write(wb, file);
        }
    }

    /**
     * The report beside the blank form the province sent (a sheet "Mẫu" of the same table, its
     * figures zeros), which names a district the report does not.
     */
    static void withTheBlankForm(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet form = sheet(wb, "Mẫu", "HỘI NÔNG DÂN TỈNH BẾN TRE", "MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 02");
            fill(form, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 0, 0},
                {2, "Chợ Lách", 0, 0},
                {3, "Giồng Trôm", 0, ""},
                {"", "Tổng cộng", 0, 0},
            });
            Sheet report = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(report, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 120, 4},
                {2, "Chợ Lách", 95, 0},
            });
            write(wb, file);
        }
    }

    /** The province's form filled in by a district office without renaming its sheet "Mẫu", a zero among its figures. */
    static void filledForm(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet form = sheet(wb, "Mẫu", "HỘI NÔNG DÂN TỈNH BẾN TRE", "MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 02 NĂM 2019");
            fill(form, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 0, 0},
                {2, "Chợ Lách", 95, 3},
            });
            write(wb, file);
        }
    }

    /** A long table whose indicator's cell is merged down over its units' rows. */
    static void indicatorMergedDown(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"Chỉ tiêu", "Đơn vị", "Thực hiện"},
                {"CT08", "Ba Tri", 120},
                {"", "Chợ Lách", 95},
                {"CT09", "Ba Tri", 4},
                {"", "Chợ Lách", 3},
            });
            mergeDown(sheet, 4, 5, 0);
            mergeDown(sheet, 6, 7, 0);
            write(wb, file);
        }
    }

    /** The report, and a sheet of figures under headers that name no indicator ("Tên | Số hộ | Số nhà"). */
    static void withASheetOfOtherFigures(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet report = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(report, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 120, 4},
            });
            fill(wb.createSheet("Sheet2"), 0, new Object[][] {
                {"Tên", "Số hộ", "Số nhà"},
                {"Chợ Lách", 95, 3},
            });
            write(wb, file);
        }
    }

    /** An indicator's title merged over two columns of figures, with no row under it to tell them apart. */
    static void titleOverTwoColumns(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "", "CT09"},
                {1, "Ba Tri", 150, 120, 4},
                {2, "Chợ Lách", 100, 95, 3},
            });
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, 2, 3));
            write(wb, file);
        }
    }

    /**
     * One district's report whose CT09 row is marked (*) for a note merged across below the table
     * (*(\*) Số liệu 6 tháng đầu năm, chưa tổng hợp cả năm*); CT14's mark (1) for a note that says nothing of its period.
     * The note as given: on one line, or each mark on a line of its own above its words (Alt+Enter).
     */
    static void markedIndicatorRow(Path file, String note) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN HUYỆN BA TRI", "BÁO CÁO KẾT QUẢ THỰC HIỆN NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"},
                {1, "CT08 - Hộ đăng ký đề án", "hộ", 50, 48},
                {2, "CT09 - Mái ấm tình thương (*)", "căn", 4, 2},
                {3, "CT14 - Hoạt động truyền thông (1)", "hoạt động", 10, 12},
            });
            fill(sheet, 8, new Object[][] {{note}});
            sheet.addMergedRegion(new CellRangeAddress(8, 8, 0, 4));
            write(wb, file);
        }
    }

    /**
     * Districts by row under a header of two rows, and below the table a note merged across, its
     * lines in one cell, that names units in free words: Chợ Lách's figures are last year's (said
     * over two parts), Thạnh Phú's hold the province's own; Ba Tri's line compares, and says
     * nothing against its figures.
     */
    static void unitsNamedInANote(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Biểu 1", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "Hộ đăng ký Đề án 4190 (CT08)", "Mái ấm (CT09)"},
                {"", "", "Thực hiện", "Thực hiện"},
                {1, "Ba Tri", 48, 2},
                {2, "Chợ Lách", 30, 1},
                {3, "Thạnh Phú", 25, 3},
                {"", "Tổng cộng", 103, 6},
            });
            mergeDown(sheet, 3, 4, 0, 1);
            fill(sheet, 10, new Object[][] {{"Ghi chú:\n- Huyện Chợ Lách chưa gửi báo cáo; lấy số liệu năm 2018\n"
                    + "- Thạnh Phú: số liệu đã gồm cả cấp tỉnh\n- Ba Tri: tăng 3 hộ so với năm 2018"}});
            sheet.addMergedRegion(new CellRangeAddress(10, 10, 0, 3));
            fill(sheet, 12, new Object[][] {{"", "", "Người lập biểu"}});
            write(wb, file);
        }
    }

    /**
     * Comments (Excel's notes, the red corner) on cells: on a unit's name (another year's figures),
     * on a figure (half a year's), on another figure (a comparison: nothing of the kind), on the total;
     * on an indicator's header (its running total: the column).
     */
    static void cellComments(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Biểu 1", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 48, 2},
                {2, "Chợ Lách", 30, 1},
                {3, "Thạnh Phú", 25, 3},
                {4, "Giồng Trôm", 20, 2},
                {"", "Tổng cộng", 123, 8},
            });
            comment(wb, sheet, 5, 1, "Admin:\nChưa gửi báo cáo, lấy số liệu năm 2018");
            comment(wb, sheet, 6, 2, "Số liệu 6 tháng đầu năm");
            comment(wb, sheet, 7, 3, "Tăng 1 căn so với năm 2018");
            comment(wb, sheet, 8, 2, "Đã gồm cả cấp tỉnh");
            comment(wb, sheet, 3, 3, "Số liệu cộng dồn 2016 - 2019");
            write(wb, file);
        }
    }

    /**
     * Spaces as offices type and paste them: two spaces between words, a line broken inside a cell
     * (Alt+Enter), no-break spaces from a text pasted from Word or the web. Ba Tri's and Chợ Lách's
     * rows hold the district's figures, the rows under them the Farmers' Union's own; Thạnh Phú's
     * are counted elsewhere, as the note says.
     */
    static void spacesAsTyped(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Biểu 1", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019\n(SỐ LIỆU CHUNG CỦA HUYỆN VÀ CỦA HỘI)");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn  vị", "Hộ đăng ký\nĐề án 4190\n(CT08)", "Mái\u00A0ấm (CT09)"},
                {1, "Ba  Tri", 26, 8},
                {"", "Trong  đó:  Hội Nông dân", 20, 7},
                {2, "Chợ\u00A0Lách ", 9, 3},
                {"", "Trong đó:\nHội Nông dân", 7, 2},
                {3, "Thạnh Phú (*)", 12, 1},
                {"", "Trong đó:\u00A0Hội Nông dân", 10, 1},
            });
            text(sheet, 11, 0, "Ghi chú:\n(*)  Số liệu  đã gồm  cả cấp tỉnh");
            write(wb, file);
        }
    }

    static void comment(XSSFWorkbook wb, Sheet sheet, int row, int column, String text) {
        var drawing = sheet.createDrawingPatriarch();
        var anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 3);
        anchor.setRow1(row);
        anchor.setRow2(row + 3);
        var comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        sheet.getRow(row).getCell(column).setCellComment(comment);
    }

    /**
     * "Đơn vị" merged across two columns over a header of two rows, the rows' numbers in the first
     * (1, 2, 3) and the districts' names in the second, a total at the foot.
     */
    static void unitTitleOverNumbersAndNames(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"Đơn vị", "", "Hộ đăng ký đề án (CT08)", "Mái ấm tình thương (CT09)"},
                {"", "", "Thực hiện", "Thực hiện"},
                {1, "Thạnh Phú", 30, 2},
                {2, "Bình Đại", 25, 1},
                {3, "Châu Thành", 41, 3},
                {"", "Tổng cộng", 96, 6},
            });
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 1));
            write(wb, file);
        }
    }

    /**
     * A year a column, each year merged down over its districts' rows, and a note on the second
     * row under 2019 that its figures are 2018's (*Lấy theo số liệu năm 2018*).
     */
    static void yearMergedOverANotedRow(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Tổng hợp", "HỘI NÔNG DÂN TỈNH BẾN TRE", "TỔNG HỢP KẾT QUẢ CÁC NĂM");
            fill(sheet, 3, new Object[][] {
                {"Năm", "Đơn vị", "CT08", "CT09", "Ghi chú"},
                {2018, "Ba Tri", 40, 1, ""},
                {"", "Chợ Lách", 35, 2, ""},
                {2019, "Ba Tri", 42, 2, ""},
                {"", "Chợ Lách", 35, 2, "Lấy theo số liệu năm 2018"},
            });
            mergeDown(sheet, 4, 5, 0);
            mergeDown(sheet, 6, 7, 0);
            write(wb, file);
        }
    }

    /** Last year's results on one sheet, this year's targets on another ("TH 2019", "KH 2020"), the same form. */
    static void planAndResultSheets(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String name : new String[] {"TH 2019", "KH 2020"}) {
                Sheet sheet = sheet(wb, name, "HỘI NÔNG DÂN TỈNH BẾN TRE", name.startsWith("TH") ? "BÁO CÁO KẾT QUẢ NĂM 2019" : "CHỈ TIÊU NĂM 2020");
                fill(sheet, 3, new Object[][] {{"Đơn vị", "CT08", "CT09"}});
                Object[][] rows = name.startsWith("TH") ? new Object[][] {{"Ba Tri", 92, 4}, {"Chợ Lách", 81, 5}}
                        : new Object[][] {{"Ba Tri", 100, 4}, {"Chợ Lách", 90, 4}};
                fill(sheet, 4, rows);
            }
            write(wb, file);
        }
    }

    /** An indicator a row, each unit's name merged across its Kế hoạch and Thực hiện columns. */
    static void unitsOverTheirParts(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"Chỉ tiêu", "Ba Tri", "", "Bình Đại"},
                {"", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"},
            });
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 1, 2));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 3, 4));
            Object[][] rows = {{"CT08", 100, 90, 80, 85}, {"CT09", 20, 18, 10, 12}};
            fill(sheet, 5, rows);
            write(wb, file);
        }
    }

    /**
     * The units named on the row under "Chia ra" (merged over them), beside "Tổng số"; "Chỉ tiêu",
     * "ĐVT" and "Tổng số" merged down over both rows.
     */
    static void unitsUnderAGroup(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"Chỉ tiêu", "ĐVT", "Tổng số", "Chia ra"},
                {"", "", "", "Ba Tri", "Chợ Lách", "Giồng Trôm"},
            });
            for (int column = 0; column < 3; column++) {
                sheet.addMergedRegion(new CellRangeAddress(3, 4, column, column));
            }
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 3, 5));
            fill(sheet, 5, new Object[][] {{"CT08", "hộ", 37, 10, 12, 15}, {"CT09", "căn", 6, 2, 1, 3}});
            write(wb, file);
        }
    }

    /** Each unit's plan, result and percent as three rows, its name merged down over them; a total's three rows. */
    static void unitOverItsRows(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Biểu 1", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2019");
            fill(sheet, 3, new Object[][] {{"STT", "Đơn vị", "Nội dung", "CT08", "CT09"}});
            Object[][] rows = {
                {1, "Chợ Lách", "Kế hoạch", 50, 3},
                {"", "", "Thực hiện", 48, 4},
                {"", "", "Tỷ lệ (%)", 96, 133.3},
                {2, "Giồng Trôm", "Kế hoạch", 60, 2},
                {"", "", "Thực hiện", 61, 2},
                {"", "", "Tỷ lệ (%)", 101.7, 100},
                {"", "Cộng", "Thực hiện", 109, 6},
            };
            fill(sheet, 4, rows);
            mergeDown(sheet, 4, 6, 0, 1);
            mergeDown(sheet, 7, 9, 0, 1);
            write(wb, file);
        }
    }

    /** STT and Đơn vị merged down over two header rows, the indicators' codes in the second, the columns numbered A B 1 2. */
    static void mergedUnitOverTwoRows(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "2018", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "KẾT QUẢ THỰC HIỆN NĂM 2018");
            Row head = sheet.createRow(3);
            head.createCell(0).setCellValue("STT");
            head.createCell(1).setCellValue("Đơn vị");
            head.createCell(2).setCellValue("Các chỉ tiêu của kế hoạch");
            Row codes = sheet.createRow(4);
            codes.createCell(2).setCellValue("CT08 - Hộ đăng ký");
            codes.createCell(3).setCellValue("CT14 - Truyền thông khởi nghiệp");
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 3));
            Row numbers = sheet.createRow(5);
            String[] letters = {"A", "B", "1", "2"};
            for (int c = 0; c < letters.length; c++) {
                numbers.createCell(c).setCellValue(letters[c]);
            }
            Object[][] rows = {{1, "Chợ Lách", 40, 2}, {2, "Giồng Trôm", 55, 1}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(6 + r);
                row.createCell(0).setCellValue(((Number) rows[r][0]).doubleValue());
                row.createCell(1).setCellValue(rows[r][1].toString());
                row.createCell(2).setCellValue(((Number) rows[r][2]).doubleValue());
                row.createCell(3).setCellValue(((Number) rows[r][3]).doubleValue());
            }
            write(wb, file);
        }
    }

    /** A hidden row among the units' rows, and a hidden sheet that holds figures too (read, unless its name says it is a draft). */
    static void hiddenParts(Path file, String second) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String name : new String[] {"Báo cáo", second}) {
                Sheet sheet = wb.createSheet(name);
                Row head = sheet.createRow(0);
                head.createCell(0).setCellValue("Đơn vị");
                head.createCell(1).setCellValue("CT08");
                String[] units = name.equals(second) ? new String[] {"Chợ Lách"} : new String[] {"Ba Tri", "Thạnh Phú"};
                for (int r = 0; r < units.length; r++) {
                    Row row = sheet.createRow(1 + r);
                    row.createCell(0).setCellValue(units[r]);
                    row.createCell(1).setCellValue(name.equals(second) ? 7 : 100 - 50 * r);
                }
            }
            wb.getSheet("Báo cáo").getRow(2).setZeroHeight(true);
            wb.setSheetHidden(1, true);
            write(wb, file);
        }
    }

    /**
     * A sheet per district, named for it, with a cover and a notes sheet: in each, the district's
     * own report (Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | Tỷ lệ %), or its years (Năm | CT08 | CT09).
     */
    static void districtSheets(Path file, boolean years) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet cover = sheet(wb, "Bìa", years ? "HỘI NÔNG DÂN TỈNH BẾN TRE" : "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE");
            text(cover, 2, 0, years ? "SỐ LIỆU CÁC HUYỆN QUA CÁC NĂM" : "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 02/KHLT NĂM 2019");
            String[] units = years ? new String[] {"Chợ Lách", "Bình Đại"} : new String[] {"Ba Tri", "Thạnh Phú"};
            for (int u = 0; u < units.length; u++) {
                Sheet sheet = wb.createSheet(units[u]);
                Row head = sheet.createRow(0);
                String[] titles = years ? new String[] {"Năm", "CT08", "CT09"}
                        : new String[] {"Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "Tỷ lệ %"};
                for (int c = 0; c < titles.length; c++) {
                    head.createCell(c).setCellValue(titles[c]);
                }
                Object[][] rows = years
                        ? new Object[][] {{"2018", 60 + u, 1}, {"2019", 70 + u, 2}}
                        : new Object[][] {{"CT08", "hộ", 150, 120 - 40 * u, 80}, {"CT09", "căn", 4, 3 - u, 75}};
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(1 + r);
                    for (int c = 0; c < rows[r].length; c++) {
                        if (rows[r][c] instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(rows[r][c].toString());
                        }
                    }
                }
            }
            text(wb.createSheet("Ghi chú"), 0, 0, "Số liệu tính đến ngày 15/12");
            write(wb, file);
        }
    }

    /**
     * Hidden parts that hold no unit's figures: a lookup sheet of the units' names (hidden), a
     * blank spacer row and the total row (hidden). Nothing of them is counted, nor said hidden.
     */
    static void hiddenWithoutFigures(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE");
            Row head = sheet.createRow(2);
            head.createCell(0).setCellValue("Đơn vị");
            head.createCell(1).setCellValue("CT08");
            head.createCell(2).setCellValue("CT09");
            Object[][] rows = {{"Ba Tri", 30, 1}, null, {"Thạnh Phú", 20, 0}, {"Cộng", 50, 1}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                if (rows[r] == null) {
                    row.setZeroHeight(true);
                    continue;
                }
                row.createCell(0).setCellValue(rows[r][0].toString());
                row.createCell(1).setCellValue(((Number) rows[r][1]).doubleValue());
                row.createCell(2).setCellValue(((Number) rows[r][2]).doubleValue());
            }
            sheet.getRow(6).setZeroHeight(true);
            Sheet list = wb.createSheet("DM");
            String[] units = {"Đơn vị", "Ba Tri", "Thạnh Phú", "Chợ Lách"};
            for (int r = 0; r < units.length; r++) {
                text(list, r, 0, units[r]);
            }
            wb.setSheetHidden(1, true);
            write(wb, file);
        }
    }

    /** A sheet per year, named for its year; the file's name may say a year too. */
    static void yearSheets(Path file, String... years) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String year : years) {
                Sheet sheet = sheet(wb, year, "HỘI NÔNG DÂN TỈNH BẾN TRE");
                Row head = sheet.createRow(2);
                head.createCell(0).setCellValue("Đơn vị");
                head.createCell(1).setCellValue("CT08");
                Row row = sheet.createRow(3);
                row.createCell(0).setCellValue("Ba Tri");
                row.createCell(1).setCellValue(year.equals("2018") ? 90 : 100);
            }
            write(wb, file);
        }
    }

    /** Plan and a ratio under each indicator, and no result: which column is the figure? */
    static void planAndRatioOnly(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Sheet1", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "KẾT QUẢ NĂM 2019");
            Row head = sheet.createRow(2);
            head.createCell(0).setCellValue("Đơn vị");
            head.createCell(1).setCellValue("CT08");
            head.createCell(3).setCellValue("CT09");
            Row sub = sheet.createRow(3);
            sub.createCell(1).setCellValue("Kế hoạch");
            sub.createCell(2).setCellValue("So với KH (%)");
            sub.createCell(3).setCellValue("Chỉ tiêu giao");
            sub.createCell(4).setCellValue("Đạt tỷ lệ");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
            Row data = sheet.createRow(4);
            data.createCell(0).setCellValue("Ba Tri");
            data.createCell(1).setCellValue(400);
            data.createCell(2).setCellValue(98);
            data.createCell(3).setCellValue(4);
            data.createCell(4).setCellValue(100);
            write(wb, file);
        }
    }

    /** A long table's years typed as dates and shown as years (format yyyy), as Excel makes them when "2019" is typed into a date's cell. */
    static void yearsAsDates(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            fill(sheet, 0, new Object[][] {{"Đơn vị", "Năm", "CT08", "CT09"}, {"Ba Tri", 43466, 10, 1}, {"Chợ Lách", 43101, 11, 2}});
            var year = wb.createCellStyle();
            year.setDataFormat(wb.createDataFormat().getFormat("yyyy"));
            sheet.getRow(1).getCell(1).setCellStyle(year); // 1/1/2019
            sheet.getRow(2).getCell(1).setCellStyle(year); // 1/1/2018
            write(wb, file);
        }
    }

    /** A district's own report on each district's sheet, after a summary sheet of their sums that names no unit. */
    static void summaryBeforeDistricts(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            String[] names = {"Tổng hợp", "Ba Tri", "Chợ Lách"};
            int[][] figures = {{30, 3}, {10, 1}, {20, 2}};
            for (int s = 0; s < names.length; s++) {
                Sheet sheet = sheet(wb, names[s], "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
                fill(sheet, 3, new Object[][] {{"Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"},
                    {"CT08", "hộ", 40, figures[s][0]}, {"CT09", "căn", 3, figures[s][1]}});
            }
            write(wb, file);
        }
    }

    /** A joint report with a sheet per association, after a summary sheet of their sums that names none. */
    static void associationSheets(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            String[] names = {"Tổng hợp", "HLHPN", "Hội Nông dân", "CCB", "Đoàn TN"};
            int[][] figures = {{46, 4, 86, 8}, {11, 1, 21, 2}, {12, 1, 22, 2}, {13, 1, 23, 2}, {10, 1, 20, 2}};
            for (int s = 0; s < names.length; s++) {
                Sheet sheet = sheet(wb, names[s], "BAN CHỈ ĐẠO KẾ HOẠCH LIÊN TỊCH 02", "BÁO CÁO KẾT QUẢ NĂM 2019");
                int[] f = figures[s];
                fill(sheet, 3, new Object[][] {{"Đơn vị", "CT08", "CT09"}, {"Ba Tri", f[0], f[1]}, {"Chợ Lách", f[2], f[3]}});
            }
            write(wb, file);
        }
    }

    /** A column of figures the sheet hides (CT09), beside one it shows. */
    static void hiddenColumn(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Sheet1", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {{"Đơn vị", "CT08", "CT09"}, {"Ba Tri", 10, 1}, {"Chợ Lách", 20, 2}});
            sheet.setColumnHidden(2, true);
            write(wb, file);
        }
    }

    /**
     * Figures as an office's formats show them: Ba Tri's CT08 hidden by the format ";;;" (the cell
     * looks blank; read, and said), Bình Đại's zeros shown blank or as a dash (zeros, no figure hidden).
     */
    static void hiddenByFormat(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {{"STT", "Đơn vị", "CT08", "CT09"}, {1, "Ba Tri", 12, 1}, {2, "Bình Đại", 0, 0}});
            var hidden = wb.createCellStyle();
            hidden.setDataFormat(wb.createDataFormat().getFormat(";;;"));
            var zeroBlank = wb.createCellStyle();
            zeroBlank.setDataFormat(wb.createDataFormat().getFormat("#,##0;-#,##0;"));
            var comma = wb.createCellStyle(); // Excel's Comma Style: a zero shown as a dash
            comma.setDataFormat(wb.createDataFormat().getFormat("_-* #,##0_-;-* #,##0_-;_-* \"-\"??_-;_-@_-"));
            sheet.getRow(4).getCell(2).setCellStyle(hidden);
            sheet.getRow(5).getCell(2).setCellStyle(zeroBlank);
            sheet.getRow(5).getCell(3).setCellStyle(comma);
            write(wb, file);
        }
    }

    /**
     * Merged down, as offices lay out several years: each unit's name over its years' rows, with
     * a total row for each year under them (2018's summed wrong); on a second sheet each year over
     * its units' rows.
     */
    static void mergedDown(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Tổng hợp", "HỘI NÔNG DÂN TỈNH BẾN TRE", "TỔNG HỢP KẾT QUẢ CÁC NĂM 2017 - 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "Năm", "CT08", "CT14"},
                {1, "Ba Tri", 2017, 10, 1},
                {"", "", 2018, 11, 2},
                {"", "", 2019, 12, 3},
                {2, "Chợ Lách", 2017, 20, 0},
                {"", "", 2018, 21, 1},
                {"", "", 2019, 22, 1},
                {"", "Tổng cộng", 2017, 30, 1},
                {"", "", 2018, 33, 3},
                {"", "", 2019, 34, 4},
            });
            mergeDown(sheet, 4, 6, 0, 1);
            mergeDown(sheet, 7, 9, 0, 1);
            mergeDown(sheet, 10, 12, 1);
            Sheet years = sheet(wb, "Theo năm", "HỘI NÔNG DÂN TỈNH BẾN TRE");
            fill(years, 2, new Object[][] {
                {"Năm", "Đơn vị", "CT09"},
                {2018, "Ba Tri", 1},
                {"", "Thạnh Phú", 2},
                {2019, "Ba Tri", 0},
                {"", "Thạnh Phú", 1},
            });
            mergeDown(years, 3, 4, 0);
            mergeDown(years, 5, 6, 0);
            write(wb, file);
        }
    }

    /** A 2016–2019 summary whose years under CT08 are typed as numbers, as Excel keeps them, over a row of column numbers. */
    static void yearsTypedAsNumbers(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Sheet1", "HỘI NÔNG DÂN TỈNH BẾN TRE", "TỔNG HỢP KẾT QUẢ GIAI ĐOẠN 2016 - 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "", "", "", "CT09"},
                {"", "", 2016, 2017, 2018, 2019, 2019},
                {1, 2, 3, 4, 5, 6, 7},
                {1, "Ba Tri", 10, 11, 12, 13, 1},
                {2, "Chợ Lách", 20, 21, 22, 23, 0},
            });
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 5));
            write(wb, file);
        }
    }

    /**
     * A district office's summary of the term: an indicator a row, "Kết quả thực hiện" merged over
     * a column a year (typed as numbers), beside the next year's plan; STT, Chỉ tiêu and ĐVT
     * merged down over both header rows. The unit from the file's name, the association from the
     * letterhead.
     */
    static void oneUnitsYears(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Sheet1", "HỘI NÔNG DÂN HUYỆN CHỢ LÁCH", "BÁO CÁO KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2016 - 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Chỉ tiêu", "ĐVT", "Kết quả thực hiện", "", "", "", "Kế hoạch 2020", "Ghi chú"},
                {"", "", "", 2016, 2017, 2018, 2019, "", ""},
                {1, "CT08 - Hộ đăng ký Đề án 4190", "hộ", 40, 45, 51, 60, 65, ""},
                {2, "CT09 - Mái ấm tình thương", "căn", 1, 0, 2, 1, 2, ""},
                {3, "CT14 - Truyền thông khởi nghiệp", "hoạt động", "", 1, 1, 2, 2, "năm 2016 chưa có"},
            });
            mergeDown(sheet, 3, 4, 0, 1, 2, 7, 8);
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 3, 6));
            write(wb, file);
        }
    }

    /**
     * A sheet per district, each the district's years as columns: typed as numbers in the header
     * row beside a total (its CT09 summed wrong), or under "Năm" merged over them.
     */
    static void districtSheetsOfYears(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet first = sheet(wb, "Ba Tri", "HỘI NÔNG DÂN", "TỔNG HỢP KẾT QUẢ CÁC NĂM");
            fill(first, 2, new Object[][] {
                {"STT", "Chỉ tiêu", "ĐVT", 2017, 2018, 2019, "Tổng cộng"},
                {1, "CT08", "hộ", 10, 11, 12, 33},
                {2, "CT09", "căn", 1, 1, 2, 5},
            });
            Sheet second = sheet(wb, "Chợ Lách", "HỘI NÔNG DÂN", "TỔNG HỢP KẾT QUẢ CÁC NĂM");
            fill(second, 2, new Object[][] {
                {"STT", "Chỉ tiêu", "ĐVT", "Năm", "", ""},
                {"", "", "", 2017, 2018, 2019},
                {1, "CT08", "hộ", 20, 21, 22},
                {2, "CT09", "căn", 0, 1, 1},
            });
            second.addMergedRegion(new CellRangeAddress(2, 2, 3, 5));
            mergeDown(second, 2, 3, 0, 1, 2);
            write(wb, file);
        }
    }

    /**
     * Two tables side by side, as a list of districts is printed on a landscape page: STT, the
     * district and its two indicators, a blank column, then the same for the other districts,
     * under one title; the header over two rows (CT08 over "Thực hiện").
     */
    static void sideBySide(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI CỰU CHIẾN BINH TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "", "CT09", "", "", "STT", "Đơn vị", "CT08", "", "CT09", ""},
                {"", "", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện", "", "", "", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"},
                {1, "Ba Tri", 10, 12, 1, 1, "", 4, "Giồng Trôm", 8, 9, 1, 0},
                {2, "Bình Đại", 6, 5, 1, 2, "", 5, "Mỏ Cày Nam", 7, 7, 0, 1},
                {3, "Châu Thành", 9, 9, 1, 1, "", 6, "Thạnh Phú", 5, 6, 1, 1},
            });
            mergeDown(sheet, 3, 4, 0, 1, 7, 8);
            for (int c : new int[] {2, 4, 9, 11}) {
                sheet.addMergedRegion(new CellRangeAddress(3, 3, c, c + 1));
            }
            write(wb, file);
        }
    }

    /** A summary sheet that names no year (the years' sum) before a sheet per year. */
    static void summaryBeforeYears(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String name : new String[] {"Tổng hợp", "Năm 2018", "Năm 2019"}) {
                Sheet sheet = sheet(wb, name, "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ");
                int sum = name.equals("Tổng hợp") ? 2 : 1;
                fill(sheet, 2, new Object[][] {
                    {"STT", "Đơn vị", "CT08", "CT09"},
                    {1, "Ba Tri", 10 * sum, sum},
                    {2, "Chợ Lách", 5 * sum, 0},
                });
            }
            write(wb, file);
        }
    }

    /**
     * A workbook named for the years it holds (HND_2018-2019), a sheet a year titled with its year,
     * and a summary sheet of both, which names no year: each year's sheet is that year's, the
     * summary (the years' sum) no year's.
     */
    static void yearsInTheFileName(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (String name : new String[] {"2018", "2019", "Tổng hợp"}) {
                boolean summary = name.equals("Tổng hợp");
                Sheet sheet = sheet(wb, name, "HỘI NÔNG DÂN TỈNH BẾN TRE",
                        summary ? "TỔNG HỢP KẾT QUẢ" : "BÁO CÁO KẾT QUẢ NĂM " + name);
                int first = name.equals("2018") ? 1 : 2;
                fill(sheet, 3, new Object[][] {
                    {"STT", "Đơn vị", "CT08", "CT09"},
                    {1, "Ba Tri", summary ? 19 : 8 + first, summary ? 3 : first},
                    {2, "Chợ Lách", summary ? 11 : 5 + first - 1, summary ? 1 : first - 1},
                });
            }
            write(wb, file);
        }
    }

    /**
     * One unit's report whose "Thực hiện" is merged over two columns: last year's and this year's
     * estimate ("Năm 2019 (ước)"). Which is the year's result cannot be told: refused, where a
     * reader of the first row alone would take last year's column for this year's figure.
     */
    static void resultSplitUnder(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN BA TRI", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Chỉ tiêu", "ĐVT", "Thực hiện", "", "Ghi chú"},
                {"", "", "", "Năm 2018", "Năm 2019 (ước)", ""},
                {1, "CT08", "hộ", 120, 130, ""},
                {2, "CT09", "nhà", 2, 3, ""},
            });
            mergeDown(sheet, 3, 4, 0, 1, 2, 5);
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 3, 4));
            write(wb, file);
        }
    }

    /**
     * Figures as an office's workbook holds them: a plan and its result, the ratio and the total
     * row as formulas, one result as a formula too (=40+5), one as text ("1.234"), one formatted as
     * a date. Saved as Excel saves it (every formula's result computed and kept), or as a program
     * that writes formulas without computing them does.
     */
    static void formulaCells(Path file, boolean computed) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", computed ? "HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE" : "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "", "", "CT09"},
                {"", "", "Kế hoạch", "Thực hiện", "Tỷ lệ %", "Thực hiện"},
            });
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
            fill(sheet, 5, new Object[][] {
                {1, "Ba Tri", 1200, "1.234", "", 3},
                {2, "Chợ Lách", 50, "", "", 2},
                {3, "Thạnh Phú", 40, 38, "", 1},
            });
            sheet.getRow(6).createCell(3).setCellFormula("40+5");
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("d/m/yyyy"));
            if (!computed) {
                sheet.getRow(7).getCell(5).setCellStyle(date); // 1 shown as 1/1/1900
            }
            for (int r = 5; r <= 7; r++) {
                sheet.getRow(r).createCell(4).setCellFormula("ROUND(D" + (r + 1) + "/C" + (r + 1) + "*100,1)");
            }
            Row total = sheet.createRow(8);
            total.createCell(1).setCellValue("Tổng cộng");
            for (char c : new char[] {'C', 'D', 'F'}) {
                total.createCell(c - 'A').setCellFormula("SUM(" + c + "6:" + c + "8)");
            }
            total.createCell(4).setCellFormula("ROUND(D9/C9*100,1)");
            if (computed) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            write(wb, file);
        }
    }

    /**
     * A workbook as a program that does not compute formulas writes it (Python's XlsxWriter): 0 saved as each
     * formula's result, and the workbook asking to be computed when Excel opens it ({@code fullCalcOnLoad}).
     */
    static void placeholderResults(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI CỰU CHIẾN BINH TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 120, 3},
                {2, "Chợ Lách", "", 2},
                {3, "Thạnh Phú", 38, 1},
                {"", "Tổng cộng"},
            });
            sheet.getRow(5).createCell(2).setCellFormula("40+5");
            sheet.getRow(7).createCell(2).setCellFormula("SUM(C5:C7)");
            sheet.getRow(7).createCell(3).setCellFormula("SUM(D5:D7)");
            for (int r : new int[] {5, 7}) {
                for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(r)) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        cell.setCellValue(0); // the placeholder saved as the formula's result
                    }
                }
            }
            wb.setForceFormulaRecalculation(true);
            write(wb, file);
        }
    }

    /** A plain table of CT08 and CT09 by district under a title that says what period it covers. */
    static void titled(Path file, String title) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", title);
            Row head = sheet.createRow(2);
            head.createCell(0).setCellValue("Đơn vị");
            head.createCell(1).setCellValue("CT08");
            head.createCell(2).setCellValue("CT09");
            Object[][] rows = {{"Ba Tri", 120, 1}, {"Chợ Lách", 95, 2}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                row.createCell(0).setCellValue(rows[r][0].toString());
                row.createCell(1).setCellValue(((Number) rows[r][1]).doubleValue());
                row.createCell(2).setCellValue(((Number) rows[r][2]).doubleValue());
            }
            write(wb, file);
        }
    }

    /** Each of the columns merged down from one row (0-based) to another. */
    static void mergeDown(Sheet sheet, int first, int last, int... columns) {
        for (int column : columns) {
            sheet.addMergedRegion(new CellRangeAddress(first, last, column, column));
        }
    }

    /** A sheet whose first rows are its letterhead and title, one cell each. */
    /**
     * A header of two rows with a blank row between them, the band merged over its columns: a table
     * of units (0: CT08, CT09 over Kế hoạch | Thực hiện | Tỷ lệ %), one unit's report (1: Thực hiện
     * over Năm 2018 | Năm 2019 (ước)), an indicator a row (2: each unit over Kế hoạch | Thực hiện).
     */
    static void blankRowInHeader(Path file, int kind) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", kind == 1 ? "HỘI NÔNG DÂN HUYỆN BA TRI" : "HỘI NÔNG DÂN TỈNH BẾN TRE",
                    "BÁO CÁO KẾT QUẢ NĂM 2019");
            if (kind == 0) {
                fill(sheet, 3, new Object[][] {{"STT", "Đơn vị", "CT08", "", "", "CT09", "", ""}});
                fill(sheet, 5, new Object[][] {
                    {"", "", "Kế hoạch", "Thực hiện", "Tỷ lệ %", "Kế hoạch", "Thực hiện", "Tỷ lệ %"},
                    {1, "Ba Tri", 300, 285, 95, 2, 1, 50},
                    {2, "Thạnh Phú", 250, 262, 105, 2, 2, 100},
                });
                sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
                sheet.addMergedRegion(new CellRangeAddress(3, 3, 5, 7));
            } else if (kind == 1) {
                fill(sheet, 3, new Object[][] {{"STT", "Chỉ tiêu", "ĐVT", "Thực hiện", ""}});
                fill(sheet, 5, new Object[][] {
                    {"", "", "", "Năm 2018", "Năm 2019 (ước)"},
                    {1, "CT08", "hộ", 120, 130},
                    {2, "CT09", "nhà", 2, 3},
                });
                sheet.addMergedRegion(new CellRangeAddress(3, 3, 3, 4));
            } else if (kind == 3) {
                // a band of the plan over the indicators, then a blank row, then their codes: the plan's figures
                fill(sheet, 3, new Object[][] {{"STT", "Đơn vị", "Kế hoạch năm 2019", "", ""}});
                fill(sheet, 5, new Object[][] {
                    {"", "", "CT08", "CT09", "CT14"},
                    {1, "Ba Tri", 300, 2, 10},
                    {2, "Thạnh Phú", 250, 2, 8},
                });
                sheet.addMergedRegion(new CellRangeAddress(3, 3, 2, 4));
                mergeDown(sheet, 3, 5, 0, 1);
            } else {
                fill(sheet, 3, new Object[][] {{"Chỉ tiêu", "Ba Tri", "", "Bình Đại", ""}});
                fill(sheet, 5, new Object[][] {
                    {"", "Kế hoạch", "Thực hiện", "Kế hoạch", "Thực hiện"},
                    {"CT08", 100, 90, 80, 85},
                    {"CT09", 20, 18, 10, 12},
                });
                sheet.addMergedRegion(new CellRangeAddress(3, 3, 1, 2));
                sheet.addMergedRegion(new CellRangeAddress(3, 3, 3, 4));
            }
            write(wb, file);
        }
    }

    /**
     * Rows that say what they hold beside a name merged down over them: each indicator's rows
     * (merged over them) of a table across, one a part (Kế hoạch, Thực hiện, Tỷ lệ %); or, with
     * {@code years}, each unit's rows of a table of units, one a year, the year a number in an
     * untitled column.
     */
    static void rowsByPartMerged(Path file, boolean years) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", years ? "HỘI NÔNG DÂN TỈNH BẾN TRE" : "HỘI CỰU CHIẾN BINH TỈNH BẾN TRE",
                    "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 02/KHLT NĂM 2019");
            if (years) {
                fill(sheet, 3, new Object[][] {
                    {"STT", "Đơn vị", "", "CT08", "CT09"},
                    {1, "Ba Tri", 2018, 118, 2},
                    {"", "", 2019, 132, 4},
                    {2, "Thạnh Phú", 2018, 109, 1},
                    {"", "", 2019, 126, 2},
                });
                for (int first : new int[] {4, 6}) {
                    sheet.addMergedRegion(new CellRangeAddress(first, first + 1, 0, 0));
                    sheet.addMergedRegion(new CellRangeAddress(first, first + 1, 1, 1));
                }
            } else {
                fill(sheet, 3, new Object[][] {
                    {"Chỉ tiêu", "Nội dung", "Ba Tri", "Thạnh Phú"},
                    {"CT08", "Kế hoạch", 40, 35},
                    {"", "Thực hiện", 38, 41},
                    {"", "Tỷ lệ %", 95, 117},
                    {"CT09", "Kế hoạch", 1, 1},
                    {"", "Thực hiện", 1, 2},
                    {"", "Tỷ lệ %", 100, 200},
                });
                sheet.addMergedRegion(new CellRangeAddress(4, 6, 0, 0));
                sheet.addMergedRegion(new CellRangeAddress(7, 9, 0, 0));
            }
            write(wb, file);
        }
    }

    /**
     * Each unit's rows by part, the part written in a column right of the figures that the header
     * does not title; or, with {@code notes}, a note there on a unit's row (another year's, half a year's).
     */
    static void partsBeyondTheHeader(Path file, boolean notes) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 3, notes ? new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 118, 2, "Số liệu năm 2018"},
                {2, "Thạnh Phú", 80, 1, "Số liệu 6 tháng"},
                {3, "Chợ Lách", 71, 0},
            } : new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 150, 3, "KH"},
                {"", "", 132, 4, "TH"},
                {2, "Thạnh Phú", 120, 2, "KH"},
                {"", "", 126, 2, "TH"},
            });
            write(wb, file);
        }
    }

    /**
     * Indicators' names typed on over two rows, STT and Đơn vị merged down over both: "Truyền thông" alone names no
     * indicator, with "khởi nghiệp" under it CT14.
     */
    static void namesOverTwoRows(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 2, new Object[][] {
                {"STT", "Đơn vị", "Số hộ đăng ký", "Mái ấm", "Truyền thông"},
                {"", "", "đề án 4190", "tình thương", "khởi nghiệp"},
                {1, "Ba Tri", 10, 2, 1},
                {2, "Chợ Lách", 8, 1, 0},
                {"", "Tổng cộng", 18, 3, 1},
            });
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 1, 1));
            write(wb, file);
        }
    }

    /** A year typed as a number in the notes' column ("Ghi chú | 2018"): that year's figures? Another number there is no note. */
    static void yearAloneInNotes(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ NĂM 2019");
            fill(sheet, 2, new Object[][] {
                {"Đơn vị", "CT08", "CT09", "Ghi chú"},
                {"Ba Tri", 10, 2, 2018},
                {"Chợ Lách", 8, 1, 5},
                {"Giồng Trôm", 4, 1},
            });
            write(wb, file);
        }
    }

    /**
     * Figures an office crossed out instead of deleting them, the font striking them through: Bình Đại's
     * 80 households (its right figure in the note beside it), Chợ Lách's 1 house with nothing for it.
     */
    static void struckOutFigures(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 02 NĂM 2019");
            fill(sheet, 3, new Object[][] {
                {"STT", "Đơn vị", "CT08", "CT09", "Ghi chú"},
                {1, "Ba Tri", 90, 2, ""},
                {2, "Bình Đại", 80, 3, "Sửa lại: 85 hộ"},
                {3, "Chợ Lách", 60, 1, ""},
            });
            var font = wb.createFont();
            font.setStrikeout(true);
            var struck = wb.createCellStyle();
            struck.setFont(font);
            sheet.getRow(5).getCell(2).setCellStyle(struck);
            sheet.getRow(6).getCell(3).setCellStyle(struck);
            write(wb, file);
        }
    }

    /**
     * A long table whose rows say a day in Excel's short date (shown 20/06/2019 on an office's PC): the
     * day each row was reported ({@code Ngày báo cáo}, beside a column of years), or the day its
     * figures count to ({@code Kỳ báo cáo}, no column of years).
     */
    static void reportDays(Path file, String title) throws Exception {
        boolean reported = title.startsWith("Ngày");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Số liệu");
            // 15/12/2019, 20/06/2019, 20/06/2019 (a 2018 figure sent then); 31/12/2019, 30/06/2019, 31/12/2018
            int[] days = reported ? new int[] {43814, 43636, 43636} : new int[] {43830, 43646, 43465};
            fill(sheet, 0, reported
                    ? new Object[][] {{"Đơn vị", "Năm", "Chỉ tiêu", "Giá trị", title},
                        {"Ba Tri", 2019, "CT08", 90, ""}, {"Bình Đại", 2019, "CT08", 80, ""}, {"Chợ Lách", 2018, "CT08", 60, ""}}
                    : new Object[][] {{title, "Đơn vị", "Chỉ tiêu", "Giá trị"},
                        {"", "Ba Tri", "CT08", 90}, {"", "Bình Đại", "CT08", 80}, {"", "Chợ Lách", "CT08", 60}});
            var shortDate = wb.createCellStyle();
            shortDate.setDataFormat((short) 14); // Excel's own short date, as typing 20/6/2019 gives it
            int column = reported ? 4 : 0;
            for (int r = 0; r < days.length; r++) {
                var cell = sheet.getRow(r + 1).createCell(column);
                cell.setCellValue(days[r]);
                cell.setCellStyle(shortDate);
            }
            write(wb, file);
        }
    }

    /** A form's line "Ngày báo cáo:" above the header, the day in the cell beside it, a short date in June. */
    static void reportDayBesideItsLabel(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = sheet(wb, "Báo cáo", "HỘI NÔNG DÂN TỈNH BẾN TRE", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH 02 NĂM 2019");
            fill(sheet, 2, new Object[][] {
                {"Ngày báo cáo:", 43636},
                {"STT", "Đơn vị", "CT08", "CT09"},
                {1, "Ba Tri", 90, 2},
                {2, "Bình Đại", 80, 3},
            });
            var shortDate = wb.createCellStyle();
            shortDate.setDataFormat((short) 14);
            sheet.getRow(2).getCell(1).setCellStyle(shortDate);
            write(wb, file);
        }
    }

    static Sheet sheet(XSSFWorkbook wb, String name, String... titleLines) {
        Sheet sheet = wb.createSheet(name);
        for (int line = 0; line < titleLines.length; line++) {
            text(sheet, line, 0, titleLines[line]);
        }
        return sheet;
    }

    /** Rows from the first one down: numbers as numbers, words as text, an empty string as no cell. */
    static void fill(Sheet sheet, int first, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(first + r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (!v.toString().isEmpty()) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }

    static void text(Sheet sheet, int row, int column, String text) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(column).setCellValue(text);
    }

    /**
     * The workbook written again beside itself as an .xls file: its sheets, hidden or not, cells, number formats,
     * formulas with the results the .xlsx holds (none: the .xls holds 0, as a program that does not compute writes
     * it), merged cells, hidden rows and columns, comments.
     */
    static void asXls(Path xlsx) throws Exception {
        Path xls = xlsx.resolveSibling(xlsx.getFileName().toString().replaceFirst("\\.xlsx$", ".xls"));
        try (XSSFWorkbook from = new XSSFWorkbook(Files.newInputStream(xlsx));
                org.apache.poi.hssf.usermodel.HSSFWorkbook to = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            java.util.Map<String, org.apache.poi.ss.usermodel.CellStyle> styles = new java.util.HashMap<>();
            for (int s = 0; s < from.getNumberOfSheets(); s++) {
                Sheet source = from.getSheetAt(s);
                Sheet sheet = to.createSheet(source.getSheetName());
                to.setSheetHidden(s, from.isSheetHidden(s));
                source.getMergedRegions().forEach(sheet::addMergedRegion);
                for (int c = 0; c < 64; c++) {
                    sheet.setColumnHidden(c, source.isColumnHidden(c));
                }
                for (Row sourceRow : source) {
                    Row row = sheet.createRow(sourceRow.getRowNum());
                    row.setZeroHeight(sourceRow.getZeroHeight());
                    for (org.apache.poi.ss.usermodel.Cell sourceCell : sourceRow) {
                        copy(sourceCell, row.createCell(sourceCell.getColumnIndex()), to, styles);
                    }
                }
            }
            try (var out = Files.newOutputStream(xls)) {
                to.write(out);
            }
        }
    }

    private static void copy(org.apache.poi.ss.usermodel.Cell from, org.apache.poi.ss.usermodel.Cell to,
            org.apache.poi.hssf.usermodel.HSSFWorkbook wb, java.util.Map<String, org.apache.poi.ss.usermodel.CellStyle> styles) {
        String format = from.getCellStyle().getDataFormatString();
        boolean struck = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) from.getCellStyle()).getFont().getStrikeout();
        boolean formatted = format != null && !format.equals("General");
        if (formatted || struck) {
            to.setCellStyle(styles.computeIfAbsent(format + (struck ? " struck" : ""), f -> {
                var style = wb.createCellStyle();
                if (formatted) {
                    style.setDataFormat(wb.createDataFormat().getFormat(format));
                }
                if (struck) {
                    var font = wb.createFont();
                    font.setStrikeout(true);
                    style.setFont(font);
                }
                return style;
            }));
        }
        var type = from.getCellType();
        if (type == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            to.setCellFormula(from.getCellFormula());
            type = from.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> to.setCellValue(from.getStringCellValue());
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            case ERROR -> to.setCellErrorValue(from.getErrorCellValue());
            default -> {
            }
        }
        if (from.getCellComment() != null) {
            var anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(to.getColumnIndex());
            anchor.setRow1(to.getRowIndex());
            anchor.setCol2(to.getColumnIndex() + 2);
            anchor.setRow2(to.getRowIndex() + 3);
            var comment = to.getSheet().createDrawingPatriarch().createCellComment(anchor);
            comment.setString(wb.getCreationHelper().createRichTextString(from.getCellComment().getString().getString()));
            to.setCellComment(comment);
        }
    }

    static void write(XSSFWorkbook wb, Path file) throws Exception {
        wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(
                java.time.Instant.parse("2019-12-20T00:00:00Z"))));
        try (var out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
