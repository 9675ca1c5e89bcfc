package vn.khlt.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Names;

/**
 * A figure's number from its cell, as a careful officer reads it: a spreadsheet's number, a
 * number written as text ({@code 3.987}, {@code 60,5}), a count written with what it counts
 * ({@code 120 hộ}), a yes/no in words ({@code Có}, {@code x}). What cannot be read without a
 * guess (a percentage where a count belongs, words, a date, an Excel error) is an issue at the
 * cell, never a number. One per table: it reports into the table's issues.
 */
final class FigureCells {

    private final Location sheet;
    private final List<Issue> issues;

    FigureCells(Location sheet, List<Issue> issues) {
        this.sheet = sheet;
        this.issues = issues;
    }

    /**
     * A count's or a yes/no's number, as {@link #value} reads it; but a cell that shows a
     * percentage (a percent sign, or Excel's percent format) is an issue: the plan measures every
     * percentage as a rate, with its numerator and denominator, so a percentage here is a rate
     * given where a number of households, members or works belongs. Unless the plan says the
     * indicator counts in percent (its unit is {@code %}).
     */
    Optional<BigDecimal> count(Indicator indicator, Row row, int column) {
        Cell cell = row.at(column);
        if (cell != null && cell.merged()) {
            return value(row, column);
        }
        Optional<BigDecimal> shown = percentShown(cell);
        if (cell != null && cell.kind() == Cell.Kind.TEXT && shown.isEmpty() && number(cell.text()).isEmpty()) {
            Optional<BigDecimal> worded = worded(indicator, cell.text());
            if (worded.isPresent()) {
                return worded; // "120 hộ", "Có", "x": as a careful officer reads them
            }
            if (otherMeasure(indicator, row, column)) {
                return Optional.empty(); // "120 người" where households are counted
            }
            if (indicator.measure() == Measure.YES_NO) {
                issues.add(new Issue(Finding.NOT_A_NUMBER, at(row, column), Text.of(
                        "%s là chỉ tiêu có/không, nhưng ô ghi '%s': không rõ là có hay không, nên không được đọc. Ghi Có (1) hoặc"
                                + " Không (0)",
                        "%s is a yes/no, but the cell says '%s': whether it is a yes or a no cannot be told, so it is not read."
                                + " Write Có (1) or Không (0)").format(indicator.code(), Header.shorten(cell.text()))));
                return Optional.empty();
            }
        }
        if (shownWithWords(cell) && otherMeasure(indicator, row, column)) {
            return Optional.empty(); // 120 shown as "120 người" by its format, where households are counted
        }
        if (shown.isEmpty() || indicator.unit().vi().strip().equals("%")) {
            return value(row, column); // a plan of its own may count in percent
        }
        issues.add(new Issue(Finding.PERCENT_IN_COUNT, at(row, column), indicator.measure() == Measure.YES_NO
                ? Text.of("%s là chỉ tiêu có/không của từng đơn vị: ghi 1 (có) hoặc 0 (không), không ghi phần trăm (%s%%)",
                        "%s is a yes/no of each unit: write 1 (yes) or 0 (no), not a percentage (%s%%)")
                        .format(indicator.code(), shown.get())
                : Text.of("%s đếm " + indicator.unit().vi() + ", không phải tỷ lệ: ô ghi %s%%. Ghi số "
                                + indicator.unit().vi() + " (số nguyên), không ghi phần trăm",
                        "%s counts " + indicator.unit().en() + ", not a rate: the cell shows %s%%. Give the number of "
                                + indicator.unit().en() + " (a whole number), not a percentage")
                        .format(indicator.code(), shown.get())));
        return Optional.empty();
    }

    /** A count written with its unit ("120 hộ", "2 nhà"), when the words are the indicator's unit or one offices write. */
    private static final java.util.regex.Pattern WITH_UNIT = java.util.regex.Pattern.compile(
            "\\s*([0-9][0-9.,\\s]*?)\\s*(\\p{L}[\\p{L}\\s.]*)");
    static final Set<String> COUNT_WORDS = Set.of("ho", "nguoi", "nha", "can", "luot", "cuoc", "doanh nghiep",
            "co so", "xa", "don vi", "hoi vien", "mo hinh", "cong trinh", "cai", "ho gia dinh", "thanh vien");
    private static final Set<String> YES = Set.of("co", "x", "dat", "v");
    private static final Set<String> NO = Set.of("khong", "chua", "chua dat", "khong dat");
    /**
     * More ways to say yes or no, read only in a yes/no indicator's own cell ("Đã thực hiện" may be a
     * column's title elsewhere).
     */
    private static final Set<String> SAID_YES = Set.of("da co", "da dat", "co thuc hien", "da thuc hien", "co chi dao",
            "da chi dao");
    private static final Set<String> SAID_NO = Set.of("chua co", "khong co", "chua thuc hien", "khong thuc hien",
            "chua chi dao", "khong chi dao");
    /** A yes or no with what it counts beside it: "Có (01 mô hình)", "Đã có (2 công trình)". */
    private static final java.util.regex.Pattern YES_OR_NO_COUNTED = java.util.regex.Pattern.compile(
            "\\s*([\\p{L}\\s]+?)\\s*\\(\\s*\\d{1,3}\\s+\\p{L}[\\p{L}\\s]*\\)\\s*");

    /** Whether a text is a yes or a no as offices write them ("Có", "x", "Không"). */
    static boolean yesOrNo(String text) {
        String key = Names.key(text);
        return YES.contains(key) || NO.contains(key) || text.strip().equals("✓");
    }

    /** What a rate's numerator and denominator count, when offices write it beside the number (3.987 gia đình). */
    private static final Set<String> PART_WORDS = Set.of("ho", "nguoi", "gia dinh", "ho gia dinh", "hoi vien", "doan vien",
            "lao dong", "thanh nien", "con", "xa", "thanh vien");

    /**
     * A rate's numerator or denominator, as {@link #value} reads it; a count written with what it
     * counts (3.987 gia đình) is read as its number, any other words stay an issue.
     */
    Optional<BigDecimal> part(Indicator indicator, Row row, int column) {
        Cell cell = row.at(column);
        if (cell != null && cell.merged()) {
            return value(row, column);
        }
        Optional<BigDecimal> shown = percentShown(cell);
        if (shown.isPresent()) {
            // "85%" where the families are counted: the rate itself, never a count of 85 families
            issues.add(new Issue(Finding.PERCENT_IN_COUNT, at(row, column), Text.of(
                    "Tử số và mẫu số của %s là số đếm, không phải tỷ lệ: ô ghi '%s'. Ghi số đếm (số nguyên), không ghi phần trăm",
                    "The numerator and denominator of %s are counts, not a rate: the cell shows '%s'. Give the count, not a"
                            + " percentage").format(indicator.code(), shown.get().stripTrailingZeros().toPlainString() + "%")));
            return Optional.empty();
        }
        if (cell != null && cell.kind() == Cell.Kind.TEXT && number(cell.text()).isEmpty()) {
            Optional<BigDecimal> number = withUnit(cell.text(), words -> countsAs(indicator, words, PART_WORDS));
            if (number.isPresent() || otherMeasure(indicator, row, column)) {
                return number;
            }
        }
        if (shownWithWords(cell) && otherMeasure(indicator, row, column)) {
            return Optional.empty();
        }
        return value(row, column);
    }

    /** The percentage a cell shows (60%, or a number in Excel's percent format), as a number of percent. */
    private Optional<BigDecimal> percentShown(Cell cell) {
        if (cell != null && cell.kind() == Cell.Kind.NUMBER && cell.percentFormat() && !cell.dateFormat()) {
            return cell.number().map(n -> n.movePointRight(2));
        }
        if (cell != null && cell.kind() == Cell.Kind.TEXT) {
            return number(cell.text()).filter(NumberText.Parsed::percent).map(NumberText.Parsed::value);
        }
        return Optional.empty();
    }

    /** The text last read as a number, and what it read as: a figure's cell is asked up to three times (a percentage? words? a number?). */
    private String numberText;
    private Optional<NumberText.Parsed> numberRead = Optional.empty();

    /** {@link NumberText#parse}, once per cell text. */
    Optional<NumberText.Parsed> number(String text) {
        if (text != numberText) {
            numberRead = NumberText.parse(text);
            numberText = text;
        }
        return numberRead;
    }

    /** A number written with what it counts ("120 hộ"), when the words, as a key, are ones {@code counts} takes. */
    private static Optional<BigDecimal> withUnit(String text, java.util.function.Predicate<String> counts) {
        java.util.regex.Matcher m = WITH_UNIT.matcher(text);
        if (!m.matches() || !counts.test(Names.key(m.group(2)))) {
            return Optional.empty();
        }
        return NumberText.parse(m.group(1)).filter(p -> !p.percent()).map(NumberText.Parsed::value);
    }

    /** The number a text means for a count or a yes/no, when it is written in words a careful officer reads. */
    private static Optional<BigDecimal> worded(Indicator indicator, String text) {
        String key = Names.key(text);
        if (indicator.measure() == Measure.YES_NO) {
            java.util.regex.Matcher counted = YES_OR_NO_COUNTED.matcher(text);
            if (counted.matches() && ReportPeriod.partial(text).isEmpty()) {
                key = Names.key(counted.group(1)); // "Có (01 mô hình)": a yes, with what it counts; not "Có (6 tháng)"
            }
            return YES.contains(key) || SAID_YES.contains(key) || text.strip().equals("✓") ? Optional.of(BigDecimal.ONE)
                    : NO.contains(key) || SAID_NO.contains(key) ? Optional.of(BigDecimal.ZERO) : Optional.empty();
        }
        if (indicator.measure() != Measure.COUNT) {
            return Optional.empty();
        }
        return withUnit(text, words -> countsAs(indicator, words, COUNT_WORDS));
    }

    /**
     * Whether the words beside a number ("hộ", "gia đình") say it counts what the indicator counts:
     * its own unit, or one of its kind, or words offices write beside counts ({@code words}) of no
     * other kind.
     */
    private static boolean countsAs(Indicator indicator, String key, Set<String> words) {
        Optional<Measures.Kind> given = Measures.of(key);
        if (Measures.other(indicator, given)) {
            return false;
        }
        return key.equals(Names.key(indicator.unit().vi())) || words.contains(key)
                || given.isPresent() && given.equals(Measures.counted(indicator));
    }

    /** A spreadsheet's number that its format shows with words beside it ("120 người" for 120). */
    private static boolean shownWithWords(Cell cell) {
        return cell != null && cell.kind() == Cell.Kind.NUMBER && !cell.dateFormat()
                && cell.text().chars().anyMatch(Character::isLetter);
    }

    /**
     * A number written with another unit than its indicator counts ("120 người" where households
     * are counted, "50 triệu đồng" for houses): another number than the plan's, said at the cell.
     */
    private boolean otherMeasure(Indicator indicator, Row row, int column) {
        String text = row.at(column).text();
        java.util.regex.Matcher m = WITH_UNIT.matcher(text);
        if (!m.matches() || !Measures.other(indicator, Measures.of(m.group(2)))) {
            return false;
        }
        issues.add(new Issue(Finding.MEASURE_MISMATCH, at(row, column), Text.of(
                "%s đếm %s, nhưng ô ghi '%s' (đơn vị tính khác): không đọc số này. Ghi số %s",
                "%s counts %s, but the cell says '%s' (another unit): the number is not read. Give the number of %s")
                .format(indicator.code(), indicator.unit(), text.strip(), indicator.unit())));
        return true;
    }

    /**
     * A figure's cell that a number on its left is merged over (*10* typed under *Kế hoạch* and
     * merged across *Thực hiện*): the cell shows a number that is not its own, whose it is cannot be
     * told, said at the figure's cell; nothing read. A text merged across (a note) is a blank.
     */
    private void coveredFromLeft(Row row, int column) {
        String shown = row.mergedFromLeft(column);
        if (shown.isEmpty() || number(shown).isEmpty()) {
            return;
        }
        issues.add(new Issue(Finding.MERGED_FIGURE, at(row, column), Text.of(
                "Ô số liệu nằm trong vùng ô gộp với ô bên trái (ghi '%s'): không rõ số đó là của cột này hay cột bên trái,"
                        + " nên không được đọc. Bỏ gộp ô, ghi số của từng cột vào ô của nó",
                "The figure's cell is merged with a cell on its left (showing '%s'): whether that number is this column's"
                        + " or the one on the left cannot be told, so it is not read. Unmerge the cells and give each"
                        + " column's figure in its own cell").format(Header.shorten(shown))));
    }

    /** A figure's number from its cell: missing when blank, an issue when it is not a number. */
    Optional<BigDecimal> value(Row row, int column) {
        Cell cell = row.at(column);
        if (cell == null) {
            coveredFromLeft(row, column);
            return Optional.empty();
        }
        Location at = at(row, column);
        if (cell.merged()) {
            issues.add(new Issue(Finding.MERGED_FIGURE, at, Text.of(
                    "Ô số liệu '%s' được gộp với các ô bên dưới hoặc bên cạnh: không rõ là số của đơn vị, chỉ tiêu nào, nên"
                            + " không được đọc. Bỏ gộp ô, ghi số của từng đơn vị, chỉ tiêu vào ô của nó",
                    "The figure '%s' is in a cell merged with those below or beside it: whose figure it is cannot be told,"
                            + " so it is not read. Unmerge the cells and give each unit's or indicator's figure in its own cell")
                    .format(Header.shorten(cell.text()))));
            return Optional.empty();
        }
        if (cell.struck() && !cell.blank()) {
            issues.add(new Issue(Finding.STRUCK_OUT, at, Text.of(
                    "Số '%s' ở ô này bị gạch ngang (số đã gạch bỏ): không được đọc. Xóa số đó và ghi số đúng, hoặc bỏ gạch"
                            + " ngang nếu số vẫn đúng",
                    "The figure '%s' in this cell is struck through (crossed out): it is not read. Delete it and give the"
                            + " right figure, or take the strikethrough off if it stands").format(Header.shorten(cell.text()))));
            return Optional.empty();
        }
        if (cell.concealed()) {
            // as a hidden row's or column's figures are: read, and said to be hidden
            issues.add(new Issue(Finding.HIDDEN_FIGURES, at, Text.of(
                    "Ô này có số %s nhưng định dạng số của ô không hiện ra (như ';;;'): ô trông như để trống, số vẫn được đọc."
                            + " Nếu đó là số cũ hay nháp, xóa đi rồi gửi lại; nếu không, đổi định dạng ô sang Số (Number)",
                    "This cell holds %s but its number format shows nothing of it (as ';;;' does): the cell looks blank, and"
                            + " the figure is read. If it is an old or draft figure, delete it and resend; if not, format the"
                            + " cell as Number").format(Header.shorten(cell.text()))));
        }
        switch (cell.kind()) {
            case NUMBER:
                if (cell.dateFormat()) {
                    issues.add(new Issue(Finding.DATE_IN_NUMBER_CELL, at, Text.of(
                            "Ô định dạng ngày tháng, không phải số: đổi định dạng ô sang Số (Number) rồi nhập lại",
                            "The cell is formatted as a date, not a number: format it as Number and enter the figure again")));
                    return Optional.empty();
                }
                BigDecimal number = cell.number().orElseThrow();
                return Optional.of(cell.percentFormat() ? number.movePointRight(2) : number);
            case ERROR:
                if (cell.uncomputed() && cell.number().isPresent()) {
                    String formula = Header.shorten(cell.text());
                    issues.add(new Issue(Finding.EXCEL_ERROR, at, Text.of(String.format(
                            "Ô có công thức (%s) nhưng số tệp lưu (%s) không phải kết quả của công thức (tệp do một phần mềm"
                                    + " không tính công thức ghi ra, hoặc lưu khi Excel để tính tay): mở tệp bằng Excel, nhấn"
                                    + " F9 để tính lại, lưu rồi gửi lại",
                            formula, Numbers.format(cell.number().get(), 4, Lang.VI)), String.format(
                            "The cell holds a formula (%s) but the number the file holds (%s) is not its result (the file was"
                                    + " written by a program that does not compute formulas, or saved while Excel computed by"
                                    + " hand): open it in Excel, press F9 to compute, save it and resend",
                            formula, Numbers.format(cell.number().get(), 4, Lang.EN)))));
                    return Optional.empty();
                }
                if (cell.uncomputed()) {
                    issues.add(new Issue(Finding.EXCEL_ERROR, at, Text.of(
                            "Ô có công thức (%s) nhưng tệp không lưu kết quả của nó (tệp do một phần mềm không tính công thức"
                                    + " ghi ra): mở tệp bằng Excel, lưu lại rồi gửi lại, hoặc nhập số thay công thức",
                            "The cell holds a formula (%s) but the file does not hold its result (it was written by a program"
                                    + " that does not compute formulas): open it in Excel, save it again and resend, or enter"
                                    + " the figure").format(Header.shorten(cell.text()))));
                    return Optional.empty();
                }
                issues.add(new Issue(Finding.EXCEL_ERROR, at, Text.of(
                        "Ô báo lỗi Excel %s: sửa công thức hoặc nhập số",
                        "The cell shows the Excel error %s: correct the formula or enter the figure").format(Header.shorten(cell.text()))));
                return Optional.empty();
            case TEXT:
                Optional<NumberText.Parsed> parsed = number(cell.text());
                if (parsed.isPresent() && cell.text().strip().startsWith("+")) {
                    // "+5" is how a rise is written beside last year's figure: the rise, or the figure?
                    return notANumber(at, cell, Text.of(
                            "'%s' ghi dấu cộng như một số tăng thêm: không rõ là kết quả hay số tăng so với kỳ trước, nên"
                                    + " không được đọc. Ghi kết quả, không có dấu",
                            "'%s' is written with a plus sign, as a rise is: whether it is the result or the rise over the"
                                    + " last period cannot be told, so it is not read. Give the result, without a sign"));
                }
                if (parsed.isPresent()) {
                    return Optional.of(parsed.get().value());
                }
                if (FORMULA_TEXT.matcher(cell.text()).matches()) {
                    // a formula kept as its text ("=40+5" in a CSV file, or typed into a cell formatted as text)
                    return notANumber(at, cell, Text.of(
                            "'%s' là công thức ghi thành chữ, không có kết quả (tệp CSV không lưu công thức, ô định dạng Text"
                                    + " không tính): ghi số, hoặc mở bảng tính gốc bằng Excel rồi lưu lại dạng CSV",
                            "'%s' is a formula kept as text, with no result (a CSV file keeps no formula, a cell formatted as"
                                    + " Text does not compute): write the number, or open the original workbook in Excel and save"
                                    + " it as CSV again"));
                }
                break;
            default:
                break;
        }
        return notANumber(at, cell, Text.of(
                "'%s' không phải là số: ghi số (ví dụ 3.987 hoặc 60,5), hoặc để trống nếu chưa có số liệu",
                "'%s' is not a number: write a number (such as 3987 or 60.5), or leave the cell blank when there is no figure"));
    }

    /** A cell whose text is read as no number, said with the text shortened into the message; no figure. */
    private Optional<BigDecimal> notANumber(Location at, Cell cell, Text message) {
        issues.add(new Issue(Finding.NOT_A_NUMBER, at, message.format(Header.shorten(cell.text()))));
        return Optional.empty();
    }

    /** A formula's text: "=" and then a number, a reference or a function ({@code =40+5}, {@code =SUM(C2:C9)}). */
    private static final java.util.regex.Pattern FORMULA_TEXT = java.util.regex.Pattern.compile("\\s*=\\s*[-+(\\p{L}\\d$].*");

    private Location at(Row row, int column) {
        return sheet.at(row.number(), Location.columnName(column));
    }
}
