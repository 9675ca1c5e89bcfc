package vn.khlt.read;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Names;

/**
 * What a row's note (*Ghi chú*) says of its figures that makes them no figures of the report's
 * year for its unit: they are another year's or last year's carried over (*Số liệu năm 2018*,
 * *Tạm lấy số năm trước*, *Chưa cập nhật*), several years' running total (*Cộng dồn 2018–2019*,
 * *Lũy kế*), or hold another unit's too or are counted on another row (*Đã gồm số của TP Bến
 * Tre*, *Đã tính vào …*), or are incomplete (*Số liệu chưa đầy đủ*). A careful officer reading the note counts none of them. A note that sets
 * the figures against another year (*Tăng 5 hộ so với năm 2018*) or dates something else says
 * nothing of the kind.
 */
final class RowNote {

    /** What a note says of its row's figures. */
    enum Says {
        /** They are another year's, or old ones not brought up to date. */
        OTHER_YEAR,
        /** They run over several years. */
        RUNNING_TOTAL,
        /** They hold another unit's figures too, or are counted on another row already. */
        COUNTED_ELSEWHERE,
        /** They are not all of the unit's: some communes' or some months' are still missing. */
        INCOMPLETE;

        /** The finding that refuses figures said so: no figures of the year's whole, or figures at odds with the row's. */
        Finding finding() {
            return this == RUNNING_TOTAL || this == INCOMPLETE ? Finding.PARTIAL_PERIOD : Finding.CONTRADICTION;
        }
    }

    /** What the note says, and the words that say it. */
    record Reading(Says says, String words) {
    }

    /** A year the figures are said to be of: "Số liệu năm 2018", "lấy số 2018", "là số của năm 2018", "là năm 2018", a note "Năm 2018". */
    private static final Pattern FIGURES_YEAR = Pattern.compile(
            "(?:^| )(?:so lieu|so|lay|lay theo|la so|la(?= nam)|cua)(?: cua)?(?: nam)? ((?:19|20)\\d\\d)(?= |$)|^(?:nam )?((?:19|20)\\d\\d)$");
    /** Last year's figures, or old ones. */
    private static final Pattern LAST_YEARS = Pattern.compile(
            "(?:^| )(?:nam truoc|nam ngoai|ky truoc|so cu|so lieu cu|chua cap nhat|giu nguyen so)(?: |$)");
    /** Figures summed over several years. */
    private static final Pattern RUNNING = Pattern.compile(
            "(?:^| )(?:cong don|luy ke|tu dau nhiem ky|ca giai doan|(?:19|20)\\d\\d (?:den |toi )?(?:nam )?(?:19|20)\\d\\d)(?: |$)");
    /**
     * Figures holding another place's or office's (*Đã gồm số của TP Bến Tre*, *Tính chung cả cấp tỉnh*), or counted
     * on another row (*Đã tính vào …*, *Trùng với …*); never a breakdown (*Bao gồm cả hộ nghèo và cận nghèo*).
     */
    private static final Pattern ELSEWHERE = Pattern.compile(
            "(?:^| )(?:(?:da gom|gom ca|bao gom(?: ca)?|da bao gom|tinh chung|gop chung)(?: ca)?(?: so(?: lieu)?)?(?: cua)?"
                    + " (?:cac )?(?:huyen|thanh pho|tp|thi xa|tx|don vi|cap tinh|tinh|van phong)"
                    + "|da tinh (?:vao|trong|o|chung|cho)|trung voi|tinh vao so|nam trong so)(?: |$)");

    /**
     * Figures said to be incomplete: *Số liệu chưa đầy đủ*, *Chưa đủ số liệu*, *Còn thiếu số liệu 2 xã*,
     * *Chưa tổng hợp xong*, *Mới có số của 5/9 xã*; never a target not met (*Chưa đạt chỉ tiêu*).
     */
    private static final Pattern INCOMPLETE = Pattern.compile(
            "(?:^| )(?:chua day du|chua du so(?: lieu)?|(?:con )?thieu so(?: lieu)?|chua tong hop (?:du|xong|het)|chua bao cao (?:du|het)"
                    + "|chua co so(?: lieu)? (?:cua|o) (?:\\d+ )?(?:xa|co so|chi hoi|don vi)|moi co so(?: lieu)?(?: cua)?)(?: |$)");

    private RowNote() {
    }

    /** The words of a text that say its figures are incomplete ("chưa đầy đủ", "còn thiếu số liệu"), as a title or a note says it; empty for none. */
    static Optional<String> incomplete(String text) {
        Matcher found = INCOMPLETE.matcher(Names.key(text));
        return found.find() ? Optional.of("chưa đầy đủ") : Optional.empty();
    }

    /**
     * What a note's text says of its row's figures, given the year they are read as (when known):
     * empty when it says none of the kinds above.
     */
    static Optional<Reading> read(String text, OptionalInt year) {
        if (text.isBlank() || text.length() > 300) {
            return Optional.empty();
        }
        String key = Names.key(text);
        Matcher running = RUNNING.matcher(key);
        if (running.find()) {
            return Optional.of(new Reading(Says.RUNNING_TOTAL, running.group().strip()));
        }
        Matcher elsewhere = ELSEWHERE.matcher(key);
        if (elsewhere.find()) {
            return Optional.of(new Reading(Says.COUNTED_ELSEWHERE, elsewhere.group().strip()));
        }
        Matcher incomplete = INCOMPLETE.matcher(key);
        if (incomplete.find()) {
            return Optional.of(new Reading(Says.INCOMPLETE, incomplete.group().strip()));
        }
        Matcher last = LAST_YEARS.matcher(key);
        if (last.find()) {
            return Optional.of(new Reading(Says.OTHER_YEAR, last.group().strip()));
        }
        Matcher figures = FIGURES_YEAR.matcher(key);
        while (figures.find()) {
            int said = Integer.parseInt(figures.group(1) != null ? figures.group(1) : figures.group(2));
            if (year.isPresent() && said != year.getAsInt() && !compared(key, figures.start())) {
                return Optional.of(new Reading(Says.OTHER_YEAR, figures.group().strip()));
            }
        }
        return Optional.empty();
    }

    /** Words that set the figures against another year's: "so với", "cao hơn", "vượt", "tăng", "giảm". */
    private static final Pattern COMPARING = Pattern.compile("(?:^| )(?:so voi|so cung ky|hon|vuot|tang|giam)(?: |$)");

    /**
     * Whether the words just before a year's mention compare the figures with it ("vượt 20% so với
     * kết quả của năm 2018", "cao hơn số của năm 2018"): then the year is not the figures' own.
     */
    private static boolean compared(String key, int at) {
        String before = key.substring(0, at);
        String[] words = before.strip().split(" ");
        String near = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
        return COMPARING.matcher(near).find();
    }

    /** The refusal of a row's figures for what its note says ({@code note}: the note's words, and where they stand). */
    static Issue issue(Reading reading, Location at, int row, Text note) {
        return issue(reading, at, row(row), ROW, note);
    }

    /** A row by its number, as a refusal names it: "Dòng 5". */
    static Text row(int row) {
        return Text.of("Dòng " + row, "Row " + row);
    }

    /** What a note refuses: a row's figures, or a table across's column's. */
    static final Text ROW = Text.of("dòng", "row");
    static final Text COLUMN = Text.of("cột", "column");

    /** The refusal of a row's or a column's figures ({@code where}: "Dòng 5", "Cột C"; {@code part}: {@link #ROW}, {@link #COLUMN}). */
    static Issue issue(Reading reading, Location at, Text where, Text part, Text note) {
        Text says = switch (reading.says()) {
            case OTHER_YEAR -> Text.of(
                    "%1$s: %2$s cho biết số liệu là của năm khác hay số cũ chưa cập nhật, không phải của năm báo cáo: không"
                            + " số liệu nào của %3$s được tính. Gửi số liệu của năm báo cáo",
                    "%1$s: the %2$s says its figures are another year's, or old ones not brought up to date, not the"
                            + " report year's: none of them count. Send the report year's figures").format(where, note, part);
            case RUNNING_TOTAL -> Text.of(
                    "%1$s: %2$s cho biết số liệu cộng dồn nhiều năm, không phải của một năm: không số liệu nào của %3$s được"
                            + " tính cho năm. Gửi số liệu của năm báo cáo",
                    "%1$s: the %2$s says its figures run over several years, not one: none of them count for the year."
                            + " Send the report year's figures").format(where, note, part);
            case COUNTED_ELSEWHERE -> Text.of(
                    "%1$s: %2$s cho biết số liệu của %3$s gồm cả số của đơn vị khác, hoặc đã tính ở %3$s khác: tính vào sẽ"
                            + " trùng, nên không số liệu nào của %3$s được tính. Ghi riêng số của từng đơn vị",
                    "%1$s: the %2$s says the %3$s's figures hold another unit's too, or are counted on another %3$s:"
                            + " counting them would count twice, so none of them count. Give each unit's own figures")
                    .format(where, note, part);
            case INCOMPLETE -> Text.of(
                    "%1$s: %2$s cho biết số liệu chưa đầy đủ (còn thiếu số của một số xã hay một số tháng), không phải số cả"
                            + " năm của đơn vị: không số liệu nào của %3$s được tính. Gửi số liệu đầy đủ",
                    "%1$s: the %2$s says its figures are incomplete (some communes' or months' still missing), not the"
                            + " unit's full year: none of them count. Send the complete figures").format(where, note, part);
        };
        return new Issue(reading.says().finding(), at, says);
    }
}
