package vn.khlt.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Names;

/**
 * What a section's title says of the period of the rows under it, to the next such title or the
 * table's end: a year ("Năm 2018", "II. KẾT QUẢ NĂM 2019": the rows are that year's, whatever the
 * table's title says), part of a year ("I. 6 tháng đầu năm 2019") or targets ("A. KẾ HOẠCH NĂM
 * 2019", "II. CHỈ TIÊU GIAO NĂM 2020", "Phương hướng năm 2020": the rows are not read), or results
 * again ("B. THỰC HIỆN", "II. Cả năm": read as before).
 */
final class SectionPeriod {

    private static final Pattern YEAR = Pattern.compile(
            "(?:(?:ket qua|so lieu|thuc hien|bao cao) )?(?:ca )?(?:nam )?((?:19|20)\\d\\d)");
    private static final Pattern LEAD = Pattern.compile("^(?:ket qua|so lieu|thuc hien|bao cao) ");
    /** Targets, not results; not "Chỉ tiêu" alone, which may head one unit's indicators. */
    private static final Pattern PLANNED = Pattern.compile(
            "(?:ke hoach(?: giao)?|chi tieu (?:ke hoach|giao))(?: (?:nam )?(?:19|20)\\d\\d)?$|(?:ke hoach|chi tieu) nam (?:19|20)\\d\\d$"
                    + "|(?:phuong huong|du kien|muc tieu nam|nhiem vu nam)(?: |$)");
    /** Results: "Thực hiện", "Kết quả (đạt được)", "Cả năm". */
    private static final Pattern RESULTS = Pattern.compile(
            "(?:thuc hien|ket qua|so lieu thuc hien|(?:so lieu |ket qua )?ca nam|12 thang)(?: |$)");

    /** The year the last section's title names, or null. */
    private Integer year;
    /** The title of a section whose rows are not read, where it stands, and what it says; null when rows are read. */
    private String unread;
    private String shown;
    private Location at;
    private boolean planned;
    private boolean said;

    /** A section's title: its words without their numbering, its cell's whole text, and where it stands. */
    void title(String words, String cellText, Location where) {
        String key = Names.key(words);
        Matcher named = YEAR.matcher(key);
        Optional<String> partial = ReportPeriod.partial(words);
        if (named.matches()) {
            year = Integer.parseInt(named.group(1));
            unread = null;
        } else if (partial.isPresent() && LEAD.matcher(key).replaceFirst("").startsWith(Names.key(partial.get()))) {
            unreadFrom(partial.get(), cellText, where, false);
        } else if (PLANNED.matcher(key).lookingAt()) {
            unreadFrom(words.strip(), cellText, where, true);
        } else if (RESULTS.matcher(key).lookingAt()) {
            unread = null; // "B. THỰC HIỆN", "II. Cả năm": the results again
        }
    }

    private void unreadFrom(String says, String cellText, Location where, boolean targets) {
        unread = says;
        shown = Header.shorten(cellText);
        at = where;
        planned = targets;
        said = false;
        year = null;
    }

    /** The year the rows under the last section's title are, when it names one. */
    Optional<Integer> year() {
        return Optional.ofNullable(year);
    }

    /** Whether the rows are under a section of part of a year or of targets: not read. */
    boolean unread() {
        return unread != null;
    }

    /** Why a row under such a section is not read; the first time, the section's finding is added to {@code issues}. */
    Text refuse(List<Issue> issues) {
        String section = Header.shorten(unread);
        if (!said) {
            said = true;
            issues.add(planned ? new Issue(Finding.PLANNED_TABLE, at, Text.of(
                    "Các dòng dưới mục '%s' (ô %s) là chỉ tiêu, kế hoạch, không phải kết quả: không được tính",
                    "The rows under the section '%s' (cell %s) are targets, a plan, not results: they are not counted")
                    .format(section, at.cell()))
                    : new Issue(Finding.PARTIAL_PERIOD, at, Text.of(
                    "Các dòng dưới mục '%s' (ô %s) là số liệu '%s', không phải cả năm: không được tính. Chỉ gửi số liệu cả năm",
                    "The rows under the section '%s' (cell %s) give '%s', not the full year: they are not counted. Send the"
                            + " full year's figures").format(shown, at.cell(), unread)));
        }
        return planned ? Text.of("dưới mục '" + section + "': chỉ tiêu, không phải kết quả",
                "under the section '" + section + "': targets, not results")
                : Text.of("dưới mục '" + unread + "': không phải số liệu cả năm", "under the section '" + unread
                        + "': not a full year's figures");
    }

    /** A new table: no section's period runs on into it. */
    void reset() {
        year = null;
        unread = null;
    }
}
