package vn.khlt.finding;

import java.util.Locale;
import vn.khlt.i18n.Text;

/**
 * The catalogue of findings: every problem khlt can find in the inputs or in a plan file, with
 * its severity, a short title and a fix hint in both languages, and what triggers it. A
 * finding's code ({@code not-a-number}) is its name in kebab case; it is stable, for scripts.
 * docs/checks.md and the problem table of docs/plan-format.md are made from this list
 * ({@code FindingDocsTest} fails when they differ). To add a check, add its finding here.
 */
public enum Finding {

    FILE_NOT_FOUND(Severity.ERROR, Group.FILES,
            Text.of("Không có tệp hay thư mục", "File not found"),
            Text.of("kiểm tra lại đường dẫn", "check the path"),
            "an input path that does not exist"),
    UNREADABLE(Severity.ERROR, Group.FILES,
            Text.of("Không đọc được tệp", "Unreadable"),
            Text.of("cấp quyền đọc, hoặc chép tệp sang chỗ khác", "grant read access, or copy the file elsewhere"),
            "no permission to read, or the file vanished while being read"),
    CORRUPT_FILE(Severity.ERROR, Group.FILES,
            Text.of("Tệp bị hỏng", "Corrupt file"),
            Text.of("mở tệp bằng Excel, lưu lại rồi gửi lại", "open it in Excel, save it again and resend"),
            "a damaged or truncated workbook, or one POI cannot open; a sheet whose XML breaks off is "
                    + "named, with the XML line and column where it stops; XML that declares a DOCTYPE (which Excel"
                    + " never writes) is refused unread, so no entity is ever expanded; in a CSV file, a quote "
                    + "never closed, or text after a closing quote, named with the line its row starts on; none of "
                    + "the file's figures count"),
    ZIP_BOMB(Severity.ERROR, Group.FILES,
            Text.of("Tệp nén bất thường", "Zip bomb"),
            Text.of("mở tệp bằng Excel và lưu lại", "open it in Excel and save it again"),
            "a workbook that decompresses abnormally (POI's zip-bomb guard)"),
    ENCRYPTED(Severity.ERROR, Group.FILES,
            Text.of("Tệp có mật khẩu", "Encrypted"),
            Text.of("gỡ mật khẩu rồi gửi lại", "remove the password and resend"),
            "a password-protected workbook"),
    NOT_A_SPREADSHEET(Severity.ERROR, Group.FILES,
            Text.of("Không phải bảng tính", "Not a spreadsheet"),
            Text.of("gửi tệp .xlsx hoặc .csv", "send the .xlsx or .csv file"),
            "binary content that is neither a workbook nor CSV text, an Office file that is not Excel, an OpenDocument"
                    + " spreadsheet (`.ods`: save it as `.xlsx`), or a web page or"
                    + " XML another program saved under `.xls` (open it in Excel and save it as `.xlsx`)"),
    EMPTY_FILE(Severity.ERROR, Group.FILES,
            Text.of("Tệp rỗng", "Empty file"),
            Text.of("gửi lại tệp báo cáo", "send the report again"),
            "a file of 0 bytes"),
    NO_FIGURES(Severity.WARNING, Group.FILES,
            Text.of("Không có số liệu", "No figures"),
            Text.of("điền số liệu rồi gửi lại; xem khlt đọc tệp thế nào bằng khlt inspect --explain",
                    "fill the figures in and send it again; see how khlt reads it with khlt inspect --explain"),
            "a return that gives no figure and no other finding: only a header, every figure's cell blank, every"
                    + " sheet empty"),
    NOT_A_REGULAR_FILE(Severity.WARNING, Group.FILES,
            Text.of("Không phải tệp thường", "Not a regular file"),
            Text.of("gửi tệp báo cáo thật (.xlsx, .csv); không cần làm gì nếu đây không phải báo cáo",
                    "send the report itself (.xlsx, .csv); nothing to do if it is no report"),
            "a named pipe (FIFO), device or socket among the inputs: skipped without being opened, so that nothing"
                    + " waits on it"),
    BAD_ENCODING(Severity.ERROR, Group.FILES,
            Text.of("Sai bảng mã", "Bad encoding"),
            Text.of("lưu lại dưới dạng CSV UTF-8", "save it again as CSV UTF-8"),
            "a CSV whose bytes its encoding does not allow (part-way through); none of its figures count"),
    TOO_MANY_COLUMNS(Severity.ERROR, Group.FILES,
            Text.of("Quá nhiều cột", "Too many columns"),
            Text.of("tệp bị hỏng: xuất lại từ Excel", "the file is damaged: export it again"),
            "a CSV row with more than 16,384 fields"),
    SHIFTED_ROW(Severity.ERROR, Group.FILES,
            Text.of("Dòng có nhiều ô hơn tiêu đề", "A row with more cells than its header"),
            Text.of("một số có dấu phân cách bên trong (60,5 trong tệp ngăn cách bằng dấu phẩy) bị tách thành hai ô: đặt số trong"
                    + " ngoặc kép (\"60,5\") hoặc lưu lại tệp bằng Excel",
                    "a number holding the delimiter (`60,5` in a comma-separated file) was split in two: quote it (`\"60,5\"`)"
                    + " or save the file again from Excel"),
            "a CSV row with a value beyond its header's last column, or a number alone in its notes when they are the last"
                    + " column: its cells may have shifted, so nothing is read from the row"),
    NO_HEADER(Severity.ERROR, Group.FILES,
            Text.of("Không thấy dòng tiêu đề", "No header"),
            Text.of("dùng mẫu của khlt template", "use the form from `khlt template`"),
            "no table header in the first 40 rows of any sheet (a header needs a unit column and "
                    + "indicator columns headed with their codes, or `Indicator` and `Value` columns)"),
    MISSING_ASSOCIATION(Severity.ERROR, Group.FILES,
            Text.of("Không biết đoàn thể", "Missing association"),
            Text.of("thêm cột, ghi vào tiêu đề hoặc tên tệp, hoặc dùng --association",
                    "add the column, write it in the title or the file name (`HND_2017_Ba-Tri.xlsx`), or pass `--association`"),
            "a table whose association, unit or year is given by no column, title, file name or option"),
    MISSING_UNIT(Severity.ERROR, Group.FILES,
            Text.of("Không biết đơn vị", "Missing unit"),
            Text.of("thêm cột, ghi vào tiêu đề hoặc tên tệp, hoặc dùng --unit",
                    "add the column, write it in the title or the file name (`HND_2017_Ba-Tri.xlsx`), or pass `--unit`"),
            "a table whose association, unit or year is given by no column, title, file name or option"),
    MISSING_YEAR(Severity.ERROR, Group.FILES,
            Text.of("Không biết năm", "Missing year"),
            Text.of("thêm cột, ghi vào tiêu đề hoặc tên tệp, hoặc dùng --year",
                    "add the column, write it in the title or the file name (`HND_2017_Ba-Tri.xlsx`), or pass `--year`"),
            "a table whose association, unit or year is given by no column, title, file name or option"),
    RATE_NEEDS_TWO_COLUMNS(Severity.ERROR, Group.FILES,
            Text.of("Tỷ lệ cần hai cột", "Rate needs two columns"),
            Text.of("ghi tử số và mẫu số vào hai cột (Tử số, Mẫu số)",
                    "give its numerator and denominator in two columns (`Tử số`, `Mẫu số`)"),
            "a rate indicator (CT02, CT04 …) in one column of a wide table"),
    CONTRADICTION(Severity.ERROR, Group.FILES,
            Text.of("Hai nguồn mâu thuẫn", "Contradiction"),
            Text.of("sửa nguồn ghi sai; bảng hoặc dòng đó không được tính cho đến khi thống nhất",
                    "correct the wrong one; nothing from that table or row counts until they agree"),
            "two sources disagree on the association, unit or year: the file name, the title block, a "
                    + "column, an option; both are named. Or an indicator's cell gives one indicator's code and "
                    + "another's name, or two codes (`CT08 + CT09`), or a header's row of names another than its row of"
                    + " codes; or a title that reports results on one line and gives a plan on another (`BÁO CÁO KẾT QUẢ"
                    + " NĂM 2019` over `CHỈ TIÊU GIAO NĂM 2019`); or a district's figure summed from its communes' rows"
                    + " where a total row of the table says another sum (`Toàn huyện`: 90, the communes: 30)"),
    PARTIAL_PERIOD(Severity.WARNING, Group.FILES,
            Text.of("Không phải báo cáo cả năm", "Not a full-year report"),
            Text.of("gửi báo cáo cả năm; nếu đây đúng là báo cáo cả năm, dùng --period year",
                    "send the full year's report; if it is the full year's, pass --period year"),
            "a table whose title, sheet name or file name gives a period shorter or other than a year (`6 tháng đầu"
                    + " năm`, `9 tháng`, `quý III`, `tháng 6`, `sơ kết`, `giữa kỳ`), or several years as one (`giai đoạn"
                    + " 2016-2020`) while its figures do not each say their year, or running totals (`Lũy kế`, `Cộng dồn từ năm"
                    + " 2016`) without the year's own columns: none of its figures count for"
                    + " the year, and the period found is named; so a row named for an indicator's part of the year or"
                    + " running total (`Doanh nghiệp nữ thành lập mới (6 tháng đầu năm)`, `… (lũy kế)`); a supplement to a"
                    + " report sent before (`Báo cáo bổ sung số liệu năm 2019`); a report dated before its year was over"
                    + " (`Bến Tre, ngày 10 tháng 6 năm 2019` over or under `BÁO CÁO KẾT QUẢ NĂM 2019`: that year's figures); a"
                    + " title, a row, a comment or a note that says its figures are incomplete (`Số liệu chưa đầy đủ`, `Còn thiếu"
                    + " số liệu 2 xã`: a note naming no unit, the whole table); and columns that count up to a day (`Đến 31/12/2018 | Đến 31/12/2019`, as `Tính đến`)"
                    + " are running totals"),
    PLANNED_TABLE(Severity.WARNING, Group.FILES,
            Text.of("Bảng kế hoạch, không phải kết quả", "A plan, not results"),
            Text.of("gửi báo cáo kết quả; nếu đây là kết quả, ghi 'Báo cáo kết quả' vào tiêu đề",
                    "send the report of results; if these are results, head the table 'Báo cáo kết quả'"),
            "a table whose title gives a plan's figures (`KẾ HOẠCH NĂM 2020`, `Chỉ tiêu giao`, `Đăng ký thi đua`) with"
                    + " no word of a report of results (`Báo cáo`, `Kết quả`, `Tổng kết`), or a sheet named for a plan"
                    + " (`KH 2020`, `Kế hoạch`, `Mục tiêu`, `Dự kiến`, `Phương hướng`), or a title's line `Phương hướng, nhiệm vụ năm 2020`"
                    + " with no word of results, or a file (`ChiTieuKeHoach2020.xlsx`) whose title says nothing of results:"
                    + " none of its figures count; and an estimate's column of a year after the"
                    + " report's (`Ước năm 2020` beside `Năm 2019` in a 2019 report): a forecast, not read; so a row named"
                    + " for an indicator's plan (`CT14 (dự kiến)`, `Kế hoạch hỗ trợ hộ nữ kinh doanh cá thể mới`)"),
    COMPARED_TABLE(Severity.WARNING, Group.FILES,
            Text.of("Bảng so sánh, bình quân, không phải kết quả", "A comparison or an average, not results"),
            Text.of("gửi bảng kết quả của năm; nếu đây là kết quả, đổi tên trang tính hay tiêu đề",
                    "send the table of the year's results; if these are results, rename the sheet or the title"),
            "a sheet named for figures set against others, averaged, of an earlier period or still to do (`So sánh`,"
                    + " `Tăng giảm`, `Chênh lệch`, `Bình quân`, `Cùng kỳ`, `Năm trước`, `Còn lại`), or a table whose title"
                    + " begins so, after its number if it has one (`TĂNG, GIẢM SO VỚI CÙNG KỲ`, `Biểu 2: So sánh với năm 2018`),"
                    + " over columns and rows that do not say which is the year's result, or says anywhere that they are an"
                    + " earlier period's or still to do (`Kết quả năm trước`, `Số liệu cùng kỳ`, `Số còn phải thực hiện`):"
                    + " none of its figures count"),
    EXAMPLE_TABLE(Severity.WARNING, Group.FILES,
            Text.of("Bảng ví dụ, hướng dẫn, bản nháp", "An example or a draft, not the report"),
            Text.of("nếu là số liệu thật, đổi tên trang tính, tên tệp hay tiêu đề", "if the figures are real, rename the sheet, the file or the title"),
            "a sheet (or a file) named for an example or instructions (`Ví dụ`, `Hướng dẫn`, `Cách ghi`), a draft or an old copy"
                    + " (`Nháp`, `Bản cũ`), or a table titled `Ví dụ …`: its figures are not the report's, none counts"),
    AMBIGUOUS_COLUMN(Severity.ERROR, Group.FILES,
            Text.of("Không rõ cột kết quả", "No single result column"),
            Text.of("ghi 'Thực hiện' vào tiêu đề cột kết quả, hoặc chỉ để một cột cho chỉ tiêu",
                    "head the result column 'Thực hiện', or give the indicator one column"),
            "an indicator whose columns under its header are not one result (`Thực hiện`, `TH`, `Kết quả`)"
                    + " among plan (`Kế hoạch`), ratio (`Tỷ lệ %`, `So với KH`), running-total (`Lũy kế`), earlier-period"
                    + " (`Cùng kỳ năm trước`) and part-of-year (`Thực hiện 9 tháng`) columns, or a level at the year's end"
                    + " (CT01, CT07) in a column of the year's change (`trong năm`): the indicator is not read"
                    + " from that table, and its columns are named"),
    OTHER_KIND(Severity.ERROR, Group.FILES,
            Text.of("Chỉ tiêu ghi kèm chữ đổi nghĩa", "An indicator's name made another figure"),
            Text.of("nếu kế hoạch tính cả loại này, ghi số chung vào dòng (cột) của chỉ tiêu, tên như kế hoạch hoặc chỉ mã;"
                            + " nếu không, bỏ dòng (cột) này khỏi bảng",
                    "if the plan counts this kind too, give the sum in the indicator's row (column), named as the plan"
                            + " names it or by its code; if not, take the row (column) out of the table"),
            "a row or column named for an indicator with words that make it another figure: another kind than the"
                    + " plan counts (`Xã đạt chuẩn NTM nâng cao`, `NTM kiểu mẫu`, `Mái ấm tình thương sửa chữa`, `… khởi công`), or those"
                    + " not counted (`Hộ chưa có dụng cụ chứa nước sạch`): not read"),
    LAYOUT_FILE(Severity.ERROR, Group.FILES,
            Text.of("Tệp bố cục không dùng được", "A layout file that cannot be used"),
            Text.of("sửa tệp bố cục theo hướng dẫn (docs/huong-dan.md)", "correct the layout file (docs/huong-dan.md)"),
            "a layout file (`khlt-bo-cuc.yaml`) in a folder of submissions with a field or value khlt does not know, or"
                    + " a name the plan does not have: the folder is read without it"),
    TYPE_MISMATCH(Severity.WARNING, Group.FILES,
            Text.of("Đuôi tệp không khớp nội dung", "Type mismatch"),
            Text.of("đổi tên tệp cho đúng", "rename it"),
            "a file whose name says one type and whose bytes another (an XLSX named `.csv`); it is read "
                    + "for what it is"),
    UNKNOWN_COLUMN(Severity.WARNING, Group.FILES,
            Text.of("Cột không nhận ra", "Unknown column"),
            Text.of("ghi mã chỉ tiêu vào tiêu đề cột, hoặc xóa cột",
                    "put the indicator's code in the header, or remove the column"),
            "a header cell that is neither an indicator nor a known column; ignored"),
    DUPLICATE_COLUMN(Severity.WARNING, Group.FILES,
            Text.of("Cột lặp lại", "Duplicate column"),
            Text.of("xóa cột thừa", "remove the extra column"),
            "the same column or indicator twice in one header; the first is read"),
    HIDDEN_FIGURES(Severity.NOTE, Group.FILES,
            Text.of("Trang, dòng hoặc cột bị ẩn", "A hidden sheet, rows or columns"),
            Text.of("xem lại phần bị ẩn: nếu là số liệu cũ hay nháp, xóa đi rồi gửi lại",
                    "look at what is hidden: if it is old or draft figures, delete it and resend"),
            "a hidden sheet, hidden rows or columns, or a figure its number format shows nothing of (;;;), that hold figures:"
                    + " they are read like the others, and said to be hidden"),
    TCVN3_TEXT(Severity.NOTE, Group.FILES,
            Text.of("Chữ gõ bằng bảng mã TCVN3", "Text in TCVN3"),
            Text.of("chuyển tệp sang Unicode (Unikey: Công cụ chuyển mã)", "convert the file to Unicode (Unikey's converter)"),
            "a workbook whose text is typed in the TCVN3 (ABC) fonts' letters (.VnTime): read as Unicode, and said"),
    SHEET_OF_FIGURES_SKIPPED(Severity.WARNING, Group.FILES,
            Text.of("Trang có số không đọc được", "A sheet of numbers not read"),
            Text.of("ghi mã chỉ tiêu vào tiêu đề cột, hoặc dùng tệp bố cục", "put the indicators' codes in the headers, or use a layout file"),
            "a sheet that holds numbers, beside others that hold the report's tables, in which no table of the report"
                    + " form is found: none of its numbers is read"),
    SHEET_SKIPPED(Severity.NOTE, Group.FILES,
            Text.of("Bỏ qua trang tính", "Sheet skipped"),
            Text.of("không cần làm gì", "nothing"),
            "a sheet without a table of the report form (instructions, charts)"),
    SKIPPED(Severity.NOTE, Group.FILES,
            Text.of("Bỏ qua tệp", "Skipped"),
            Text.of("không cần làm gì; muốn đọc số liệu của một báo cáo thì nêu tệp so-lieu.csv của nó",
                    "nothing; to read a report's figures, name its `so-lieu.csv`"),
            "in a folder: Excel's lock files (`~$…`), hidden files, files that are no spreadsheet, report"
                    + " folders khlt wrote (they hold `.khlt-report`)"),
    UNKNOWN_ASSOCIATION(Severity.ERROR, Group.REFERENCES,
            Text.of("Không nhận ra đoàn thể", "Unknown association"),
            Text.of("ghi mã (HLHPN, HND, HCCB, DTN) hoặc tên đầy đủ",
                    "write the code (HLHPN, HND, HCCB, DTN) or the full name"),
            "an association the plan does not know, or a name that fits two; the known ones are listed"),
    AMBIGUOUS_ASSOCIATION(Severity.ERROR, Group.REFERENCES,
            Text.of("Tên đoàn thể chưa rõ", "Ambiguous association"),
            Text.of("ghi mã hoặc tên đầy đủ", "write the code (HLHPN, HND, HCCB, DTN) or the full name"),
            "an association the plan does not know, or a name that fits two; the known ones are listed"),
    UNKNOWN_UNIT(Severity.ERROR, Group.REFERENCES,
            Text.of("Không nhận ra đơn vị", "Unknown unit"),
            Text.of("ghi tên đầy đủ (\"TP. Bến Tre\", \"Cấp tỉnh\")",
                    "write the full name (\"TP. Bến Tre\", \"Cấp tỉnh\")"),
            "a unit the plan does not know, or a name that fits two (\"Bến Tre\": the province or its "
                    + "city?)"),
    AMBIGUOUS_UNIT(Severity.ERROR, Group.REFERENCES,
            Text.of("Tên đơn vị chưa rõ", "Ambiguous unit"),
            Text.of("ghi tên đầy đủ (\"TP. Bến Tre\", \"Cấp tỉnh\")",
                    "write the full name (\"TP. Bến Tre\", \"Cấp tỉnh\")"),
            "a unit the plan does not know, or a name that fits two (\"Bến Tre\": the province or its "
                    + "city?)"),
    COMMUNE_ROW(Severity.WARNING, Group.REFERENCES,
            Text.of("Dòng cấp xã", "A commune's row"),
            Text.of("không cần làm gì nếu huyện có dòng của mình; nếu không, thêm dòng của huyện",
                    "nothing, when the district has its own row; else add the district's row"),
            "a row of a commune (`Xã …`, `Phường …`, `Thị trấn …`) in a table of districts, for a plan without"
                    + " communes: it is not a district's figure, and is not counted"),
    COMMUNES_SUMMED(Severity.NOTE, Group.REFERENCES,
            Text.of("Cộng từ các xã", "Summed from the communes"),
            Text.of("không cần làm gì; muốn dùng số khác, ghi dòng của huyện", "nothing; to give another figure, add the district's row"),
            "a district without a row of figures of its own (a section's title over its communes, or a district office's"
                    + " report by commune, the district named by the title or the file name): its figures are the sums of its"
                    + " communes' rows, each made from a column's plain numbers"),
    UNKNOWN_INDICATOR(Severity.ERROR, Group.REFERENCES,
            Text.of("Không nhận ra chỉ tiêu", "Unknown indicator"),
            Text.of("ghi mã chỉ tiêu, CT01–CT20", "write the code, CT01–CT20"),
            "an indicator code the plan does not have, or a row with figures and no indicator"),
    MISSING_INDICATOR(Severity.ERROR, Group.REFERENCES,
            Text.of("Thiếu chỉ tiêu", "Missing indicator"),
            Text.of("ghi mã chỉ tiêu, CT01–CT20", "write the code, CT01–CT20"),
            "an indicator code the plan does not have, or a row with figures and no indicator"),
    BAD_YEAR(Severity.ERROR, Group.REFERENCES,
            Text.of("Năm không hợp lệ", "Bad year"),
            Text.of("ghi năm bằng bốn chữ số, ví dụ 2017", "write the year, such as 2017"),
            "a year cell that is not a four-digit year"),
    YEAR_OUTSIDE_PERIOD(Severity.ERROR, Group.REFERENCES,
            Text.of("Năm ngoài giai đoạn", "Year outside period"),
            Text.of("kiểm tra lại năm báo cáo", "check the report's year"),
            "a year outside the plan's period (2016–2020)"),
    NOT_EXPECTED(Severity.WARNING, Group.REFERENCES,
            Text.of("Số liệu không được giao", "Not expected"),
            Text.of("kiểm tra mã chỉ tiêu và đơn vị", "check the indicator code and the unit"),
            "a figure the plan does not expect from that association, or from a unit of that level (CT16 "
                    + "from the province level); it is not counted"),
    NOT_A_NUMBER(Severity.ERROR, Group.VALUES,
            Text.of("Không phải số", "Not a number"),
            Text.of("ghi số (3.987, 60,5), hoặc để trống",
                    "write a number (`3.987`, `60,5`), or leave the cell blank"),
            "text that is not a number (`hai`, `NaN`, `1e400`) in a figure's cell"),
    EXCEL_ERROR(Severity.ERROR, Group.VALUES,
            Text.of("Ô báo lỗi Excel", "Excel error"),
            Text.of("sửa công thức hoặc nhập số", "correct the formula or enter the figure"),
            "an Excel error cell (`#DIV/0!`, `#REF!`), a formula saved without its result (or with a placeholder, in a"
                    + " workbook that asks to be computed when opened), or a formula whose saved number is not what it gives (an .xls"
                    + " formula saved as 0, an .xlsx formula of numbers alone)"),
    DATE_IN_NUMBER_CELL(Severity.ERROR, Group.VALUES,
            Text.of("Ô định dạng ngày tháng", "Date in number cell"),
            Text.of("đổi định dạng ô sang Số rồi nhập lại", "format the cell as Number and enter the figure again"),
            "a number in a cell formatted as a date"),
    STRUCK_OUT(Severity.ERROR, Group.VALUES,
            Text.of("Số bị gạch ngang", "Struck-out figure"),
            Text.of("xóa số đã gạch và ghi số đúng, hoặc bỏ gạch ngang", "delete the crossed-out figure and give the right one,"
                    + " or take the strikethrough off"),
            "a figure in a workbook cell whose font strikes it through: an office crosses out a figure it takes back, so"
                    + " it is not read"),
    NEGATIVE(Severity.ERROR, Group.VALUES,
            Text.of("Số âm", "Negative"),
            Text.of("ghi số từ 0 trở lên", "give a number of 0 or more"),
            "a count, numerator or denominator below zero"),
    FRACTION_IN_COUNT(Severity.ERROR, Group.VALUES,
            Text.of("Số đếm có phần lẻ", "Fraction in count"),
            Text.of("ghi số nguyên", "give the whole count"),
            "a count of households, members or works with decimals (often a percentage given for a count)"),
    PERCENT_IN_COUNT(Severity.ERROR, Group.VALUES,
            Text.of("Phần trăm ở chỗ ghi số đếm", "Percent in count"),
            Text.of("ghi số đếm (hoặc 1/0); tử số và mẫu số của tỷ lệ ghi ở cột riêng",
                    "give the count (or 1/0); a rate's numerator and denominator go to its own columns"),
            "a count, a yes/no or a rate's numerator or denominator given as a percentage (`60%`, or a cell in"
                    + " Excel's percent format): the "
                    + "plan measures every percentage as a rate (a plan of its own whose indicator counts in `%` is"
                    + " spared)"),
    MEASURE_MISMATCH(Severity.ERROR, Group.VALUES,
            Text.of("Đơn vị tính khác với chỉ tiêu", "Another unit of measure"),
            Text.of("ghi số theo đơn vị tính của chỉ tiêu (hộ, căn, người, hoạt động …)",
                    "give the figure in the indicator's own unit (households, houses, people, activities, …)"),
            "a figure given in another unit than its indicator counts, by a unit-of-measure row or column (`ĐVT`)"
                    + " or beside the number (`triệu đồng` for CT09's houses, `lượt người` for CT14's activities,"
                    + " `120 người` for CT08's households), or by the title (`ĐVT: triệu đồng`; percentages: `Đơn vị tính: %`,"
                    + " `TỶ LỆ THỰC HIỆN SO VỚI KẾ HOẠCH` or a sheet `Tỷ lệ` over columns that do not say what each holds, for a count):"
                    + " another number than the plan's, so it is not read"),
    MERGED_FIGURE(Severity.ERROR, Group.VALUES,
            Text.of("Ô số liệu gộp nhiều ô", "Figure merged over several cells"),
            Text.of("bỏ gộp ô, ghi số của từng đơn vị, chỉ tiêu vào ô của nó",
                    "unmerge the cells and give each unit's or indicator's figure in its own cell"),
            "a figure's cell merged with the cells below or beside it (one number over two units' rows, two"
                    + " indicators' columns): whose figure it is, or how it is shared, cannot be told, so it is not read"),
    NOT_YES_NO(Severity.ERROR, Group.VALUES,
            Text.of("Không phải có/không", "Not yes no"),
            Text.of("ghi 1 (có) hoặc 0 (không)", "write 1 (yes) or 0 (no)"),
            "a yes/no indicator (CT13) other than 0 or 1"),
    RATE_AS_VALUE(Severity.ERROR, Group.VALUES,
            Text.of("Tỷ lệ ghi một giá trị", "Rate as value"),
            Text.of("ghi tử số và mẫu số", "give the numerator and denominator"),
            "a rate given as one value (a percentage) in a long table"),
    INCOMPLETE_RATE(Severity.ERROR, Group.VALUES,
            Text.of("Tỷ lệ thiếu tử số hoặc mẫu số", "Incomplete rate"),
            Text.of("ghi đủ cả hai", "give both"),
            "a rate with its numerator or its denominator missing"),
    NUMERATOR_ABOVE_DENOMINATOR(Severity.ERROR, Group.VALUES,
            Text.of("Tử số lớn hơn mẫu số", "Numerator above denominator"),
            Text.of("kiểm tra hai số; có thể bị đảo", "check both numbers; they may be swapped"),
            "a rate above 100 %"),
    ZERO_DENOMINATOR(Severity.ERROR, Group.VALUES,
            Text.of("Mẫu số bằng 0", "Zero denominator"),
            Text.of("ghi đúng mẫu số", "give the right denominator"),
            "a denominator of 0 under a non-zero numerator"),
    CONFLICTING_DUPLICATE(Severity.ERROR, Group.CONSISTENCY,
            Text.of("Hai số khác nhau cho một ô", "Conflicting duplicate"),
            Text.of("giữ một số", "keep one figure"),
            "the same association × unit × year × indicator given twice with different numbers, in one "
                    + "file or across files, or on two rows of one table even with the same numbers (a copied row "
                    + "and two parts of the unit's figure under two sections cannot be told apart); both places are "
                    + "named and neither counts"),
    DUPLICATE(Severity.WARNING, Group.CONSISTENCY,
            Text.of("Số liệu trùng", "Duplicate"),
            Text.of("xóa bản trùng", "remove the copy"),
            "the same figure given twice with the same numbers, in two files or on two sheets (a report sent "
                    + "twice); it counts once"),
    TOTAL_MISMATCH(Severity.WARNING, Group.CONSISTENCY,
            Text.of("Dòng tổng không khớp", "Total mismatch"),
            Text.of("sửa dòng tổng, hoặc đổi các ô văn bản thành số",
                    "correct the total, or turn the text cells into numbers"),
            "a total row (`Tổng`, `Tổng cộng`, `Cộng`, `Total`) that differs from the sum of the rows "
                    + "above it; the message says when some of those cells hold numbers stored as text, which "
                    + "Excel's SUM skips. A total row is never counted as a unit"),
    PROVINCE_TOTAL(Severity.NOTE, Group.CONSISTENCY,
            Text.of("Dòng tỉnh là dòng tổng", "The province's row is a total"),
            Text.of("không cần làm gì; nếu cấp tỉnh có số của riêng mình, ghi dòng 'Cấp tỉnh' riêng",
                    "nothing; if the province level has figures of its own, give them in a row of their own"),
            "a row named like the province (`Tỉnh`, `Cấp tỉnh`) whose figures equal the sum of the other units' rows:"
                    + " it is taken for a total, checked and never counted"),
    PROVINCE_ROW_UNCLEAR(Severity.ERROR, Group.CONSISTENCY,
            Text.of("Dòng tỉnh: dòng tổng hay số của cấp tỉnh?", "The province's row: a total or its own?"),
            Text.of("ghi 'Tổng cộng' ở dòng tổng và sửa các ô cộng sai; số của riêng cấp tỉnh ghi ở dòng 'Cấp tỉnh'",
                    "head a total row 'Tổng cộng' and correct its wrong sums; give the province's own figures in a row"
                            + " 'Cấp tỉnh'"),
            "a row named like the province whose figures equal the sum of the other units' rows in some columns"
                    + " and differ in others, or that names the whole province (\"Tỉnh\", \"Tỉnh Bến Tre\", not \"Cấp"
                    + " tỉnh\") with figures above that sum: a total (with wrong sums, or with units that have no row),"
                    + " or the province's own figures; neither is counted until the row says which"),
    FLOW_JUMP(Severity.WARNING, Group.CONSISTENCY,
            Text.of("Tăng giảm bất thường", "Flow jump"),
            Text.of("kiểm tra lại số liệu", "check the figure"),
            "a flow (CT06, CT08 …) that grows or shrinks more than `--jump-factor` times (default 3) from"
                    + " one year to the next (counts of ten or fewer both years aside: one house, then none, is no"
                    + " slip): often a cumulative figure given for a year's"),
    STOCK_FALL(Severity.WARNING, Group.CONSISTENCY,
            Text.of("Mức giảm so với năm trước", "Stock fall"),
            Text.of("kiểm tra lại số liệu", "check the figure"),
            "a stock that the plan wants to rise (CT01, CT11 …) lower than the year before; falling rates"
                    + " whose target is a ceiling (CT02, the poverty rate) are not reported"),
    NOT_SUBMITTED(Severity.NOTE, Group.COMPLETENESS,
            Text.of("Chưa gửi", "Not submitted"),
            Text.of("gửi số liệu còn thiếu", "send the missing figure"),
            "with `--missing`: an expected figure that no input gives (a blank cell counts as not sent)"),
    PLAN_SYNTAX(Severity.ERROR, Group.PLAN,
            Text.of("YAML không hợp lệ", "Syntax"),
            Text.of("sửa cú pháp ở dòng được nêu", "correct the YAML at the line named"),
            "not valid YAML, or a key given twice in one mapping"),
    PLAN_MISSING_FIELD(Severity.ERROR, Group.PLAN,
            Text.of("Thiếu trường bắt buộc", "Missing field"),
            Text.of("thêm trường", "add the field"),
            "a required field is absent"),
    PLAN_UNKNOWN_FIELD(Severity.ERROR, Group.PLAN,
            Text.of("Trường không biết", "Unknown field"),
            Text.of("sửa tên trường theo danh sách hợp lệ", "use one of the fields listed"),
            "a field khlt does not know (often a typo); the valid ones are listed"),
    PLAN_BAD_VALUE(Severity.ERROR, Group.PLAN,
            Text.of("Giá trị sai kiểu", "Bad value"),
            Text.of("sửa giá trị", "correct the value"),
            "a value of the wrong kind: text for a number, an unknown measure, a negative target, a "
                    + "percentage above 100"),
    PLAN_BAD_PERIOD(Severity.ERROR, Group.PLAN,
            Text.of("Giai đoạn sai", "Bad period"),
            Text.of("năm bắt đầu phải trước năm kết thúc", "the period's start comes before its end"),
            "the period starts after it ends"),
    PLAN_DUPLICATE_CODE(Severity.ERROR, Group.PLAN,
            Text.of("Mã trùng", "Duplicate code"),
            Text.of("đặt mã khác nhau", "give each its own code"),
            "two associations, units or indicators share a code"),
    PLAN_ALIAS_COLLISION(Severity.ERROR, Group.PLAN,
            Text.of("Tên trùng", "Alias collision"),
            Text.of("đặt tên, tên khác khác nhau", "give each its own names"),
            "two associations (or two units) share a name or alias"),
    PLAN_LEAD(Severity.ERROR, Group.PLAN,
            Text.of("Đoàn thể chủ trì", "Lead"),
            Text.of("đặt lead: true cho đúng một đoàn thể", "set lead: true on exactly one association"),
            "not exactly one association has `lead: true`"),
    PLAN_UNKNOWN_UNIT(Severity.ERROR, Group.PLAN,
            Text.of("Đơn vị cấp trên không có", "Unknown unit"),
            Text.of("sửa parent", "correct the parent"),
            "a unit's `parent` is not a unit of the plan"),
    PLAN_UNITS_FILE(Severity.ERROR, Group.PLAN,
            Text.of("Tệp đơn vị", "Units file"),
            Text.of("kiểm tra tệp đơn vị và các cột code, level, name",
                    "check the units file and its code, level and name columns"),
            "the units file named by `units:` cannot be found or read, or lacks its `code`, `level` or "
                    + "`name` column"),
    PLAN_UNKNOWN_ASSOCIATION(Severity.ERROR, Group.PLAN,
            Text.of("Đoàn thể không có", "Unknown association"),
            Text.of("sửa mã đoàn thể", "correct the association's code"),
            "`reportedBy` or `scope` names an association the plan does not have"),
    PLAN_UNKNOWN_TARGET_KIND(Severity.ERROR, Group.PLAN,
            Text.of("Loại mục tiêu không biết", "Unknown target kind"),
            Text.of("chọn một loại mục tiêu đã nêu", "use one of the target kinds"),
            "`kind` is not one of the kinds above"),
    PLAN_RANGE_MIN_ABOVE_STRETCH(Severity.ERROR, Group.PLAN,
            Text.of("Mức tối thiểu cao hơn mức phấn đấu", "Range min above stretch"),
            Text.of("sửa hai mức", "correct the two figures"),
            "a range whose minimum exceeds its stretch"),
    PLAN_OUTSIDE_PERIOD(Severity.ERROR, Group.PLAN,
            Text.of("Năm ngoài giai đoạn", "Outside period"),
            Text.of("sửa năm", "correct the year"),
            "a deadline, start or milestone year outside the period"),
    PLAN_RATE_WITHOUT_NUMERATOR(Severity.ERROR, Group.PLAN,
            Text.of("Tỷ lệ thiếu nhãn tử số", "Rate without numerator"),
            Text.of("thêm nhãn tử số", "add the numerator's label"),
            "a rate without the label of its numerator or denominator"),
    PLAN_RATE_WITHOUT_DENOMINATOR(Severity.ERROR, Group.PLAN,
            Text.of("Tỷ lệ thiếu nhãn mẫu số", "Rate without denominator"),
            Text.of("thêm nhãn mẫu số", "add the denominator's label"),
            "a rate without the label of its numerator or denominator"),
    PLAN_SCOPE_NOT_REPORTING(Severity.ERROR, Group.PLAN,
            Text.of("Phạm vi không báo cáo", "Scope not reporting"),
            Text.of("sửa scope hoặc reportedBy", "correct scope or reportedBy"),
            "a target for an association that does not report the indicator"),
    PLAN_SCOPE_MISMATCH(Severity.ERROR, Group.PLAN,
            Text.of("Phạm vi không khớp", "Scope mismatch"),
            Text.of("sửa scope", "correct scope"),
            "`scope: province` on an association's indicator, or an association scope on a province figure");


    /** The sections of the documentation, in order. */
    public enum Group {
        FILES, REFERENCES, VALUES, CONSISTENCY, COMPLETENESS, PLAN
    }

    private final Severity severity;
    private final Group group;
    private final Text title;
    private final Text fix;
    private final String trigger;

    Finding(Severity severity, Group group, Text title, Text fix, String trigger) {
        this.severity = severity;
        this.group = group;
        this.title = title;
        this.fix = fix;
        this.trigger = trigger;
    }

    /** The stable code: {@code NOT_A_NUMBER} is {@code not-a-number}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Severity severity() {
        return severity;
    }

    public Group group() {
        return group;
    }

    /** A few words that name the finding. */
    public Text title() {
        return title;
    }

    /** What to do about it, in general; a message says it for its own case. */
    public Text fix() {
        return fix;
    }

    /** What triggers it, in English, as the documentation says. */
    public String trigger() {
        return trigger;
    }

    /** Where the documentation explains it: the file, and the code as its anchor. */
    public String anchor() {
        return (group == Group.PLAN ? "docs/plan-format.md#" : "docs/checks.md#") + code();
    }
}
