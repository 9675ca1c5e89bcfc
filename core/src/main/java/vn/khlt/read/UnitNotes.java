package vn.khlt.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;

/**
 * Notes below a table, or among its rows, that name a unit or an indicator in free words and say
 * its figures are not the year's: "Ghi chú: Huyện Ba Tri chưa gửi báo cáo, lấy số liệu năm 2018",
 * "Lưu ý:" then "- Chợ Lách: số liệu 6 tháng", "Ghi chú: CT09 là số cộng dồn 2016-2019". A careful
 * officer reads the notes before counting the rows they speak of, so the table's figures wait for
 * its end (at most {@link #HELD_AT_MOST} of them), and those of a unit (or an indicator) a note
 * names so are refused there ({@link RowNote} says what a note's words mean). A table longer than
 * that is passed on as it is read; a note naming a unit below it can no longer hold its figures
 * back, so the whole file is refused ({@link TooLongToHold}). A note that names no unit and no
 * indicator speaks of the whole table when it says a part of the year ("Số liệu trên là 6 tháng
 * đầu năm"), and of no row otherwise ("Số liệu năm 2018 đã được điều chỉnh"). A place and date
 * below the table before its year was over ("Ba Tri, ngày 10 tháng 6 năm 2019") is such a note of
 * the whole table, for that year's figures and later ones.
 */
final class UnitNotes {

    /** The most figures of one table held for its notes: far more than any office's table gives. */
    static final int HELD_AT_MOST = 20_000;

    /**
     * What begins a note: "Ghi chú:", "Chú thích", "Lưu ý", after a "*" or a "-" perhaps; or what
     * the figures above are ("Số liệu trên là 6 tháng đầu năm", "Số liệu ở bảng trên tính đến 30/6"),
     * never a next table's title ("Số liệu 6 tháng đầu năm 2020").
     */
    private static final Pattern LEAD = Pattern.compile(
            "(?:ghi chu|chu thich|luu y|so lieu (?:o |cua |trong )?(?:bang )?(?:tren|nay))(?: |$)");
    /** What begins each line of a note after its lead: "- Ba Tri: …", "+ …", "• …". */
    private static final String LINE_MARKS = "-+–•*";
    private static final int MAX_WINDOW = 5;

    /**
     * A note that refuses the figures of some units, or some indicators (empty: any), of its table,
     * of any year or from a year on.
     */
    private record Said(Set<String> units, Set<String> indicators, Finding finding, Text what, String words, Location at,
            int fromYear, int toYear) {

        Said(Set<String> units, Set<String> indicators, Finding finding, Text what, String words, Location at) {
            this(units, indicators, finding, what, words, at, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        boolean refuses(Figure figure) {
            return (units.isEmpty() || units.contains(figure.unit()))
                    && (indicators.isEmpty() || indicators.contains(figure.indicator())) && figure.year() >= fromYear
                    && figure.year() <= toYear;
        }

        /** Whether this is a dated line's, which refuses from its year on, not a note's words. */
        boolean dated() {
            return fromYear != Integer.MIN_VALUE;
        }
    }

    /** A table too long to hold until its notes, one of which names a unit's figures as not the year's. */
    static final class TooLongToHold extends RuntimeException {
        final transient Issue issue;

        TooLongToHold(Issue issue) {
            super(issue.message().en(), null, false, false);
            this.issue = issue;
        }
    }

    private final Plan plan;
    private final FigureSink sink;
    /** The figures of the sheet's tables ended before this one, kept for a note below a later one. */
    private final Held sheetHeld = new Held(null);
    /** The table's figures, held for its notes: when there are too many, the sheet's go first. */
    private final Held held = new Held(sheetHeld);
    private final List<Said> said = new ArrayList<>();
    /** Whether a note's lead was seen: the lines right after it that begin with a dash are its. */
    private boolean inNotes;
    /** The last row looked at: a row further down than the next one has blank rows above it. */
    private int lastRow;

    UnitNotes(Plan plan, FigureSink sink) {
        this.plan = plan;
        this.sink = sink;
    }

    /**
     * Whether a row is a note: its first cell begins with "Ghi chú", "Lưu ý", or a dash under one,
     * and it holds no number. What it says of a unit's figures is kept for the table's end, held
     * to the table's {@code year}. Only a character is looked at on a row that begins otherwise.
     */
    boolean row(Row row, java.util.function.Supplier<OptionalInt> year, boolean partOfYear, Location sheet) {
        boolean gap = row.number() > lastRow + 1;
        lastRow = row.number();
        if (partOfYear) {
            signed(row, sheet);
        }
        int column = row.firstFilled();
        char first = column < 0 ? 0 : row.edge(column, false);
        // after a blank row, a dashed line is the note's only when it names a unit ("- Chợ Lách: số liệu 6 tháng"):
        // "- Biểu 2: Khởi nghiệp" there is the next table's title
        boolean line = inNotes && LINE_MARKS.indexOf(first) >= 0 && (!gap || !named(Names.key(row.text(column))).none());
        if (!line && ("gGcClLsS*-".indexOf(first) < 0 || !LEAD.matcher(Names.key(row.text(column))).lookingAt())) {
            inNotes = false; // a note's lines run on until a row that is none of them
            return false;
        }
        if (row.holdsNumber()) {
            inNotes = false; // "- Xã An Đức | 5 | 3": a row of figures, named with a dash
            return false;
        }
        inNotes = true;
        String text = words(row);
        Location at = sheet.at(row.number(), Location.columnName(column));
        for (Said note : read(text, year.get(), partOfYear, at)) {
            said.add(note);
            if (held.streamed) {
                throw new TooLongToHold(tooLong(note));
            }
        }
        return true;
    }

    /**
     * A place and date below the table ("Ba Tri, ngày 10 tháng 6 năm 2019") before its year was over:
     * the report was made then, so its figures of that year, or later, are not a full year's. Kept as
     * a note of the whole table, and of the sheet's tables above, that refuses those years' figures.
     */
    private void signed(Row row, Location sheet) {
        if (!row.mayGiveADay() || !row.onlyDays()) {
            return; // most rows, at the cost of a look at their texts: no "ngày" in them
        }
        boolean noteLine = noteLead(row) || lineMarked(row);
        for (Cell cell : row.cells()) {
            Optional<ReportPeriod.Signed> signed = row.day(cell);
            // "Thời điểm báo cáo: 30/6/2019": the figures counted to a day before the year was over
            Optional<ReportPeriod.Signed> cutOff = signed.isPresent() || cell.kind() != Cell.Kind.TEXT || noteLine ? Optional.empty()
                    : ReportPeriod.cutOffBefore(cell.text()); // a note's lines say it as a note ("- Ba Tri: số liệu đến 30/6/2019")
            if (signed.isPresent() || cutOff.isPresent()) {
                Location at = sheet.at(row.number(), Location.columnName(cell.column()));
                ReportPeriod.Signed day = signed.or(() -> cutOff).get();
                int notOver = day.firstYearNotOver();
                Text what = signed.isPresent()
                        ? Text.of("mang ngày %s, trước khi hết năm %d", "are dated %s, before the year %d was over")
                                .format(signed.get().written(), notOver)
                        : Text.of("chỉ tính đến ngày %s, trước khi hết năm %d", "count only to %s, before the year %d was over")
                                .format(cutOff.get().written(), notOver);
                // a note's line that names units ("- Ba Tri: cập nhật ngày 20/6/2019") speaks of theirs, another of the table's;
                // the years whose figures a report of that day cannot hold whole: not those years after it (Signed.before)
                Named of = noteLine ? named(Names.key(words(row))) : new Named(Set.of(), Set.of());
                said.add(new Said(of.units(), of.indicators(), Finding.PARTIAL_PERIOD, what, Header.shorten(cell.text()), at, notOver,
                        day.year() + 1));
                if (held.streamed) {
                    throw new TooLongToHold(tooLong(said.get(said.size() - 1)));
                }
                return;
            }
        }
    }

    /** Whether the row begins as a note's line does, with a dash or a bullet ("- Ba Tri: …"). */
    private static boolean lineMarked(Row row) {
        int column = row.firstFilled();
        return column >= 0 && LINE_MARKS.indexOf(row.edge(column, false)) >= 0;
    }

    /** Whether the row begins as a note does ("Ghi chú: …"), whose words {@link #read} reads. */
    private static boolean noteLead(Row row) {
        int column = row.firstFilled();
        return column >= 0 && LEAD.matcher(Names.key(row.text(column))).lookingAt();
    }

    /** The row's words, its cells joined: a CSV's comma splits a note into fields. */
    private static String words(Row row) {
        StringBuilder words = new StringBuilder();
        for (Cell cell : row.cells()) {
            if (!cell.blank()) {
                words.append(words.length() == 0 ? "" : ", ").append(cell.text().strip());
            }
        }
        return words.toString();
    }

    /**
     * What a note says of the figures of the units and indicators it names, a part at a time (its
     * lines, its parts between semicolons): a part that says nothing of the kind may name the units
     * the next one speaks of ("Huyện Ba Tri chưa gửi báo cáo; lấy số liệu năm 2018").
     */
    private List<Said> read(String text, OptionalInt year, boolean partOfYear, Location at) {
        List<Said> notes = new ArrayList<>();
        Named before = new Named(Set.of(), Set.of());
        String beforeWords = "";
        String mark = "";
        for (String line : text.split("\\R|;")) {
            if (Footnotes.markAlone(line.strip())) {
                mark = line.strip() + " "; // "Ghi chú: (*)", its words on the next line: the marked rows', not the table's
                continue;
            }
            String part = mark + line;
            mark = "";
            Optional<String> period = partOfYear ? ReportPeriod.partial(part) : Optional.empty();
            Optional<RowNote.Reading> reading = period.isPresent() ? Optional.empty() : RowNote.read(part, year);
            String key = Names.key(part);
            if (period.isEmpty() && reading.isEmpty()) {
                Named named = named(key);
                if (!named.none()) {
                    before = named;
                    beforeWords = part.strip() + "; ";
                }
                continue;
            }
            // "Ba Tri đã gồm số của huyện Chợ Lách": the unit before the words is the one whose figures hold another's
            Named named = named(reading.isPresent() && reading.get().says() == RowNote.Says.COUNTED_ELSEWHERE
                    ? key.substring(0, Math.max(0, key.indexOf(reading.get().words()))) : key);
            String words = named.none() ? beforeWords + part.strip() : part.strip();
            named = named.none() ? before : named;
            before = new Named(Set.of(), Set.of());
            beforeWords = "";
            boolean ofTheWhole = period.isPresent() || reading.isPresent() && reading.get().says() == RowNote.Says.INCOMPLETE;
            if (named.none() && (!ofTheWhole || Footnotes.marks(part.strip()))) {
                // "Số liệu năm 2018 đã được điều chỉnh": of no row in particular; "(*) Số liệu 6 tháng": of the marked rows
                continue;
            }
            // "Số liệu trên là 6 tháng đầu năm", "Số liệu trên chưa đầy đủ", naming no unit and no indicator: every figure of the table
            Finding finding = period.isPresent() ? Finding.PARTIAL_PERIOD : reading.get().says().finding();
            Text what = period.isPresent() ? Text.of("là của %s, không phải cả năm", "are of %s, not the full year").format(period.get())
                    : switch (reading.get().says()) {
                        case OTHER_YEAR -> Text.of("là của năm khác hay số cũ chưa cập nhật", "are another year's, or old ones");
                        case RUNNING_TOTAL -> Text.of("cộng dồn nhiều năm", "run over several years");
                        case COUNTED_ELSEWHERE -> Text.of("gồm cả số của đơn vị khác, hoặc đã tính ở chỗ khác",
                                "hold another unit's too, or are counted elsewhere");
                        case INCOMPLETE -> Text.of("chưa đầy đủ", "are incomplete");
                    };
            notes.add(new Said(named.units(), named.indicators(), finding, what, Header.shorten(words), at));
        }
        return notes;
    }

    /** The units and the indicators a part of a note names. */
    private record Named(Set<String> units, Set<String> indicators) {
        boolean none() {
            return units.isEmpty() && indicators.isEmpty();
        }
    }

    private Named named(String key) {
        Set<String> indicators = new LinkedHashSet<>();
        IndicatorNames.of(plan).coded(key).forEach(indicator -> indicators.add(indicator.code()));
        return new Named(units(key), indicators);
    }

    /** The units of the plan a note's words name, each by the longest run of words that names it. */
    private Set<String> units(String key) {
        List<String> tokens = new ArrayList<>(List.of(key.split(" ")));
        Set<String> units = new LinkedHashSet<>();
        for (int size = Math.min(MAX_WINDOW, tokens.size()); size >= 1; size--) {
            for (int i = 0; i + size <= tokens.size(); i++) {
                List<String> window = tokens.subList(i, i + size);
                if (window.contains("")) {
                    continue;
                }
                String words = String.join(" ", window);
                Optional<ReportingUnit> unit = plan.unitNames().find(words).filter(u -> !Clues.wholeProvince(plan, u, words));
                if (unit.isPresent()) {
                    units.add(unit.get().code());
                    for (int j = i; j < i + size; j++) {
                        tokens.set(j, ""); // a name's words name nothing else
                    }
                }
            }
        }
        return units;
    }

    /** Passes a figure on at the table's end, or now when the table is too long to hold. */
    void pass(Figure figure) {
        held.add(figure);
    }

    /** Figures held back for notes below them, passed on as they come once there are more than can be held. */
    private final class Held {
        final List<Figure> figures = new ArrayList<>();
        /** Whether more came than can be held: those passed on, and every one after as it comes. */
        boolean streamed;
        /** Figures held before these, passed on first: the figures reach the checks in the order read. */
        private final Held before;

        Held(Held before) {
            this.before = before;
        }

        void add(Figure figure) {
            if (streamed) {
                sink.accept(figure);
                return;
            }
            figures.add(figure);
            if (figures.size() > HELD_AT_MOST) {
                if (before != null) {
                    before.stream();
                }
                stream();
            }
        }

        private void stream() {
            streamed = true;
            figures.forEach(sink::accept);
            figures.clear();
        }

        /** Lets the figures held go, in the order they came, and holds from scratch. */
        void reset(boolean pass) {
            if (pass) {
                figures.forEach(sink::accept);
            }
            figures.clear();
            streamed = false;
        }
    }

    /**
     * At the table's end: its figures kept for the sheet's end, but those a note refuses, with the
     * note's refusal said once. A note that says the figures above are part of the year, naming no
     * unit ("Số liệu trên là số liệu 6 tháng đầu năm" below the second of two tables), may speak of
     * the tables above it on the sheet too: their figures, kept, are refused with it.
     */
    void end(List<Issue> issues) {
        Optional<Said> sheetWide = said.stream().filter(note -> note.units().isEmpty() && note.indicators().isEmpty()
                && note.finding() == Finding.PARTIAL_PERIOD).findFirst();
        if (sheetWide.isPresent() && !sheetHeld.figures.isEmpty()) {
            Said note = sheetWide.get();
            long refused = sheetHeld.figures.stream().filter(figure -> !figure.missing() && note.refuses(figure)).count();
            if (refused > 0) {
                issues.add(tablesAbove(note, refused));
            }
            sheetHeld.figures.removeIf(note::refuses);
        }
        if (said.isEmpty()) {
            held.figures.forEach(sheetHeld::add);
        } else {
            int[] refused = new int[said.size()];
            for (Figure figure : held.figures) {
                int by = refusedBy(figure);
                if (by < 0) {
                    sheetHeld.add(figure);
                } else if (!figure.missing()) {
                    refused[by]++;
                }
            }
            for (int i = 0; i < said.size(); i++) {
                if (refused[i] > 0) {
                    issues.add(refusal(said.get(i), refused[i]));
                }
            }
        }
        held.reset(false);
        said.clear();
        inNotes = false;
        lastRow = 0;
    }

    /** At the sheet's end: the figures kept passed on, in the order they were read. */
    void endSheet() {
        sheetHeld.reset(true);
    }

    /** The refusal of the tables above a note that says the figures above are part of the year. */
    private Issue tablesAbove(Said note, long refused) {
        return new Issue(note.finding(), note.at(), Text.of(
                "Ghi chú ở %s ('%s') cho biết số liệu ở trên %s, không nói của bảng nào: có thể là của cả các bảng phía trên"
                        + " trong trang, nên %d số liệu của các bảng đó cũng không được tính cho năm. Ghi chú riêng dưới"
                        + " từng bảng, hoặc gửi số liệu cả năm",
                "The note in %s ('%s') says the figures above %s, naming no table: it may speak of the tables above on"
                        + " the sheet too, so %d figures of those do not count for the year either. Put a note under each"
                        + " table, or send the full year's figures")
                .format(note.at().cell(), note.words(), note.what(), refused));
    }

    private int refusedBy(Figure figure) {
        for (int i = 0; i < said.size(); i++) {
            if (said.get(i).refuses(figure)) {
                return i;
            }
        }
        return -1;
    }

    /** The units and indicators a note names, as the plan names the units ("Huyện Ba Tri") and codes the indicators. */
    private Text named(Said note) {
        if (note.units().isEmpty() && note.indicators().isEmpty()) {
            return Text.of("bảng ở trên", "the table above");
        }
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String code : note.units()) {
            Text name = plan.unit(code).map(ReportingUnit::name).orElse(Text.same(code));
            vi.add(name.vi());
            en.add(name.en());
        }
        vi.addAll(note.indicators());
        en.addAll(note.indicators());
        return Text.of(String.join(", ", vi), String.join(", ", en));
    }

    private Issue refusal(Said note, int figures) {
        if (note.dated() && note.units().isEmpty() && note.indicators().isEmpty()) {
            return new Issue(note.finding(), note.at(), Text.of(
                    "Dòng ở %s ('%s') cho biết số liệu năm %d trở đi của bảng %s: %d số liệu đó trong bảng ở trên không được"
                            + " tính cho năm. Gửi báo cáo cả năm; nếu ngày ghi nhầm, sửa lại ngày (hoặc dùng tùy chọn --period year)",
                    "The line in %s ('%s') says the table's figures of %d and later %s: %d of them in the table above do not"
                            + " count for the year. Send the full year's report; if the date is a slip, correct it (or pass --period year)")
                    .format(note.at().cell(), note.words(), note.fromYear(), note.what(), figures));
        }
        if (note.dated()) {
            // "- Ba Tri: cập nhật ngày 20/6/2019": that unit's figures of that year on
            return new Issue(note.finding(), note.at(), Text.of(
                    "Ghi chú ở %s ('%s') cho biết số liệu năm %d trở đi của %s %s: %d số liệu đó trong bảng ở trên không được"
                            + " tính cho năm. Gửi số liệu cả năm; nếu ngày ghi nhầm, sửa lại ngày (hoặc dùng tùy chọn --period year)",
                    "The note in %s ('%s') says the figures of %d and later of %s %s: %d of them in the table above do not"
                            + " count for the year. Send the full year's figures; if the date is a slip, correct it (or pass --period year)")
                    .format(note.at().cell(), note.words(), note.fromYear(), named(note), note.what(), figures));
        }
        return new Issue(note.finding(), note.at(), Text.of(
                "Ghi chú ở %s ('%s') cho biết số liệu của %s %s: %d số liệu đó trong bảng không được tính cho năm. Gửi số liệu"
                        + " của năm báo cáo, hoặc sửa ghi chú nếu số liệu đã đúng",
                "The note in %s ('%s') says the figures of %s %s: %d of them in the table do not count for the year."
                        + " Send the report year's figures, or correct the note if the figures are right")
                .format(note.at().cell(), note.words(), named(note), note.what(), figures));
    }

    private Issue tooLong(Said note) {
        return new Issue(note.finding(), note.at(), Text.of(
                "Ghi chú ở %s ('%s') cho biết số liệu của %s %s, nhưng bảng ở trên dài hơn %d số liệu, quá dài để giữ lại chờ"
                        + " ghi chú: không số liệu nào của tệp được tính. Ghi chú vào cột 'Ghi chú' trên dòng của đơn vị đó,"
                        + " hoặc bỏ các dòng đó khỏi tệp",
                "The note in %s ('%s') says the figures of %s %s, but the table above gives more than %d figures, too many"
                        + " to hold back for its notes: none of the file's figures count. Put the note in a 'Ghi chú' column"
                        + " on that unit's rows, or take those rows out of the file")
                .format(note.at().cell(), note.words(), named(note), note.what(), HELD_AT_MOST));
    }
}
