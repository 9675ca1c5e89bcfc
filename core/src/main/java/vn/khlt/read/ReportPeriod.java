package vn.khlt.read;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khlt.plan.Names;

/**
 * The period a report covers, as its title, sheet name or file name says it, when that is not
 * a whole year: a half-year (6 tháng đầu năm), nine months, a quarter (quý III), a month, an
 * interim review (sơ kết, giữa kỳ), a range of days or months shorter than a year (từ 01/01/2019
 * đến 30/6/2019; a range of a whole year, 01/10/2018 – 30/9/2019, is a year). Such a report's
 * figures are not a year's figures, whatever year its title names: a careful officer would not
 * write them down for the year.
 */
final class ReportPeriod {

    /** The words, as {@link Names#key} writes them, that name a period other than a year. */
    private static final List<Pattern> PARTIAL = List.of(
            Pattern.compile("(?:^| )((?:0?[1-9]|1[01]|sau|chin|ba|hai|bon|bay|tam|muoi|muoi mot) thang"
                    + "(?: dau nam| cuoi nam| dau| cuoi)?)(?: |$)"),
            Pattern.compile("(?:^| )(nua (?:dau |cuoi )?nam)(?: |$)"),
            Pattern.compile("(?:^| )(quy (?:i|ii|iii|iv|0?[1-4]))(?: |$)"),
            Pattern.compile("(?:^| )(thang \\d{1,2})(?: |$)"),
            // "6T đầu năm", "đợt 1", "tuần 12": half a year, a round, a week
            Pattern.compile("(?:^| )((?:0?[1-9]|1[01])t|dot (?:[1-4]|i|ii|iii|iv)|tuan \\d{1,2})(?: |$)"),
            Pattern.compile("(?:^| )(so ket|giua ky)(?: |$)"),
            // a school term ("Học kỳ I năm 2019"); the year to date ("từ đầu năm đến nay")
            Pattern.compile("(?:^| )(hoc ky (?:i|ii|1|2)|tu dau nam den nay)(?: |$)"),
            // a campaign's weeks or months: "Chiến dịch Thanh niên tình nguyện hè", "Tháng Thanh niên", "đợt cao điểm"
            // (never "đợt thi đua năm 2019", the year's emulation)
            Pattern.compile("(?:^| )(chien dich|thang thanh nien|mua he|he(?= (?:nam )?(?:19|20)\\d\\d)|(?:hoat dong|tinh nguyen) he"
                    + "|(?:dot|thang) cao diem)(?: |$)"));

    /** Two years in a row, the first before the second: "2016 - 2020", "giai đoạn 2016-2019", as keys write them. */
    private static final Pattern SPAN = Pattern.compile("(?:^| )((?:giai doan |nhiem ky |cac nam |tu nam )?((?:19|20)\\d\\d) (?:den |toi )?(?:nam )?((?:19|20)\\d\\d))(?: |$)");

    /** A title whose figures run from the start of the plan or the term, not the year's: "Lũy kế", "Cộng dồn từ năm 2016". */
    private static final Pattern RUNNING = Pattern.compile(
            "(?:^| )(luy ke|cong don|tu dau nhiem ky|tu dau ky|tu nam (?:19|20)\\d\\d)(?: |$)");

    /**
     * A report that adds to one sent before ("Báo cáo bổ sung", "Bổ sung số liệu năm 2019", "Số liệu
     * bổ sung"): its figures are what was left out, not the year's; not "đã bổ sung", a report
     * brought up to date.
     */
    private static final Pattern SUPPLEMENT = Pattern.compile(
            "^(?:bao cao |bieu |so lieu )?bo sung(?: |$)|(?:^| )(?:bao cao|bieu|so lieu) bo sung(?: |$)|(?<!da )(?<!co )bo sung so lieu(?: |$)");

    /** The words of a title, a sheet's or a file's name that give the report as a supplement ({@code bổ sung}); empty for none. */
    static Optional<String> supplement(String text) {
        return SUPPLEMENT.matcher(unlabelled(Names.key(text))).find() ? Optional.of("bổ sung") : Optional.empty();
    }

    /** The words of a title that say its figures are running totals ({@code lũy kế}); empty for none. */
    static Optional<String> running(String text) {
        Matcher found = RUNNING.matcher(Names.key(text));
        if (!found.find()) {
            return Optional.empty();
        }
        String key = found.group(1);
        return Optional.of(key.startsWith("luy") ? "lũy kế" : key.startsWith("cong") ? "cộng dồn"
                : key.startsWith("tu nam") ? "từ năm " + key.substring("tu nam ".length()) : "từ đầu kỳ");
    }

    /** A title that gives a plan's figures: the targets set, shared out or pledged, not what was done. */
    private static final Pattern PLANNED = Pattern.compile(
            "^(?:ke hoach|muc tieu)(?: |$)|(?:^| )(?:chi tieu giao|giao chi tieu|phan bo chi tieu|dang ky chi tieu|dang ky thi dua"
                    + "|chi tieu ke hoach|chi tieu phan dau|muc tieu phan dau|du kien chi tieu)(?: |$)");
    /** A title that begins with what is expected ("Dự kiến kết quả …", "Dự kiến thực hiện …"), as a key. */
    private static final Pattern FORECAST = Pattern.compile("du kien(?: |$)");
    /** A sheet named for a plan: "KH", "KH 2020", "Kế hoạch", "Chỉ tiêu giao", "Mục tiêu", "Dự kiến 2020", "Phương hướng năm 2020". */
    private static final Pattern PLANNED_SHEET = Pattern.compile(
            "^(?:kh|ke hoach|chi tieu giao|giao chi tieu|muc tieu|du kien|phuong huong(?: nhiem vu)?|nhiem vu)(?: ?(?:nam )?(?:19|20)\\d\\d)?$");
    /** A title's line that gives what is to be done, not what was ("Phương hướng, nhiệm vụ năm 2020"), as a key. */
    private static final Pattern DIRECTION = Pattern.compile("^(?:phuong huong|nhiem vu)(?: |$)");

    /**
     * Words that give figures set against others, averaged, of an earlier period or still to do:
     * "So sánh", "Tăng giảm", "Chênh lệch", "Bình quân", "Cùng kỳ", "Năm trước", "Còn lại", as keys.
     */
    private static final String COMPARED_WORDS = "(?:so sanh|so voi|tang giam|giam tang|(?:tang|giam) so|chenh lech|binh quan"
            + "|trung binh|cung ky|nam truoc|ky truoc)";
    /**
     * Words that give an earlier period's figures or what is still to do wherever they stand: "Kết
     * quả năm trước", "Số liệu cùng kỳ", "Số còn phải thực hiện", "Số còn lại"; not "so với cùng kỳ",
     * which sets the year's against it, nor "Các chỉ tiêu còn lại", the other indicators.
     */
    private static final Pattern EARLIER_OR_LEFT = Pattern.compile(
            "(?:^| )(?:(?<!so voi )(?<!so sanh voi )(?<!so )(?:nam truoc|ky truoc|cung ky)|con phai|so con lai)(?: |$)");
    /** A sheet's name with such words anywhere ("So sánh", "2019 so với 2018", "Bình quân"), or named "Còn lại". */
    private static final Pattern COMPARED_SHEET = Pattern.compile("(?:^| )" + COMPARED_WORDS + "(?: |$)|^con lai$");
    /** A title's line that begins with them ("TĂNG, GIẢM SO VỚI CÙNG KỲ", "SO SÁNH NĂM 2019 VỚI NĂM 2018"). */
    private static final Pattern COMPARED_TITLE = Pattern.compile("^" + COMPARED_WORDS + "(?: |$)");

    /** Whether a sheet's name says its figures are set against others, averaged, of an earlier period or still to do. */
    static boolean comparedSheet(String name) {
        String key = Names.key(name);
        return COMPARED_SHEET.matcher(key).find() || EARLIER_OR_LEFT.matcher(key).find();
    }

    /**
     * Whether a title's line begins, after its table's number ("Biểu 2:"), by saying its figures are
     * set against others, averaged, of an earlier period, or says anywhere they are an earlier
     * period's or still to do ("Biểu 2: Kết quả năm trước", "Số còn phải thực hiện đến 2020").
     */
    static boolean comparedTitle(String text) {
        String key = Names.key(text);
        return COMPARED_TITLE.matcher(unlabelled(key)).find() || EARLIER_OR_LEFT.matcher(key).find();
    }

    /** Whether a title's line gives what is to be done ("Phương hướng, nhiệm vụ năm 2020"): a plan, when no line reports results. */
    static boolean direction(String text) {
        return DIRECTION.matcher(unlabelled(Names.key(text))).find();
    }

    /** A table's number or a section's before its title, as keys write them: "Biểu 2:", "Bảng 3.", "Phụ lục 1 -", "Mẫu số 02", "II.", "B.". */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:bieu|bang|phu luc|mau(?: so)?|phan|muc)(?: so)? (?:\\d{1,3}[a-z]?|[ivx]{1,4})|\\d{1,2}|[ivx]{1,4}|[a-h]) (?=\\S)");

    /** A title's key without its table's number or its section's before it: "bieu 2 so sanh …" is "so sanh …". */
    static String unlabelled(String key) {
        return LABEL.matcher(key).replaceFirst("");
    }
    /** Words of a title that reports what was done, whatever plan it names. */
    private static final Pattern RESULTS = Pattern.compile("(?:^| )(?:bao cao|ket qua|tong ket|so ket|danh gia|tong hop)(?: |$)");

    private ReportPeriod() {
    }

    /**
     * What a table's title cells say of a plan: the cell that gives the table as a plan's figures
     * ("KẾ HOẠCH NĂM 2020", "Chỉ tiêu giao năm 2020"), and, when another cell reports results ("Báo
     * cáo kết quả thực hiện …", "Đơn vị báo cáo: …"), that cell too: a title that says both on two
     * lines does not say which its figures are. Empty when no cell gives a plan, or every cell that
     * does also reports results ("Kế hoạch và kết quả năm 2019", a table whose columns say which).
     */
    static Optional<PlanTitle> planned(List<String> titleCells) {
        String plan = null;
        String results = null;
        for (String text : titleCells) {
            String key = Names.key(text);
            boolean reports = reportsResults(text);
            String title = unlabelled(key); // "Biểu 2: Kế hoạch năm 2020" is a plan's title
            // "Dự kiến kết quả thực hiện năm 2019": results expected, not yet reported
            boolean expected = FORECAST.matcher(title).lookingAt();
            boolean planned = expected || PLANNED.matcher(title).find() && !PLANS_NAME.matcher(title).find();
            if (planned && reports && !expected) {
                return Optional.empty(); // "Kế hoạch và kết quả thực hiện năm 2019": its columns say which is which
            }
            if (planned && plan == null) {
                plan = text;
            }
            if (reports && !expected && results == null) {
                results = text;
            }
        }
        return plan == null ? Optional.empty() : Optional.of(new PlanTitle(plan, Optional.ofNullable(results)));
    }

    /** Whether a title's cell reports results: "Báo cáo …", "Kết quả …", "… thực hiện …" but in "Kế hoạch thực hiện …". */
    static boolean reportsResults(String text) {
        String key = Names.key(text);
        return RESULTS.matcher(key).find() || key.contains("thuc hien") && !key.startsWith("ke hoach");
    }

    /** A title's cell that gives the table as a plan's figures, and another cell's that reports results, if one does. */
    record PlanTitle(String plan, Optional<String> results) {
    }

    /** The plan the report is of, named in its title ("Kế hoạch liên tịch số 02/KHLT"): no plan's figures. */
    private static final Pattern PLANS_NAME = Pattern.compile("^ke hoach (?:so )?(?:lien tich|02|khlt)(?: |$)");

    /** A file named for a plan's figures: "ChiTieuKeHoach2020.xlsx", "HND_2020_ke-hoach.csv", as keys write them. */
    private static final Pattern PLANNED_FILE = Pattern.compile(
            "(?:^| )(?:ke hoach|chi tieu giao|giao chi tieu|phan bo chi tieu|dang ky chi tieu|dang ky thi dua)(?: |$)");
    /** Words of a file's name that say it reports results, or that its "ke hoach" is the plan's name. */
    private static final Pattern REPORTED_FILE = Pattern.compile(
            "(?:^| )(?:bao cao|bc|ket qua|thuc hien|th|tong ket|so ket|danh gia|tong hop"
                    + "|ke hoach (?:so )?(?:lien tich|02|khlt))(?: |$)");

    /**
     * Whether a file's name says it gives a plan's figures and not results ("ChiTieuKeHoach2020.xlsx",
     * "HND_2020_ke-hoach.csv"; not "BaoCao_thuc-hien-ke-hoach_2019.xlsx", nor "ke-hoach-lien-tich-02_2019.xlsx").
     */
    static boolean plannedFile(String fileName) {
        String key = Names.key(Names.parted(fileName.replaceFirst("\\.[^.]*$", "")).replace('_', ' ').replace('-', ' '));
        return PLANNED_FILE.matcher(key).find() && !REPORTED_FILE.matcher(key).find();
    }

    /** Whether a sheet's name says it holds a plan's figures ("KH 2020", "Kế hoạch"). */
    static boolean plannedSheet(String name) {
        return PLANNED_SHEET.matcher(Names.key(name)).matches();
    }

    /** Shorthand of file and sheet names: "6T", "Q3", "HK1" (a half), "soket", once digits are parted from letters. */
    private static final List<Pattern> NAME_SHORTHAND = List.of(
            Pattern.compile("(?:^| )((?:[1-9]|1[01]) t)(?: |$)"),
            Pattern.compile("(?:^| )(q [1-4])(?: |$)"),
            Pattern.compile("(?:^| )(hk [12]|hk i{1,2}|hki{1,2})(?: |$)"),
            Pattern.compile("(?:^| )(soket)(?: |$)"));

    /**
     * The period a file's or sheet's name gives other than a year, written as offices shorten it
     * ({@code HND_2019_6thang}, {@code bc-quy3}, {@code Q3}, {@code 6T}): letters and digits are
     * parted first; empty for none.
     */
    static Optional<String> partialName(String name) {
        String parted = Names.key(Names.parted(name).replace('_', ' ').replace('-', ' ').replace('.', ' '))
                .replaceAll("(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})", " ");
        Optional<String> words = partial(parted);
        if (words.isPresent()) {
            return words;
        }
        for (Pattern pattern : NAME_SHORTHAND) {
            Matcher found = pattern.matcher(parted);
            if (found.find()) {
                return Optional.of(found.group(1).replace(" ", "").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /**
     * The words of a text that name several years as one period ({@code giai đoạn 2016–2020}):
     * a report of such a period gives no single year's figure unless its columns or rows say
     * each figure's year; empty for none.
     */
    static Optional<String> span(String text) {
        return span(text, false);
    }

    /**
     * The same, but not a span that dates what the report carries out rather than the report ("Kế
     * hoạch 02/KHLT giai đoạn 2016 – 2020", "Nghị quyết Đại hội nhiệm kỳ 2018 – 2023"): for a title
     * that names the report's own year besides ("…, năm 2019").
     */
    static Optional<String> spanOfTheReport(String text) {
        return span(text, true);
    }

    private static Optional<String> span(String text, boolean ofTheReport) {
        // "02/KHLT-2016", "15/BC-HND": a document's number, whose year is no period's
        String key = Names.key(DOCUMENT_NUMBER.matcher(text).replaceAll(" "));
        List<Range> ranges = ranges(key);
        for (Range range : ranges) {
            if (range.longer()) {
                return Optional.of(range.written());
            }
        }
        Matcher found = SPAN.matcher(withoutRanges(key, ranges));
        while (found.find()) {
            if (Integer.parseInt(found.group(2)) < Integer.parseInt(found.group(3))
                    && !(ofTheReport && CARRIED_OUT.matcher(key.substring(0, found.start(1))).find())) {
                String words = found.group(1);
                String lead = words.startsWith("giai doan ") ? "giai đoạn " : words.startsWith("nhiem ky ") ? "nhiệm kỳ "
                        : words.startsWith("cac nam ") ? "các năm " : "";
                return Optional.of(lead + found.group(2) + "–" + found.group(3));
            }
        }
        return Optional.empty();
    }

    /** A document's number: "02/KHLT-2016", "15/BC-HND", "10-Ctr/TU". */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\d])\\d+(?:-[\\p{L}\\p{M}]+)?/[\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}\\d]+)*");
    /** Words naming what a report carries out (a plan, a programme, a resolution, a term of office), as keys. */
    private static final Pattern CARRIED_OUT = Pattern.compile(
            "(?:^| )(?:ke hoach|khlt|chuong trinh|de an|nghi quyet|phong trao|dai hoi|nhiem ky|chi thi|cuoc van dong|ket luan)(?: |$)");

    /** A day as keys write it: {@code 01 10 2018} (01/10/2018, 01-10-2018) or {@code ngay 1 thang 10 nam 2018}. */
    private static final String DAY = "(?:ngay )?(\\d{1,2}) (?:thang )?(\\d{1,2}) (?:nam )?((?:19|20)\\d\\d)";
    /** The first day of a range, whose year may be left to the last day's: "từ 01/01 đến 30/6/2019". */
    private static final String FIRST_DAY = "(?:ngay )?(\\d{1,2}) (?:thang )?(\\d{1,2})(?: (?:nam )?((?:19|20)\\d\\d))?";
    /** Two days as the start and end of a period: "từ 01/01/2019 đến 30/6/2019", "01/10/2018 - 30/9/2019". */
    private static final Pattern DAYS = Pattern.compile("(?:^| )((?:tu )?" + FIRST_DAY + " (?:den |toi )?(?:het )?" + DAY + ")(?= |$)");
    /** Two months as the start and end of a period: "từ tháng 1 đến tháng 6 năm 2019", "tháng 10/2018 - tháng 9/2019", "tháng 1 đến 12". */
    private static final Pattern MONTHS = Pattern.compile("(?:^| )((?:tu )?thang (\\d{1,2})(?: (?:nam )?((?:19|20)\\d\\d))?"
            + " (?:(?:den |toi )(?:het )?(?:thang )?|(?:het )?thang )(\\d{1,2})(?: (?:nam )?((?:19|20)\\d\\d))?)(?= |$)");

    /** A period a text gives by its first and last day; its words, as a key writes them, are at {@code start}–{@code end}. */
    private record Range(int start, int end, java.time.LocalDate first, java.time.LocalDate last, String written) {

        /**
         * A whole year, from any day to the day before it a year on (01/10/2018–30/9/2019, 16/12/2018–15/12/2019),
         * or from the first of January to the annual report's cut-off, a day from November on (01/01/2019–15/11/2019),
         * as "tính đến ngày 15/11/2019" is.
         */
        boolean wholeYear() {
            java.time.LocalDate after = last.plusDays(1);
            java.time.LocalDate yearOn = first.plusYears(1);
            boolean toTheCutOff = first.getDayOfYear() == 1 && last.getYear() == first.getYear()
                    && last.getMonthValue() >= CUT_OFF_FROM;
            return toTheCutOff || !after.isBefore(yearOn.minusDays(3)) && !after.isAfter(yearOn.plusDays(3));
        }

        boolean shorter() {
            return !wholeYear() && last.plusDays(1).isBefore(first.plusYears(1));
        }

        boolean longer() {
            return !wholeYear() && !shorter();
        }
    }

    /** The periods a key gives from a day or month to another; dates that cannot be, or run backwards, give none. */
    private static List<Range> ranges(String key) {
        List<Range> found = new java.util.ArrayList<>();
        Matcher days = DAYS.matcher(key);
        while (days.find()) {
            dayRange(days).ifPresent(found::add);
        }
        Matcher months = MONTHS.matcher(key);
        while (months.find()) {
            monthRange(months).ifPresent(found::add);
        }
        return found;
    }

    /** "từ 01/01/2019 đến 30/6/2019", "từ 16/12 đến 15/12/2019": the first day without a year is the last before the end. */
    private static Optional<Range> dayRange(Matcher days) {
        try {
            java.time.LocalDate last = java.time.LocalDate.of(Integer.parseInt(days.group(7)),
                    Integer.parseInt(days.group(6)), Integer.parseInt(days.group(5)));
            int month = Integer.parseInt(days.group(3));
            int day = Integer.parseInt(days.group(2));
            int year = days.group(4) != null ? Integer.parseInt(days.group(4))
                    : java.time.MonthDay.of(month, day).isAfter(java.time.MonthDay.from(last)) ? last.getYear() - 1 : last.getYear();
            java.time.LocalDate first = java.time.LocalDate.of(year, month, day);
            if (last.isBefore(first)) {
                return Optional.empty();
            }
            java.time.format.DateTimeFormatter written = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");
            return Optional.of(new Range(days.start(1), days.end(1), first, last,
                    "từ " + first.format(written) + " đến " + last.format(written)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // not a date: 31/6, 13/2019
        }
    }

    /**
     * "từ tháng 1 đến tháng 9 năm 2019", "tháng 10/2018 - tháng 9/2019": whole months; without
     * years, a range that runs past December ends the year after it starts (any year will do to
     * count its months).
     */
    private static Optional<Range> monthRange(Matcher months) {
        int from = Integer.parseInt(months.group(2));
        int to = Integer.parseInt(months.group(4));
        if (from < 1 || from > 12 || to < 1 || to > 12) {
            return Optional.empty();
        }
        int wraps = to < from ? 1 : 0;
        int toYear = months.group(5) != null ? Integer.parseInt(months.group(5))
                : months.group(3) != null ? Integer.parseInt(months.group(3)) + wraps : 2000 + wraps;
        int fromYear = months.group(3) != null ? Integer.parseInt(months.group(3)) : toYear - wraps;
        java.time.LocalDate first = java.time.LocalDate.of(fromYear, from, 1);
        java.time.LocalDate last = java.time.YearMonth.of(toYear, to).atEndOfMonth();
        if (last.isBefore(first)) {
            return Optional.empty();
        }
        String years = months.group(3) == null && months.group(5) == null ? "" : " năm " + toYear;
        String written = "từ tháng " + from + (months.group(3) != null ? " năm " + fromYear : "") + " đến tháng " + to + years;
        return Optional.of(new Range(months.start(1), months.end(1), first, last, written));
    }

    /**
     * A key without what names a period by its days (a range of days or months, a letterhead's
     * date): what is left says the period and the year in words.
     */
    static String withoutDates(String key) {
        return undated(withoutRanges(key, ranges(key)));
    }

    /** A key without the periods it gives from a day or a month to another: they are judged on their own. */
    private static String withoutRanges(String key, List<Range> ranges) {
        if (ranges.isEmpty()) {
            return key;
        }
        StringBuilder out = new StringBuilder(key);
        ranges.stream().sorted(java.util.Comparator.comparingInt(Range::start).reversed())
                .forEach(r -> out.replace(r.start(), r.end(), " "));
        return out.toString().replaceAll(" +", " ").strip();
    }

    /** A letterhead's date, as keys write it: "ngày 10 tháng 01 năm 2020", or its blanks "ngày … tháng … năm 2020". */
    private static final Pattern DATE = Pattern.compile("(?:^| )ngay(?: \\d{1,2})? thang(?: \\d{1,2})? nam(?: \\d{4})?(?= |$)");

    /**
     * A letterhead's or a signature's whole date, as keys write it: "ngày 10 tháng 6 năm 2019", "ngày 10/6/2019"; or
     * labelled, as a form's line or column gives the day it was made or sent ("Ngày báo cáo: 20/06/2019", "Ngày gửi",
     * "Ngày lập biểu", "Ngày cập nhật"); no period's end.
     */
    private static final Pattern SIGNED = Pattern.compile("(?:^| )(?<!den |tu )ngay(?: (?:bao cao|gui(?: bao cao)?|lap(?: bieu| bao cao)?"
            + "|ky|cap nhat|tong hop|nhap(?: lieu| so lieu)?))? (\\d{1,2}) (?:thang )?(\\d{1,2}) (?:nam )?((?:19|20)\\d\\d)(?= |$)");
    /** The first month of a year in which a report of the year may be signed: a business year may end with September. */
    private static final int SIGNED_FROM = 10;

    /**
     * The day a report was made, as a letterhead or a signature gives it: written short ("10/6/2019"),
     * its year, and the first year not over then.
     */
    record Signed(String written, int year, int firstYearNotOver) {

        /**
         * Whether a report of a year's figures made that day could not hold the year's whole: made
         * before the year was over, and not more than a year before it (a day years earlier, as the
         * plan's own "ngày 05/12/2016" in a 2019 report's title, is another document's).
         */
        boolean before(int figuresYear) {
            return figuresYear >= firstYearNotOver && figuresYear <= year + 1;
        }
    }

    /** The words of a report's making before its day ("Cập nhật ngày …", "Báo cáo lúc ngày …"), as keys. */
    private static final String MAKING = "(?:cap nhat|bao cao|gui|tong hop|lap bieu|nhap so lieu|nhap lieu)(?: luc| vao)?";

    /**
     * What may stand right before a report's own day in its part of a line: nothing (the part begins
     * with it: "Ba Tri, ngày 10 tháng 6 năm 2019", "Ngày báo cáo: …"), the words of a report's making
     * ("Cập nhật ngày …", "Báo cáo ngày …") or the report's own number ("Kèm theo Báo cáo số 123/BC-HND
     * ngày …"), as keys. Any other words make the day another thing's: an event's ("thành lập ngày …",
     * "bàn giao ngày …"), another document's ("Công văn số 45/HND ngày …", "Kế hoạch liên tịch số
     * 02/KHLT ngày 05/12/2016").
     */
    private static final Pattern REPORTS_OWN = Pattern.compile("(?:^| )(?:" + MAKING + "|bao cao so(?: [a-z0-9]+){1,4})$");
    /** Where a line's parts part: a comma, a semicolon, a bracket ("Bến Tre, ngày …", "(Ngày 10/6/2019)"). */
    private static final Pattern PARTS = Pattern.compile("[,;()\\[\\]]");

    /**
     * The day a text gives as a letterhead writes it ("Ba Tri, ngày 10 tháng 6 năm 2019"), and the
     * first year not over that day, whose full results a report made then cannot hold: the day's own
     * year before October (no year's report is made before its last quarter), else the next; empty
     * when the text gives no whole date, or only a period's days.
     */
    static Optional<Signed> signed(String text) {
        if (!Names.key(text).contains("ngay")) {
            return Optional.empty();
        }
        for (String part : PARTS.split(text)) {
            String key = Names.key(part);
            // "từ ngày 16 tháng 12 năm 2018 đến ngày 15 tháng 12 năm 2019": a period's days, no day the report was made
            String dated = key.contains("ngay") ? withoutRanges(key, ranges(key)) : "";
            Matcher found = SIGNED.matcher(dated);
            while (found.find()) {
                String before = dated.substring(0, found.start()).strip();
                if (!before.isEmpty() && !REPORTS_OWN.matcher(before).find()) {
                    continue; // "Tổ hợp tác thành lập ngày 10/5/2019", "Công văn số 45/HND ngày 05/6/2019": another thing's day
                }
                return madeOn(found);
            }
        }
        return Optional.empty();
    }

    /**
     * The day a match's groups give (day, month, year), as typed ("05/7/2019"), and the first year not
     * over then: the day's own year before October (no year's report is made before its last
     * quarter), else the next; empty for no day of a calendar.
     */
    private static Optional<Signed> madeOn(Matcher found) {
        int day = Integer.parseInt(found.group(1));
        int month = Integer.parseInt(found.group(2));
        int year = Integer.parseInt(found.group(3));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12
                ? Optional.of(new Signed(found.group(1) + "/" + found.group(2) + "/" + found.group(3), year,
                        month < SIGNED_FROM ? year : year + 1))
                : Optional.empty();
    }

    /**
     * The last day a line says the figures count to, when it is before November of the year it names
     * ("Thời điểm báo cáo: 30/6/2019", "Ngày chốt số liệu: 30/9/2019", "Số liệu tính đến ngày 30/6/2019"):
     * its day as written ("30/6/2019"), and that year, not over then. Empty for a whole
     * year's cut-off, a day without its year, or a period's range of days.
     */
    static Optional<Signed> cutOffBefore(String text) {
        String key = Names.key(text);
        if (!key.contains("den") && !key.contains("chot") && !key.contains("thoi diem")) {
            return Optional.empty();
        }
        Matcher day = CUT_OFF_DAY.matcher(withoutRanges(key, ranges(key)));
        if (!day.find() || day.group(4) == null) {
            return Optional.empty();
        }
        int d = Integer.parseInt(day.group(2));
        int m = Integer.parseInt(day.group(3));
        return d >= 1 && d <= 31 && m >= 1 && m < CUT_OFF_FROM
                ? Optional.of(new Signed(d + "/" + m + "/" + day.group(4), Integer.parseInt(day.group(4)), Integer.parseInt(day.group(4))))
                : Optional.empty();
    }

    /**
     * The words that begin the title of a column of days on which rows were reported or counted to: "Ngày
     * báo cáo", "Thời điểm". {@code Header.Role.DAY}'s words are such titles whole, which name the column's role.
     */
    private static final Pattern DAY_COLUMN = Pattern.compile(
            "(?:ngay (?:bao cao|gui|lap|ky|cap nhat|tong hop|nhap|chot)|thoi diem|cap nhat ngay)(?: |$)");

    /** Whether a column's title (a key) says the day its row was reported or counted to. */
    static boolean dayColumn(String titleKey) {
        return DAY_COLUMN.matcher(titleKey).lookingAt();
    }

    /**
     * The day a row's cell under such a column gives ("Ngày báo cáo | 20/06/2019", "Thời điểm báo cáo
     * | 30/6/2019"), read as its title and the cell said together, and the first year not over then.
     */
    static Optional<Signed> rowsDay(String title, String cell) {
        String said = title + " " + cell;
        return signed(said).or(() -> cutOffBefore(said));
    }

    /**
     * A note's day on which its row's figures were reported or brought up to date ("Cập nhật ngày
     * 20/6/2019", "Báo cáo ngày 20/6/2019", "Ngày gửi 20/6/2019"); a note's other days ("Bàn giao
     * ngày 20/6/2019", "Khởi công ngày …") date something else.
     */
    private static final Pattern NOTED_DAY = Pattern.compile("(?:^| )(?:" + MAKING + " ngay|ngay (?:bao cao|gui(?: bao cao)?"
            + "|lap(?: bieu| bao cao)?|cap nhat|tong hop|nhap(?: lieu| so lieu)?)) (\\d{1,2}) (?:thang )?(\\d{1,2}) (?:nam )?((?:19|20)\\d\\d)(?= |$)");

    /** The day a row's note says its figures were reported or brought up to date, and the first year not over then. */
    static Optional<Signed> notedDay(String note) {
        String key = Names.key(note);
        if (!key.contains("ngay")) {
            return Optional.empty();
        }
        Matcher found = NOTED_DAY.matcher(key);
        return found.find() ? madeOn(found) : Optional.empty();
    }

    /** A key without the date a letterhead writes: the day a report was signed names neither its period nor its year. */
    static String undated(String key) {
        return key.contains("ngay") ? DATE.matcher(key).replaceAll("").strip() : key;
    }

    /**
     * The last day the figures count to, without a first: "(Số liệu tính đến ngày 30/6/2019)",
     * "đến hết tháng 12/2019", "Ngày chốt số liệu: 30/6/2019", "Thời điểm báo cáo: 30/6/2019". Annual
     * reports are made from mid-November on, their figures counted
     * to a day from then to the year's end; a day before November is part of the year.
     */
    private static final Pattern CUT_OFF_DAY = Pattern.compile("(?:^| )((?:(?:tinh )?den (?:het )?|(?:ngay )?chot (?:so lieu )?(?:den )?"
            + "|thoi diem (?:bao cao |chot so lieu |lay so lieu )?)(?:ngay )?(\\d{1,2}) (?:thang )?(\\d{1,2})"
            + "(?: (?:nam )?((?:19|20)\\d\\d))?)(?= |$)");
    private static final Pattern CUT_OFF_MONTH = Pattern.compile("(?:^| )((?:tinh )?den (?:het )?thang (\\d{1,2})(?: (?:nam )?((?:19|20)\\d\\d))?)(?= |$)");
    /** The first month of a year's annual reports' cut-off days. */
    private static final int CUT_OFF_FROM = 11;

    /**
     * The year an annual report's cut-off names ("Số liệu tính đến ngày 30/11/2019", "đến hết
     * tháng 12/2019"): the figures' year, when a title names no other. A cut-off before November
     * names part of a year, never a year's figures.
     */
    static OptionalInt cutOffYear(String key) {
        Matcher day = CUT_OFF_DAY.matcher(key);
        if (day.find()) {
            return day.group(4) != null && Integer.parseInt(day.group(3)) >= CUT_OFF_FROM && Integer.parseInt(day.group(3)) <= 12
                    ? OptionalInt.of(Integer.parseInt(day.group(4))) : OptionalInt.empty();
        }
        Matcher month = CUT_OFF_MONTH.matcher(key);
        return month.find() && month.group(3) != null && Integer.parseInt(month.group(2)) >= CUT_OFF_FROM
                && Integer.parseInt(month.group(2)) <= 12 ? OptionalInt.of(Integer.parseInt(month.group(3))) : OptionalInt.empty();
    }

    /** A key's cut-offs: the words of one before November ("đến ngày 30/6/2019", "đến tháng 9"), if any, and the key without them. */
    private record CutOffs(Optional<String> early, String rest) {
    }

    private static CutOffs cutOffs(String key) {
        Optional<String> early = Optional.empty();
        String left = key;
        Matcher day = CUT_OFF_DAY.matcher(left);
        if (day.find()) {
            int d = Integer.parseInt(day.group(2));
            int m = Integer.parseInt(day.group(3));
            if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                if (m < CUT_OFF_FROM) {
                    early = Optional.of("đến ngày " + d + "/" + m + (day.group(4) == null ? "" : "/" + day.group(4)));
                }
                left = left.substring(0, day.start(1)) + " " + left.substring(day.end(1));
            }
        }
        Matcher month = CUT_OFF_MONTH.matcher(left);
        if (month.find()) {
            int m = Integer.parseInt(month.group(2));
            if (m >= 1 && m <= 12) {
                if (m < CUT_OFF_FROM && early.isEmpty()) {
                    early = Optional.of("đến tháng " + m + (month.group(3) == null ? "" : "/" + month.group(3)));
                }
                left = left.substring(0, month.start(1)) + " " + left.substring(month.end(1));
            }
        }
        return new CutOffs(early, left.replaceAll(" +", " ").strip());
    }

    /** The words of a text that name a period other than a whole year ({@code 6 tháng đầu năm}); empty for none. */
    static Optional<String> partial(String text) {
        String key = Names.key(text);
        List<Range> ranges = ranges(key);
        for (Range range : ranges) {
            if (range.shorter()) {
                return Optional.of(range.written()); // "từ 1/1/2019 đến 30/6/2019": half a year, whatever the title's year
            }
        }
        CutOffs cutOffs = cutOffs(withoutRanges(key, ranges));
        if (cutOffs.early().isPresent()) {
            return cutOffs.early(); // "tính đến ngày 30/6/2019" under "năm 2019": half a year
        }
        key = undated(cutOffs.rest());
        for (Pattern pattern : PARTIAL) {
            Matcher found = pattern.matcher(key);
            if (found.find()) {
                return Optional.of(written(found.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The words as Vietnamese writes them again, from their key: {@code quy iii} is {@code quý III}. */
    private static String written(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(switch (word) {
                case "thang" -> "tháng";
                case "dau" -> "đầu";
                case "cuoi" -> "cuối";
                case "nam" -> "năm";
                case "nua" -> "nửa";
                case "quy" -> "quý";
                case "so" -> "sơ";
                case "ket" -> "kết";
                case "giua" -> "giữa";
                case "ky" -> "kỳ";
                case "sau" -> "sáu";
                case "chin" -> "chín";
                case "hai" -> "hai";
                case "bon" -> "bốn";
                case "bay" -> "bảy";
                case "tam" -> "tám";
                case "muoi" -> "mười";
                case "mot" -> "một";
                case "dot" -> "đợt";
                case "tuan" -> "tuần";
                case "chien" -> "chiến";
                case "dich" -> "dịch";
                case "nien" -> "niên";
                case "mua" -> "mùa";
                case "he" -> "hè";
                case "hoat" -> "hoạt";
                case "dong" -> "động";
                case "tinh" -> "tình";
                case "nguyen" -> "nguyện";
                case "diem" -> "điểm";
                case "hoc" -> "học";
                case "tu" -> "từ";
                case "den" -> "đến";
                case "i", "ii", "iii", "iv" -> word.toUpperCase(java.util.Locale.ROOT);
                default -> word.matches("\\d{1,2}t") ? word.substring(0, word.length() - 1) + " tháng" : word; // "6T"
            });
        }
        return out.toString();
    }
}
