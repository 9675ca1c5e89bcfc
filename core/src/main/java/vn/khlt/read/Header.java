package vn.khlt.read;

import vn.khlt.finding.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.finding.Severity;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;

/**
 * A table's header, found among the first rows of a sheet: which layout it has (long: one row
 * per figure; wide: one row per unit, a column per indicator) and what each column holds.
 */
final class Header {

    enum Layout {
        /** A figure a row. */
        LONG,
        /** A unit a row, an indicator (or two columns of a rate) a column. */
        WIDE,
        /** An indicator a row, a unit a column: {@code Chỉ tiêu | Ba Tri | Thạnh Phú | ...}. */
        ACROSS
    }

    /** What a column holds, besides the indicators of a wide table. */
    enum Role {
        ASSOCIATION("doan the", "hoi doan the", "association", "to chuc", "ma doan the", "hoi"),
        UNIT("don vi", "ten don vi", "ma don vi", "don vi bao cao", "unit", "huyen", "huyen thanh pho",
                "huyen tp", "quan huyen", "cap huyen", "dia ban", "dia phuong", "district", "ten huyen", "cac huyen",
                "cac don vi", "ten dia phuong",
                // a district office's report by commune: its grassroots associations, its communes
                "co so hoi", "co so doan", "co so", "ten co so", "ten xa", "xa phuong thi tran", "xa thi tran"),
        YEAR("nam", "nam bao cao", "year", "ky bao cao"),
        INDICATOR("chi tieu", "ma chi tieu", "ten chi tieu", "indicator", "ma", "code"),
        VALUE("gia tri", "value", "so luong", "ket qua", "so lieu", "thuc hien", "ket qua thuc hien", "th",
                "uoc thuc hien", "uoc th", "trong nam", "ca nam", "da thuc hien", "so thuc hien", "nam nay", "ky nay", "dat",
                "dat duoc"),
        NUMERATOR("tu so", "numerator"),
        DENOMINATOR("mau so", "denominator"),
        NOTE("ghi chu", "note", "notes"),
        /**
         * The day each row was reported or counted to ("Ngày báo cáo", "Thời điểm báo cáo"): never
         * read as a figure, an owner or a year; a day before the row's year was over says its figures
         * are not the year's, and none of them count ({@code partial-period}). Its words are titles
         * whole; a title that begins with them ("Ngày gửi báo cáo (dd/mm)") is one too ({@link Header#dayColumns}).
         */
        DAY("ngay bao cao", "ngay gui", "ngay gui bao cao", "ngay lap", "ngay lap bieu", "ngay lap bao cao", "ngay cap nhat",
                "ngay tong hop", "ngay nhap", "ngay nhap lieu", "ngay chot", "ngay chot so lieu", "thoi diem", "thoi diem bao cao",
                "cap nhat ngay"),
        ORDINAL("stt", "tt", "so tt", "so thu tu", "no"),
        /**
         * The part of the year each row covers ("Quý", "Tháng", "Đợt"), only when that is the whole
         * title: never read as a figure, an owner or a year; a row whose cell names part of the year
         * ("I", "6", "Quý II") counts nothing ({@code partial-period}). "Kỳ báo cáo" beside a year's
         * column is one too (alone, it is the year's column).
         */
        PERIOD("quy", "quy bao cao", "thang", "thang bao cao", "dot", "dot bao cao", "quarter", "month"),
        /** Where a figure came from, as khlt inspect writes it: read back, these are passed over. */
        SOURCE("tep", "trang tinh", "dong", "cot", "file", "sheet", "row", "column"),
        /**
         * A second column of the indicators beside the first ("Mã số | Tên chỉ tiêu"): its names are
         * held against the first column's codes, never read instead of them. No words of its own.
         */
        NAMES,
        /**
         * A second column of the units beside the first ("Mã đơn vị | Tên đơn vị"): a row whose name
         * is another unit's than its code is refused, never read for either. No words of its own.
         */
        UNIT_NAMES;

        final List<String> words;

        Role(String... words) {
            this.words = List.of(words);
        }

        /**
         * The role a header's words name: its words alone, or followed by others ("Tên đơn vị báo cáo",
         * "Thực hiện 2019"), unless those go on to name something else ({@link #namesOther}).
         */
        static Optional<Role> of(String key) {
            for (Role role : values()) {
                for (String word : role.words) {
                    if (key.equals(word) || role != PERIOD && key.startsWith(word + " ") && !namesOther(role, word, key.substring(word.length() + 1))) {
                        return Optional.of(role);
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * Words after a role's that make the header something else: "Chỉ tiêu 9" is one indicator by
         * an office's numbering, "Chỉ tiêu giao", "Chỉ tiêu năm 2019" a plan's figures, not the
         * indicators' column; "Đơn vị tính" the units of measure, not the units, and "Huyện đoàn Ba
         * Tri" a district's Youth Union, not the units' column; "Hội" names the associations' column
         * only alone ("Hội Người cao tuổi", "Hội viên …" do not); "Năm nay", "Năm trước" are this
         * year's figures and last year's, not a column of years.
         */
        /** The words of a units' column's title after "Huyện": "Huyện, thị xã, thành phố", "Huyện/TP". */
        private static final Set<String> KINDS_OF_DISTRICT = Set.of("thanh", "pho", "tp", "thi", "xa", "quan", "huyen", "va",
                "don", "vi");

        private static boolean namesOther(Role role, String word, String rest) {
            return switch (role) {
                case INDICATOR -> Character.isDigit(rest.charAt(0)) || Part.of(rest) == Part.PLAN || yearIn(rest).isPresent();
                // "Huyện đoàn Ba Tri"; "Huyện Ba Tri", a district's own column (not "Huyện/thị xã/thành phố")
                case UNIT -> rest.equals("tinh") || rest.startsWith("tinh ") || rest.startsWith("doan ")
                        || word.equals("huyen")
                                && !java.util.Arrays.stream(rest.split(" ")).allMatch(KINDS_OF_DISTRICT::contains);
                case ASSOCIATION -> word.equals("hoi");
                case YEAR -> word.equals("nam") && (rest.equals("nay") || rest.startsWith("nay ") || rest.equals("truoc")
                        || rest.startsWith("truoc ")); // "Năm nay | Năm trước": the report's year's figures, and last year's
                default -> false;
            };
        }
    }

    /** The columns of one indicator in a wide table: one for a count, two for a rate. */
    record IndicatorColumns(Indicator indicator, OptionalInt value, OptionalInt numerator, OptionalInt denominator,
            OptionalInt year, Optional<String> association) {

        IndicatorColumns(Indicator indicator, OptionalInt value, OptionalInt numerator, OptionalInt denominator) {
            this(indicator, value, numerator, denominator, OptionalInt.empty(), Optional.empty());
        }

        IndicatorColumns(Indicator indicator, OptionalInt value, OptionalInt numerator, OptionalInt denominator, OptionalInt year) {
            this(indicator, value, numerator, denominator, year, Optional.empty());
        }

        /** The columns a figure is read from: the value, or the numerator and the denominator. */
        java.util.stream.IntStream columns() {
            return java.util.stream.IntStream.of(value.orElse(-1), numerator.orElse(-1), denominator.orElse(-1))
                    .filter(c -> c >= 0);
        }
    }

    /**
     * The last column the header titles: in a CSV, a row with a value beyond it has had its cells
     * shifted. Asked of every row, so found once.
     */
    int lastTitledColumn() {
        if (lastTitled < 0 && !titles.isEmpty()) {
            lastTitled = java.util.Collections.max(titles.keySet());
        }
        return lastTitled;
    }

    private int lastTitled = -1;

    /**
     * The columns no figure, unit, year or association is read from, where a row may say what it
     * holds: its period ("Kỳ: 6 tháng"), a note ("Ghi chú"), which part of the figure ("Kế hoạch",
     * "Thực hiện" on rows of their own) or its year; titled or not (a column left untitled beside
     * the units' names), and in a table across those that name no unit ("Nội dung"). Found once.
     */
    int[] partColumns() {
        if (parts == null) {
            java.util.Set<Integer> figures = new java.util.HashSet<>(unitColumns.keySet());
            indicators.forEach(c -> c.columns().forEach(figures::add));
            figures.addAll(valueYears.keySet());
            java.util.stream.Stream.of(Role.VALUE, Role.NUMERATOR, Role.DENOMINATOR).map(columns::get)
                    .filter(java.util.Objects::nonNull).forEach(figures::add);
            firstFigure = figures.stream().min(Integer::compare).orElse(-1);
            // a note is not read, but what it says of the row's period is ("số liệu 6 tháng")
            java.util.Set<Integer> read = new java.util.HashSet<>(figures);
            columns.forEach((role, column) -> {
                if (role != Role.NOTE && role != Role.PERIOD && role != Role.DAY) {
                    read.add(column);
                }
            });
            parts = java.util.stream.IntStream.rangeClosed(0, lastTitledColumn()).filter(c -> !read.contains(c)).toArray();
        }
        return parts;
    }

    /** The leftmost column of figures, or -1: a column of years left of it names each row's year. */
    int firstFigureColumn() {
        partColumns();
        return firstFigure;
    }

    private int[] parts;
    private int firstFigure = -1;

    /**
     * The columns not read whose titles say the day a row's figures were reported or counted to
     * ("Ngày báo cáo", "Ngày gửi", "Ngày chốt số liệu", "Thời điểm báo cáo"): a day before the row's
     * year was over says they are not the year's. Found once; most tables have none.
     */
    int[] dayColumns() {
        if (days == null) {
            days = java.util.Arrays.stream(partColumns())
                    .filter(c -> ReportPeriod.dayColumn(Names.key(titles.getOrDefault(c, "")))).toArray();
        }
        return days;
    }

    private int[] days;

    /** The columns that name a row's unit or indicator: where a row is marked for a footnote ("Ba Tri (*)"). */
    int[] labels() {
        if (labels == null) {
            labels = java.util.stream.Stream.of(Role.UNIT, Role.UNIT_NAMES, Role.INDICATOR, Role.NAMES).map(columns::get)
                    .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
        }
        return labels;
    }

    private int[] labels;

    /** Whether every indicator's columns say their year: a table of years as columns needs no year of its own. */
    boolean yearsInColumns() {
        if (layout == Layout.LONG) {
            return valueYear().isPresent() || !valueYears.isEmpty();
        }
        if (layout == Layout.ACROSS) {
            return !unitColumns.isEmpty() && columnYears.keySet().containsAll(unitColumns.keySet());
        }
        return !indicators.isEmpty() && indicators.stream().allMatch(c -> c.year().isPresent());
    }

    /** A year in a column's header ("CT08 2016", "Năm 2017"), when there is exactly one. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

    static OptionalInt yearIn(String text) {
        java.util.regex.Matcher m = YEAR.matcher(text);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(m.group(1));
        return m.find() ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /**
     * A count's columns that each say a different year ("CT08 | 2016 | 2017 | 2018" under one
     * header, or "CT08 2016", "CT08 2017"; or one column, "CT08 năm 2018"): a column for each
     * year, its figure that year's, whatever year the title names.
     */
    private static Optional<List<IndicatorColumns>> byYear(Indicator indicator, Map<Integer, Part> parts,
            Map<Integer, String> texts) {
        if (indicator.isRate()) {
            return Optional.empty();
        }
        List<IndicatorColumns> years = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int column : parts.keySet()) {
            // the year the header says beside the indicator's own name, which may hold a year of its own
            OptionalInt year = yearIn(beside(indicator, texts.getOrDefault(column, "")));
            if (year.isEmpty() || !seen.add(year.getAsInt())
                    || parts.get(column) != Part.OTHER && parts.get(column) != Part.RESULT) {
                return Optional.empty();
            }
            years.add(new IndicatorColumns(indicator, OptionalInt.of(column), OptionalInt.empty(), OptionalInt.empty(), year));
        }
        return Optional.of(years);
    }

    /**
     * An indicator over a column for each association ("CT08" over "HLHPN | HND", a joint report):
     * each column is that association's figure. Not a rate's, whose two columns each association would need.
     */
    private static Optional<List<IndicatorColumns>> byAssociation(Plan plan, Indicator indicator, Map<Integer, Part> parts,
            Map<Integer, String> texts) {
        if (indicator.isRate() || parts.size() < 2) {
            return Optional.empty();
        }
        List<IndicatorColumns> associations = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int column : parts.keySet()) {
            String text = texts.getOrDefault(column, "");
            if (totalWords(Names.key(text))) {
                continue; // "Cộng", "Tổng số": the associations' sum, not read
            }
            Optional<String> association = associationColumn(plan, text);
            if (association.isEmpty() || !seen.add(association.get())) {
                return Optional.empty();
            }
            associations.add(new IndicatorColumns(indicator, OptionalInt.of(column), OptionalInt.empty(), OptionalInt.empty(),
                    OptionalInt.empty(), association));
        }
        return associations.size() < 2 ? Optional.empty() : Optional.of(associations);
    }

    /**
     * An indicator's columns each under a band of one association over the indicators ("Hội LHPN" over "CT08 | CT09",
     * "Hội Nông dân" over "CT08 | CT09" again): each column that association's, as when the associations stand under
     * the indicator ({@link #byAssociation}). Only a band cell over the indicators' columns names one.
     */
    private static Optional<List<IndicatorColumns>> byAssociationsBand(Plan plan, Indicator indicator, Map<Integer, Part> parts,
            Row band, java.util.Set<Integer> indicatorColumns) {
        if (parts.values().stream().anyMatch(part -> part != Part.OTHER)) {
            return Optional.empty();
        }
        TreeMap<Integer, String> over = bandOver(band, indicatorColumns.stream().mapToInt(Integer::intValue));
        Map<Integer, String> named = new TreeMap<>();
        for (int column : parts.keySet()) {
            Map.Entry<Integer, String> above = over.floorEntry(column);
            named.put(column, above == null ? "" : above.getValue());
        }
        return byAssociation(plan, indicator, parts, named);
    }

    /** Initials in capitals, as a joint report's columns abbreviate the associations: "PN", "ND", "CCB", "TN". */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("\\p{Lu}{2,5}");

    /**
     * The association a column of a joint report names: by one of its names, or by the initials of
     * one ("PN" for Phụ nữ, "ND" for Nông dân, "TN" for Thanh niên) when they are one association's
     * alone. Asked only of the columns beside others that name associations.
     */
    static Optional<String> associationColumn(Plan plan, String text) {
        Optional<String> named = plan.associationNames().find(text).map(Association::code);
        if (named.isPresent() || !INITIALS.matcher(text.strip()).matches()) {
            return named;
        }
        String initials = Names.key(text);
        List<String> found = plan.associations().stream()
                .filter(a -> a.names().stream().anyMatch(name -> initials(Names.key(name)).equals(initials)))
                .map(Association::code).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String initials(String key) {
        StringBuilder initials = new StringBuilder();
        for (String word : key.split(" ")) {
            if (!word.isEmpty()) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /**
     * A total's words, as a column's header says them ("Tổng cộng", "Toàn tỉnh", "Cộng", "Cộng khối
     * huyện"); not the words that "công" begins without its accents ("Công trình", "Công tác").
     */
    static boolean totalWords(String key) {
        return key.startsWith("tong") || key.startsWith("toan ") || key.equals("cong")
                || key.startsWith("cong ") && !NOT_A_SUM.contains(key.split(" ", 3)[1]);
    }

    /** Second words of "công …": Công trình, công tác, công nhận, cộng đồng, công đoàn, công chức, … */
    private static final Set<String> NOT_A_SUM = Set.of("trinh", "tac", "nhan", "dong", "doan", "chuc", "viec", "an", "ty",
            "nghe", "nghiep", "ich", "khai", "lap", "thuong", "bo", "dan", "cu", "vien");

    /** Whether the columns say their association: each a table across's, or some indicators' ("CT08" over "HLHPN | HND"). */
    boolean associationsInColumns() {
        return layout == Layout.ACROSS ? across == Across.ASSOCIATIONS
                || !unitsAssociations.isEmpty() && unitsAssociations.keySet().containsAll(unitColumns.keySet())
                : indicators.stream().anyMatch(c -> c.association().isPresent());
    }

    /** How many rows from the top a header may stand. */
    static final int SEARCH_ROWS = 40;

    final Layout layout;
    /**
     * The row number (as the sheet shows it) of the header's first row and of its last (one row
     * further when the row under it names the indicators again: {@link #restated}).
     */
    final int firstRow;
    int lastRow;
    final Map<Role, Integer> columns;
    final List<IndicatorColumns> indicators;
    final List<Issue> issues;
    /** A header found, but one whose table cannot be read without guessing: nothing is read from it. */
    final boolean refused;
    /** Each column's header text (both rows of a header over two), for the explanation of what was read. */
    Map<Integer, String> titles = Map.of();
    /**
     * In a table across: each unit's column (its unit's code), or, {@link #across} by association,
     * each association's (its code: the unit is the table's), or by year, each year's (the year:
     * the unit and association are the table's); and the columns of totals.
     */
    Map<Integer, String> unitColumns = Map.of();

    /** What a table across has a column each of; the rows are indicators. */
    enum Across {
        UNITS,
        /** A joint report's "Chỉ tiêu | Hội LHPN | Hội Nông dân | ...": the unit is the table's. */
        ASSOCIATIONS,
        /** One unit's report over several years ("Chỉ tiêu | ĐVT | Năm 2016 | Năm 2017"): unit and association the table's. */
        YEARS
    }

    Across across = Across.UNITS;

    /**
     * In a table across by unit or association, the columns whose header names neither, nor a
     * total, nor anything else known ("Mỏ Cày", of two districts; "Xã An Hòa"), with that header:
     * their figures are not read, and said.
     */
    Map<Integer, String> unclaimedColumns = Map.of();
    /**
     * In a table across by unit, the columns whose header names the unit's association too ("Hội
     * LHPN huyện Ba Tri"), with that association's code: held against the table's, or its own.
     */
    Map<Integer, String> unitsAssociations = Map.of();
    /** The row that names those associations: the units' own ("Hội LHPN huyện Ba Tri"), or the one under them. */
    int unitsAssociationsRow;
    Set<Integer> totalColumns = Set.of();
    /**
     * In a long table, the year its figures' columns say ("Thực hiện năm 2018", "Tử số 2019"), when
     * they say one: each figure is that year's, whatever year the title names.
     */
    OptionalInt valueYear() {
        if (valueYear == null) {
            valueYear = OptionalInt.empty();
            if (!valueYears.isEmpty()) {
                return valueYear; // a column a year: each figure its column's
            }
            java.util.Set<Integer> years = new java.util.HashSet<>();
            for (Role role : List.of(Role.VALUE, Role.NUMERATOR, Role.DENOMINATOR)) {
                Integer column = columns.get(role);
                OptionalInt year = column == null ? OptionalInt.empty() : yearIn(titles.getOrDefault(column, ""));
                year.ifPresent(years::add);
            }
            if (years.size() == 1) {
                valueYear = OptionalInt.of(years.iterator().next());
            }
        }
        return valueYear;
    }

    private OptionalInt valueYear;

    /** Other words over the indicators' column, taken for it when no column says "Chỉ tiêu" and none is an indicator's. */
    private static final Set<String> INDICATORS_COLUMN = Set.of("noi dung", "noi dung chi tieu", "cac chi tieu", "chi tieu thi dua",
            "cac chi tieu thi dua", "ten chi tieu thi dua", "noi dung thi dua", "danh muc chi tieu", "cac noi dung");

    /**
     * In a long table of units and indicators with a column a year ("Đơn vị | Chỉ tiêu | Năm 2018 |
     * Năm 2019"): each year's column and its year; each figure is its column's year. Empty otherwise.
     */
    Map<Integer, Integer> valueYears = Map.of();

    /** Titles of a column that says what each row holds ("Nội dung: Kế hoạch, Thực hiện"): no column of the form, no warning. */
    private static final Set<String> PARTS_COLUMNS = Set.of("noi dung", "loai", "phan loai", "loai so lieu", "hang muc");

    /** Whether some indicator has a running total's column beside its result ("Trong năm | Lũy kế"). */
    boolean runningColumns;
    /** In a wide table whose indicators each head a column per association and their total ("Cộng"): each total's column, and theirs. */
    Map<Integer, List<Integer>> associationTotals = Map.of();
    /** In a table across whose units each head a column a year ("Ba Tri" over "2018 | 2019"): each column's year. */
    Map<Integer, Integer> columnYears = Map.of();

    private Header(Layout layout, int firstRow, int lastRow, Map<Role, Integer> columns,
            List<IndicatorColumns> indicators, List<Issue> issues) {
        this(layout, firstRow, lastRow, columns, indicators, issues, false);
    }

    private Header(Layout layout, int firstRow, int lastRow, Map<Role, Integer> columns,
            List<IndicatorColumns> indicators, List<Issue> issues, boolean refused) {
        this.refused = refused;
        this.layout = layout;
        this.firstRow = firstRow;
        this.lastRow = lastRow;
        this.columns = columns;
        this.indicators = indicators;
        this.issues = issues;
    }

    /**
     * The units' names stand in another column than the header says: under no title beside the
     * figures, or beside the numbers' column that "Đơn vị" heads (its numbering, then: {@code
     * ordinal}).
     */
    void unitsIn(int column, OptionalInt ordinal) {
        columns.put(Role.UNIT, column);
        ordinal.ifPresent(o -> columns.put(Role.ORDINAL, o));
        if (!titles.containsKey(column)) {
            titles = new TreeMap<>(titles);
            titles.put(column, ""); // said in the explanation as the units' column it is
        }
        java.util.Arrays.fill(found, null);
        parts = null;
        labels = null;
    }

    OptionalInt column(Role role) {
        OptionalInt known = found[role.ordinal()];
        if (known == null) {
            Integer column = columns.get(role);
            known = column == null ? OptionalInt.empty() : OptionalInt.of(column);
            found[role.ordinal()] = known;
        }
        return known;
    }

    /** {@link #column} by role, once asked: it is asked for on every row. */
    private final OptionalInt[] found = new OptionalInt[Role.values().length];

    /** The header among the rows, if any of them is one. */
    static Optional<Header> find(Plan plan, List<Row> rows, Location sheet) {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Optional<Row> next = i + 1 < rows.size() && rows.get(i + 1).number() == row.number() + 1
                    ? Optional.of(rows.get(i + 1)) : Optional.empty();
            Optional<Row> previous = i > 0 && rows.get(i - 1).number() == row.number() - 1
                    ? Optional.of(rows.get(i - 1)) : Optional.empty();
            Optional<Header> header = at(plan, seen(row), next, previous, sheet);
            if (header.isPresent()) {
                int below = header.get().lastRow + 1;
                rows.stream().filter(r -> r.number() == below).findFirst().ifPresent(r -> {
                    restated(plan, header.get(), r, sheet);
                    if (header.get().lastRow < below) {
                        continued(plan, header.get(), r);
                    }
                });
                return header;
            }
        }
        return Optional.empty();
    }

    /**
     * A row as the officer sees it: where it has no cell of its own, the text of a cell merged down
     * over it from a row above ("STT", "Đơn vị" merged down a header of three rows, beside its last).
     */
    private static Row seen(Row row) {
        if (row.mergedAbove().isEmpty()) {
            return row;
        }
        List<Cell> cells = new ArrayList<>(row.cells());
        row.mergedAbove().forEach((column, text) -> {
            if (!row.filled(column)) {
                cells.removeIf(cell -> cell.column() == column);
                cells.add(Cell.text(column, text));
            }
        });
        cells.sort(java.util.Comparator.comparingInt(Cell::column));
        return row.withCells(cells);
    }

    /**
     * A row under a wide table's header that names its indicators again by code, in their columns
     * ("Đa dạng sinh kế | Mái ấm tình thương" over "CT08 | CT09", as a header of three or four rows
     * has them): the header's last row, never a second table's header. A code under another
     * indicator's words is a contradiction, and neither is read from that column.
     */
    private static void restated(Plan plan, Header header, Row row, Location sheet) {
        if (header.layout != Layout.WIDE) {
            return;
        }
        Map<Integer, Indicator> named = new TreeMap<>();
        for (Cell cell : row.cells()) {
            String key = Names.key(cell.text());
            if (key.isEmpty()) {
                continue;
            }
            if (cell.kind() != Cell.Kind.TEXT || !IndicatorNames.of(plan).hasCode(key)) {
                return; // a unit's name, a number, a column's number ("A | B | 1 | 2"): no restatement
            }
            named.put(cell.column(), indicator(plan, key).orElseThrow());
        }
        List<IndicatorColumns> contradicted = new ArrayList<>();
        for (Map.Entry<Integer, Indicator> cell : named.entrySet()) {
            Optional<IndicatorColumns> above = header.indicators.stream()
                    .filter(c -> c.columns().anyMatch(column -> column == cell.getKey())).findFirst();
            if (above.isEmpty()) {
                return; // a code over no indicator's column: another table's header
            }
            if (!above.get().indicator().equals(cell.getValue())) {
                contradicted.add(above.get());
                header.issues.add(new Issue(Finding.CONTRADICTION, sheet.at(row.number(), Location.columnName(cell.getKey())),
                        Text.of("Cột ghi %s ở hàng trên nhưng mã %s ở hàng này: không rõ là chỉ tiêu nào, số liệu của cột không"
                                        + " được đọc. Sửa tên hoặc mã cho khớp",
                                "The column says %s in the row above but the code %s in this one: which indicator it is cannot"
                                        + " be told, so its figures are not read. Make the name and the code agree")
                                .format(above.get().indicator().code(), cell.getValue().code())));
            }
        }
        if (!named.isEmpty()) {
            header.indicators.removeAll(contradicted);
            header.lastRow = row.number();
        }
    }

    /**
     * A row under a wide table's header that goes on with its indicators' names, the words Excel
     * or the officer put on a second line ("Số hộ đăng ký | Mái ấm | Truyền thông" over "đề án 4190
     * | tình thương | khởi nghiệp"), each under an indicator's column and with it the same
     * indicator's name, or under a column of words no indicator's that with it name a count (said
     * unknown, it is that indicator's column now), nothing of another figure's, no unit's or association's name (a
     * section's title typed beside the units' column): the header's last row, never a row of figures with its unit
     * left out.
     */
    private static void continued(Plan plan, Header header, Row row) {
        if (header.layout != Layout.WIDE || row.cells().stream().allMatch(Cell::blank)) {
            return;
        }
        Map<Integer, String> joined = new TreeMap<>();
        List<IndicatorColumns> named = new ArrayList<>();
        for (Cell cell : row.cells()) {
            if (cell.blank()) {
                continue;
            }
            String title = header.titles.getOrDefault(cell.column(), "");
            String words = title + " " + cell.text();
            Optional<Indicator> under = header.indicators.stream()
                    .filter(c -> c.columns().anyMatch(column -> column == cell.column())).findFirst().map(IndicatorColumns::indicator);
            Optional<Indicator> now = named(plan, Names.key(words));
            boolean unknown = under.isEmpty() && !title.isBlank() && !header.columns.containsValue(cell.column())
                    && now.filter(i -> !i.isRate() && header.indicators.stream().noneMatch(c -> c.indicator().equals(i))
                            && named.stream().noneMatch(c -> c.indicator().equals(i))).isPresent();
            if (!under.isPresent() && !unknown || cell.kind() != Cell.Kind.TEXT || FIGURE_TEXT.matcher(cell.text()).matches()
                    || Part.ofText(cell.text()) != Part.OTHER || now.isEmpty() || under.isPresent() && !under.equals(now)
                    || !plan.unitNames().candidates(cell.text()).isEmpty() || associationColumn(plan, cell.text()).isPresent()
                    || QualifiedNames.of(now.get(), words).isPresent()) {
                return;
            }
            joined.put(cell.column(), shorten(words));
            if (unknown) {
                named.add(new IndicatorColumns(now.get(), OptionalInt.of(cell.column()), OptionalInt.empty(), OptionalInt.empty()));
            }
        }
        Map<Integer, String> titles = new TreeMap<>(header.titles);
        titles.putAll(joined);
        header.titles = titles;
        header.lastRow = row.number();
        for (IndicatorColumns column : named) {
            String letter = Location.columnName(column.value().getAsInt());
            header.issues.removeIf(issue -> issue.finding() == Finding.UNKNOWN_COLUMN && issue.location().column().equals(letter));
            header.indicators.add(column);
        }
    }

    /** The indicator a header's words name, by its code, its name, or its name written shorter. */
    private static Optional<Indicator> named(Plan plan, String key) {
        return indicator(plan, key).or(() -> IndicatorNames.of(plan).shortened(key));
    }

    /**
     * A header with an indicator column and a unit in each of at least two other columns: a table
     * with an indicator a row and a unit a column. Columns that are totals ("Tổng cộng", "Toàn
     * tỉnh") are checked against the units, never counted.
     */
    private static Optional<Header> across(Plan plan, Row row, Optional<Row> next, Optional<Row> band, Map<Role, Integer> roles,
            List<Integer> unknown, List<Issue> issues, Location sheet) {
        if (!roles.containsKey(Role.INDICATOR) || roles.containsKey(Role.UNIT)) {
            return Optional.empty();
        }
        Map<Integer, String> units = new TreeMap<>();
        Map<Integer, String> associations = new TreeMap<>();
        Set<Integer> totals = new HashSet<>();
        for (int column : unknown) {
            String text = row.text(column);
            String key = Names.key(text);
            List<vn.khlt.plan.ReportingUnit> found = TableReader.unitsNamed(plan, text); // "2/ Chợ Lách", "Thạnh Phú (1)"
            Optional<Clues.OwnedUnit> owned = found.isEmpty() ? Clues.ownedUnit(plan, text) : Optional.empty();
            if (found.size() == 1) {
                units.put(column, found.get(0).code());
            } else if (owned.isPresent()) {
                units.put(column, owned.get().unit()); // "Hội LHPN huyện Ba Tri": the unit, and its association
                associations.put(column, owned.get().association());
            } else if (totalWords(key)) {
                totals.add(column);
            }
        }
        boolean byAssociation = false;
        if (units.size() < 2 && associations.isEmpty() && next.isPresent()) {
            Optional<Header> grouped = unitsUnderAGroup(plan, row, next.get(), band, roles, issues, sheet);
            if (grouped.isPresent()) {
                return grouped; // "Tổng số | Chia ra" over "Ba Tri | Chợ Lách | …"
            }
        }
        if (units.size() < 2) {
            // a joint report's "Chỉ tiêu | Hội LHPN | Hội Nông dân | Hội CCB | Đoàn TN | Tổng cộng": an association a column
            units.clear();
            associations.clear();
            for (int column : unknown) {
                associationColumn(plan, row.text(column)).ifPresent(a -> units.put(column, a));
            }
            if (units.size() < 2) {
                return Optional.empty();
            }
            byAssociation = true;
        }
        Map<Integer, String> unclaimed = new TreeMap<>(); // "Mỏ Cày" (which of two?), "Xã An Hòa": said if they hold figures
        for (int column : unknown) {
            if (!units.containsKey(column) && !totals.contains(column)) {
                unclaimed.put(column, row.text(column));
            }
        }
        Optional<Row> parts = next.filter(below -> below.cells().stream().anyMatch(c -> c.column() >= units.keySet().iterator().next()
                && (c.kind() == Cell.Kind.TEXT && Part.of(Names.key(c.text())) != Part.OTHER || yearIn(c.text().strip()).isPresent())));
        Map<Integer, Integer> years = new TreeMap<>();
        boolean associationsBelow = false;
        if (parts.isEmpty() && !byAssociation && associations.isEmpty()) {
            // "Ba Tri" over "Hội LHPN | Hội Nông dân": each unit's associations, a column each
            parts = next.filter(below -> associationsUnderUnits(plan, units, totals, below, associations));
            associationsBelow = parts.isPresent();
            if (parts.isPresent()) {
                totals.clear(); // a total over several columns: which is its sum is not told
            }
        } else if (parts.isPresent()) {
            resultColumns(units, totals, parts.get(), years, issues, sheet);
        }
        int before = units.size();
        band.ifPresent(over -> notTheYearsOver(over, units, Text.of("của đơn vị này", "of this unit"), issues, sheet));
        if (units.size() < before) {
            totals.clear(); // the units left no longer add up to the total: it is not checked
        }
        Header header = new Header(Layout.ACROSS, row.number(), parts.map(Row::number).orElse(row.number()), roles, List.of(),
                issues);
        header.unitColumns = units;
        header.unitsAssociations = associations;
        header.unitsAssociationsRow = associationsBelow ? parts.get().number() : row.number();
        header.across = byAssociation ? Across.ASSOCIATIONS : Across.UNITS;
        header.unclaimedColumns = unclaimed;
        header.totalColumns = totals;
        header.columnYears = years;
        header.titles = titles(Optional.empty(), row, parts);
        return Optional.of(header);
    }

    /**
     * A table across whose units are named on the row below a group's title ("Chỉ tiêu | ĐVT | Tổng số |
     * Chia ra", then "Ba Tri | Chợ Lách | Giồng Trôm" under "Chia ra"): each named column a unit's, a
     * total's title over a blank below ("Tổng số") their total, checked and not counted. Only when
     * every word under the group names one unit (or a total); else none.
     */
    private static Optional<Header> unitsUnderAGroup(Plan plan, Row row, Row below, Optional<Row> band, Map<Role, Integer> roles,
            List<Issue> issues, Location sheet) {
        OptionalInt group = row.cells().stream().filter(c -> c.kind() == Cell.Kind.TEXT && Part.of(Names.key(c.text())) == Part.BREAKDOWN)
                .mapToInt(Cell::column).min();
        if (group.isEmpty() || group.getAsInt() <= roles.get(Role.INDICATOR)) {
            return Optional.empty();
        }
        Map<Integer, String> units = new TreeMap<>();
        Set<Integer> totals = new HashSet<>();
        for (Cell cell : below.cells()) {
            if (cell.blank()) {
                continue;
            }
            if (cell.column() < group.getAsInt() || cell.kind() != Cell.Kind.TEXT) {
                return Optional.empty(); // words under the indicators' titles, or a number: no units' row
            }
            List<vn.khlt.plan.ReportingUnit> found = plan.unitNames().candidates(cell.text());
            if (found.size() == 1) {
                units.put(cell.column(), found.get(0).code());
            } else if (totalWords(Names.key(cell.text()))) {
                totals.add(cell.column());
            } else {
                return Optional.empty(); // a word that names no one unit: not a units' row
            }
        }
        if (units.size() < 2) {
            return Optional.empty();
        }
        for (Cell cell : row.cells()) {
            String key = Names.key(cell.text());
            if (cell.column() > roles.get(Role.INDICATOR) && !cell.blank() && below.at(cell.column()) == null
                    && (totalWords(key) || key.equals("tong so"))) {
                totals.add(cell.column()); // "Tổng số" over a blank beside "Chia ra": the units' total
            }
        }
        band.ifPresent(over -> notTheYearsOver(over, units, Text.of("của đơn vị này", "of this unit"), issues, sheet));
        Header header = new Header(Layout.ACROSS, row.number(), below.number(), roles, List.of(), issues);
        header.unitColumns = units; // across the units, no association's, unclaimed or year's column: as a header starts
        header.totalColumns = totals;
        header.titles = titles(Optional.empty(), row, Optional.of(below));
        return Optional.of(header);
    }

    /**
     * Whether the row under a table across's units names an association in every column under each
     * unit ("Ba Tri" over "Hội LHPN | Hội Nông dân", "Chợ Lách" over them again; a unit's "Tổng" beside
     * them is their sum, not read), each once a unit:
     * then each column is its unit's figure of its association ({@code units} and {@code associations}
     * made so). Else nothing is changed.
     */
    private static boolean associationsUnderUnits(Plan plan, Map<Integer, String> units, Set<Integer> totals, Row below,
            Map<Integer, String> associations) {
        TreeMap<Integer, String> heads = new TreeMap<>(units);
        totals.forEach(column -> heads.put(column, ""));
        Map<Integer, String> byColumn = new TreeMap<>();
        Map<Integer, String> association = new TreeMap<>();
        for (Map.Entry<Integer, String> head : heads.entrySet()) {
            Integer end = heads.higherKey(head.getKey());
            Set<String> seen = new HashSet<>();
            for (Cell cell : below.cells()) {
                if (cell.blank() || cell.column() < head.getKey() || end != null && cell.column() >= end) {
                    continue;
                }
                if (!head.getValue().isEmpty() && totalWords(Names.key(cell.text()))) {
                    continue; // "Ba Tri" over "Tổng | Hội LHPN | Hội Nông dân": the unit's associations together, not read
                }
                Optional<String> named = associationColumn(plan, cell.text());
                if (named.isEmpty() || !seen.add(named.get())) {
                    return false;
                }
                if (!head.getValue().isEmpty()) {
                    byColumn.put(cell.column(), head.getValue());
                    association.put(cell.column(), named.get());
                }
            }
            if (seen.isEmpty()) {
                return false;
            }
        }
        units.clear();
        units.putAll(byColumn);
        associations.putAll(association);
        return true;
    }

    /**
     * A table across whose units each head several columns, named in the row below ("Ba Tri" over
     * "Kế hoạch | Thực hiện"): each unit's figure is its one result column; a unit without exactly
     * one is refused ({@code ambiguous-column}), and the totals, whose columns are not told apart,
     * are not checked.
     */
    private static void resultColumns(Map<Integer, String> units, Set<Integer> totals, Row parts, Map<Integer, Integer> years,
            List<Issue> issues, Location sheet) {
        TreeMap<Integer, Boolean> heads = new TreeMap<>();
        units.keySet().forEach(column -> heads.put(column, true));
        totals.forEach(column -> heads.put(column, false));
        Map<Integer, String> results = new TreeMap<>();
        for (Map.Entry<Integer, Boolean> head : heads.entrySet()) {
            if (!head.getValue()) {
                continue;
            }
            Integer end = heads.higherKey(head.getKey());
            Map<Integer, Part> under = new TreeMap<>();
            Map<Integer, String> texts = new TreeMap<>();
            for (Cell cell : parts.cells()) {
                if (cell.column() >= head.getKey() && (end == null || cell.column() < end) && !cell.blank()) {
                    under.put(cell.column(), Part.ofText(cell.text()));
                    texts.put(cell.column(), cell.text().strip());
                }
            }
            Map<Integer, Integer> yearOf = new TreeMap<>();
            under.forEach((column, part) -> {
                OptionalInt year = part == Part.OTHER || part == Part.RESULT ? yearIn(texts.get(column)) : OptionalInt.empty();
                year.ifPresent(y -> yearOf.put(column, y)); // not "So với năm 2018": a comparison names a year too
            });
            if (!under.isEmpty() && yearOf.size() == under.size() && new HashSet<>(yearOf.values()).size() == yearOf.size()) {
                yearOf.forEach((column, year) -> results.put(column, units.get(head.getKey())));
                years.putAll(yearOf); // a column a year: each figure is its column's year
                continue;
            }
            theYearsColumn(under, texts);
            List<Integer> result = with(under, Part.RESULT);
            if (result.size() == 1) {
                results.put(result.get(0), units.get(head.getKey()));
                yearIn(texts.get(result.get(0))).ifPresent(year -> years.put(result.get(0), year)); // "Năm 2018 | So với năm 2017"
                continue;
            }
            String range = Location.columnName(head.getKey()) + (end == null ? "" : ":" + Location.columnName(end - 1));
            issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, sheet.at(parts.number(), Location.columnName(head.getKey())), Text.of(
                    "Không rõ cột nào là kết quả của đơn vị ở cột %s (%s): số liệu của đơn vị này không được đọc từ bảng. Ghi"
                            + " 'Thực hiện' vào tiêu đề cột kết quả, hoặc chỉ để một cột cho đơn vị",
                    "Which column of the unit in %s is its result cannot be told (%s): nothing of this unit is read from the"
                            + " table. Head the result column 'Thực hiện', or give the unit one column")
                    .format(range, Text.of(describe(under, Lang.VI), describe(under, Lang.EN)))));
        }
        units.clear();
        units.putAll(results);
        totals.clear();
    }

    /** How a column's title joins the words of its header's rows, top first: "Chợ Lách (**) / Thực hiện". */
    static final String TITLE_ROWS = " / ";

    /** A column's title's words, a header's row each, top first ({@link #TITLE_ROWS}). */
    static String[] titleRows(String title) {
        return title.split(TITLE_ROWS);
    }

    /** Each column's header text, its rows joined: {@code CT08 - Hộ đăng ký / Thực hiện}. */
    private static Map<Integer, String> titles(Optional<Row> above, Row row, Optional<Row> below) {
        Map<Integer, String> titles = new TreeMap<>();
        for (Row r : List.of(above, Optional.of(row), below).stream().flatMap(Optional::stream).toList()) {
            for (Cell cell : r.cells()) {
                if (!cell.blank()) {
                    titles.merge(cell.column(), shorten(cell.text()), (a, b) -> a + TITLE_ROWS + b);
                }
            }
        }
        return titles;
    }

    /** What kind of table this is, as {@code khlt inspect --explain} says it. */
    Text kind() {
        return switch (layout) {
            case LONG -> Text.of("bảng dọc: mỗi dòng một số liệu", "long: a figure a row");
            case WIDE -> Text.of("bảng ngang: mỗi dòng một đơn vị, mỗi chỉ tiêu một cột", "wide: a unit a row, an indicator a column");
            case ACROSS -> switch (across) {
                case ASSOCIATIONS -> Text.of("bảng ngang theo đoàn thể: mỗi dòng một chỉ tiêu, mỗi đoàn thể một cột",
                        "across: an indicator a row, an association a column");
                case YEARS -> Text.of("bảng ngang theo năm: mỗi dòng một chỉ tiêu, mỗi năm một cột",
                        "across: an indicator a row, a year a column");
                case UNITS -> Text.of("bảng ngang theo đơn vị: mỗi dòng một chỉ tiêu, mỗi đơn vị một cột",
                        "across: an indicator a row, a unit a column");
            };
        };
    }

    /** What each column holds, and the header that says so: for {@code khlt inspect --explain}. */
    List<Text> describe() {
        Map<Integer, Text> what = new TreeMap<>();
        columns.forEach((role, column) -> what.put(column, roleText(role)));
        for (IndicatorColumns c : indicators) {
            String whose = c.association().map(a -> ", " + a).orElse(""); // "CT08" under "Hội LHPN": HLHPN's
            String name = c.indicator().code() + " (" + c.indicator().label().vi() + ")" + whose;
            String nameEn = c.indicator().code() + " (" + c.indicator().label().en() + ")" + whose;
            c.value().ifPresent(v -> what.put(v, Text.of(name + ": số liệu", nameEn + ": the figure")));
            c.numerator().ifPresent(v -> what.put(v, Text.of(name + ": tử số", nameEn + ": numerator")));
            c.denominator().ifPresent(v -> what.put(v, Text.of(name + ": mẫu số", nameEn + ": denominator")));
        }
        unitColumns.forEach((column, owner) -> what.put(column, switch (across) {
            case ASSOCIATIONS -> Text.of("đoàn thể " + owner, "association " + owner);
            case YEARS -> Text.of("số liệu năm " + owner, "the figures of " + owner);
            case UNITS -> { // "Ba Tri" over "2018 | 2019" or "Hội LHPN | Hội Nông dân", "Năm 2018" over the units
                String also = (unitsAssociations.containsKey(column) ? ", " + unitsAssociations.get(column) : "");
                yield columnYears.containsKey(column)
                        ? Text.of("đơn vị " + owner + also + ", năm " + columnYears.get(column),
                                "unit " + owner + also + ", " + columnYears.get(column))
                        : Text.of("đơn vị " + owner + also, "unit " + owner + also);
            }
        }));
        totalColumns.forEach(column -> what.put(column, Text.of("cột tổng, không tính", "a total column, not counted")));
        valueYears.forEach((column, year) -> what.put(column, Text.of("số liệu năm " + year, "the figures of " + year)));
        List<Text> lines = new ArrayList<>();
        titles.forEach((column, title) -> {
            Text held = what.getOrDefault(column, Text.of("không đọc", "not read"));
            lines.add(Text.of(Location.columnName(column) + " '" + title + "': " + held.vi(),
                    Location.columnName(column) + " '" + title + "': " + held.en()));
        });
        return lines;
    }

    private static Text roleText(Role role) {
        return switch (role) {
            case ASSOCIATION -> Text.of("đoàn thể", "association");
            case UNIT -> Text.of("đơn vị", "unit");
            case YEAR -> Text.of("năm", "year");
            case INDICATOR -> Text.of("chỉ tiêu", "indicator");
            case VALUE -> Text.of("giá trị", "value");
            case NUMERATOR -> Text.of("tử số", "numerator");
            case DENOMINATOR -> Text.of("mẫu số", "denominator");
            case NOTE -> Text.of("ghi chú, không đọc", "note, not read");
            case DAY -> Text.of("ngày của dòng: ngày trước khi hết năm thì dòng không được tính",
                    "the row's day: a row dated before its year was over is not counted");
            case ORDINAL -> Text.of("số thứ tự, không đọc", "row number, not read");
            case PERIOD -> Text.of("kỳ của dòng: dòng ghi một phần năm không được tính", "the row's period: a row of part of the year is not counted");
            case SOURCE -> Text.of("nguồn, không đọc", "source, not read");
            case NAMES -> Text.of("tên chỉ tiêu, đối chiếu với mã", "the indicators' names, held against their codes");
            case UNIT_NAMES -> Text.of("tên đơn vị, đối chiếu với cột đơn vị", "the units' names, held against the units' column");
        };
    }

    /** The parts of an indicator's figures that only an indicator over them makes one ("Thực hiện", "Tổng số", "Tử số"). */
    private static final Set<Part> UNDER_AN_INDICATOR = Set.of(Part.RESULT, Part.NUMERATOR, Part.DENOMINATOR, Part.BREAKDOWN,
            Part.PART_OF_YEAR);

    /** A column's titles that name the year's column alone, and each row's period beside one ("Năm | Kỳ báo cáo"). */
    private static final Set<String> PERIOD_OR_YEAR = Set.of("ky bao cao");

    /** Whether a column's title (as a key) names the year's column or each row's period ("Kỳ báo cáo"). */
    static boolean periodOrYear(String key) {
        return PERIOD_OR_YEAR.contains(key);
    }

    /** The columns of a long table's figures: one of each, or the table cannot be read. */
    private static final Set<Role> FIGURES = Set.of(Role.VALUE, Role.NUMERATOR, Role.DENOMINATOR);

    private static Text roleLabel(Role role) {
        return switch (role) {
            case NUMERATOR -> Text.of("tử số", "numerator");
            case DENOMINATOR -> Text.of("mẫu số", "denominator");
            default -> Text.of("giá trị", "value");
        };
    }

    /**
     * The first cell of a second header row under a long table's figures' column (its indicator
     * cell blank, words or a year from that column on): the column is split, as the row under a
     * merged "Thực hiện" says ("Số lượng | Tỷ lệ %").
     */
    private static Optional<Cell> splitBelow(Map<Role, Integer> roles, Optional<Row> next) {
        int first = FIGURES.stream().map(roles::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).min()
                .orElse(Integer.MAX_VALUE);
        return next.filter(below -> below.text(roles.get(Role.INDICATOR)).isBlank()).stream()
                .flatMap(below -> below.cells().stream())
                .filter(cell -> cell.column() >= first && headerWords(cell))
                .findFirst();
    }

    /** A cell of a header's second row: words, or a year (typed as a number, or as text in a CSV), not a figure. */
    static boolean headerWords(Cell cell) {
        return wordsOrYear(cell) && (cell.kind() != Cell.Kind.TEXT || !FIGURE_TEXT.matcher(cell.text()).matches()
                || YearsAcross.yearOf(cell).isPresent());
    }

    /** A CSV cell's text that is a figure ("14", "1.240", "85%"), not a header's words. */
    private static final java.util.regex.Pattern FIGURE_TEXT = java.util.regex.Pattern.compile("\\s*[-+]?[\\d.,\\s]*\\d[\\d.,\\s]*%?\\s*");

    /** The roles a header row over two lines may hold in its first line, merged down over the second. */
    private static final Set<Role> ABOVE = Set.of(Role.UNIT, Role.ORDINAL, Role.ASSOCIATION, Role.YEAR, Role.NOTE);

    private static Issue unknownColumn(Row row, int column, Location sheet) {
        return new Issue(Finding.UNKNOWN_COLUMN, sheet.at(row.number(), Location.columnName(column)), Text.of(
                "Cột '%s' không thuộc mẫu báo cáo nên bị bỏ qua; nếu đó là một chỉ tiêu, ghi mã chỉ tiêu (ví dụ CT08) vào tiêu đề cột",
                "Column '%s' is not part of the report form and is ignored; if it is an indicator, put its code (such as CT08) in the header")
                .format(shorten(row.text(column))));
    }

    /**
     * One unit's report with a column a year ({@link YearsAcross}): a table across whose owners are
     * years. A band right above that names a plan, a running total or part of the year refuses the
     * columns under it; a column of other words is said not read.
     */
    private static Optional<Header> acrossByYear(Plan plan, Row row, Optional<Row> next, Optional<Row> band, Location sheet) {
        Optional<YearsAcross.Found> found = YearsAcross.find(row, next);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<Header> byUnits = unitsUnderYears(plan, row, next, found.get());
        if (byUnits.isPresent()) {
            return byUnits;
        }
        List<Issue> issues = new ArrayList<>();
        Map<Integer, String> years = new TreeMap<>();
        found.get().years().forEach((column, year) -> years.put(column, String.valueOf(year)));
        for (Cell cell : row.cells()) {
            int column = cell.column();
            if (cell.kind() == Cell.Kind.TEXT && !cell.blank() && YearsAcross.yearOf(cell).isEmpty()
                    && Role.of(Names.key(cell.text())).isEmpty() && !found.get().totals().contains(column)
                    && !found.get().roles().containsValue(column) && Part.ofText(cell.text()) == Part.OTHER
                    && !PARTS_COLUMNS.contains(Names.key(cell.text()))) {
                issues.add(unknownColumn(row, column, sheet));
            }
        }
        partOfAYearBeside(row, found.get().years(), found.get().roles(), sheet, issues); // "2018 | 6 tháng 2019"
        int lastRow = found.get().lastRow();
        found.get().unclear().forEach((column, under) -> issues.add(new Issue(Finding.AMBIGUOUS_COLUMN,
                sheet.at(lastRow, Location.columnName(column)), Text.of(
                "Không rõ cột nào là kết quả của '%s' (%s): số liệu năm này không được đọc từ bảng. Ghi 'Thực hiện' vào"
                        + " tiêu đề cột kết quả",
                "Which column of '%s' is its result cannot be told (%s): nothing of that year is read from the table."
                        + " Head the result column 'Thực hiện'")
                .format(shorten(row.text(column)), Text.of(describe(under, Lang.VI), describe(under, Lang.EN))))));
        Set<Integer> totals = new HashSet<>(found.get().totals());
        band.ifPresent(over -> notTheYearsOver(over, years, Text.of("của năm này", "of this year"), issues, sheet));
        if (years.size() < found.get().years().size()) {
            totals.clear(); // the years left no longer add up to the total: it is not checked
        }
        Header header = new Header(Layout.ACROSS, row.number(), lastRow, found.get().roles(), List.of(), issues);
        header.unitColumns = years;
        header.across = Across.YEARS;
        header.totalColumns = totals;
        header.columnYears = found.get().years();
        header.titles = titles(Optional.empty(), row, next.filter(n -> n.number() == lastRow));
        return Optional.of(header);
    }

    /**
     * A table across whose years each head the units' columns ("Năm 2018" over "Ba Tri | Chợ Lách",
     * "Năm 2019" over them again): each column is its unit's figure of the year above it. Only when
     * every column under every year names one unit of the plan, each once a year; empty otherwise
     * (a year over "KH | TH" is one unit's report).
     */
    private static Optional<Header> unitsUnderYears(Plan plan, Row row, Optional<Row> next, YearsAcross.Found found) {
        if (!found.years().isEmpty() || found.unclear().isEmpty() || next.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, String> units = new TreeMap<>();
        Map<Integer, Integer> years = new TreeMap<>();
        for (Map.Entry<Integer, Map<Integer, Part>> year : found.unclear().entrySet()) {
            OptionalInt named = row.cell(year.getKey()).map(YearsAcross::yearOf).orElse(OptionalInt.empty());
            Set<String> seen = new HashSet<>();
            for (int column : year.getValue().keySet()) {
                List<vn.khlt.plan.ReportingUnit> unit = plan.unitNames().candidates(next.get().text(column));
                if (named.isEmpty() || unit.size() != 1 || !seen.add(unit.get(0).code())) {
                    return Optional.empty();
                }
                units.put(column, unit.get(0).code());
                years.put(column, named.getAsInt());
            }
        }
        if (new HashSet<>(units.values()).size() < 2) {
            return Optional.empty();
        }
        Header header = new Header(Layout.ACROSS, row.number(), next.get().number(), found.roles(), List.of(), new ArrayList<>());
        header.unitColumns = units;
        header.across = Across.UNITS;
        header.columnYears = years;
        header.titles = titles(Optional.empty(), row, next);
        return Optional.of(header);
    }

    private static Optional<Header> at(Plan plan, Row row, Optional<Row> next, Optional<Row> previous, Location sheet) {
        Optional<Header> byYear = acrossByYear(plan, row, next, previous, sheet);
        if (byYear.isPresent()) {
            return byYear;
        }
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        Map<Integer, Indicator> indicatorCells = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        // "Kết quả", "Tổng số hộ": a figure's words that, beside the indicators rather than under one, say no indicator
        List<Integer> figuresOfNone = new ArrayList<>();
        Map<Role, List<Integer>> twice = new EnumMap<>(Role.class);
        Map<Integer, Integer> valueYears = YearsAcross.besideUnits(row);
        for (Cell cell : row.cells()) {
            if (valueYears.containsKey(cell.column())) {
                continue; // "Năm 2018 | Năm 2019" beside "Đơn vị | Chỉ tiêu": a long table's figures, a column a year
            }
            String key = Names.key(cell.text());
            if (key.isEmpty() || cell.kind() == Cell.Kind.NUMBER) {
                continue;
            }
            // "CT08.1": an item under CT08, not CT08
            Optional<Indicator> indicator = IndicatorNames.of(plan).part(cell.text()) ? Optional.empty() : indicator(plan, key);
            Optional<Issue> against = indicator.flatMap(i -> codeAgainstName(plan, i, cell.text(),
                    sheet.at(row.number(), Location.columnName(cell.column()))));
            if (against.isPresent()) {
                issues.add(against.get()); // "CT08 - Mái ấm tình thương": the column is neither's
                continue;
            }
            if (indicator.isPresent()) {
                indicatorCells.put(cell.column(), indicator.get());
                continue;
            }
            if (plan.associationNames().find(cell.text()).isPresent()) {
                unknown.add(cell.column()); // "Hội Nông dân": an association's own column, as a joint report has one each
                continue;
            }
            Optional<Role> role = Role.of(key);
            if (role.isPresent() && ACHIEVED.contains(key) && cell.text().contains("%")) {
                role = Optional.empty(); // "Đạt %", "Đạt (%)": a ratio to the plan, never the result
            }
            if (role.isPresent() && role.get() == Role.YEAR && roles.containsKey(Role.YEAR)) {
                // "Năm | Kỳ báo cáo", either way round: the year's column, and the period's of each row
                int other = roles.get(Role.YEAR);
                boolean periodHere = PERIOD_OR_YEAR.contains(key);
                if (periodHere != PERIOD_OR_YEAR.contains(Names.key(row.text(other))) && !roles.containsKey(Role.PERIOD)) {
                    roles.put(Role.PERIOD, periodHere ? cell.column() : other);
                    roles.put(Role.YEAR, periodHere ? other : cell.column());
                    continue;
                }
            }
            if (role.isPresent()) {
                Integer first = roles.putIfAbsent(role.get(), cell.column());
                if (first != null && FIGURES.contains(role.get())) {
                    twice.computeIfAbsent(role.get(), r -> new ArrayList<>(List.of(first))).add(cell.column());
                } else if (first != null && role.get() == Role.INDICATOR && !roles.containsKey(Role.NAMES)) {
                    roles.put(Role.NAMES, cell.column()); // "Mã số | Tên chỉ tiêu": the codes, and their names
                } else if (first != null && role.get() == Role.UNIT && !roles.containsKey(Role.UNIT_NAMES)) {
                    roles.put(Role.UNIT_NAMES, cell.column()); // "Mã đơn vị | Tên đơn vị": the codes, and their names
                } else if (first != null && role.get() != Role.SOURCE) {
                    issues.add(duplicateColumn(sheet.at(row.number(), Location.columnName(cell.column())), cell.text()));
                }
            } else {
                Part part = Part.of(key);
                // "Số hộ đăng ký Đề án 4190": CT08's name, shortened; never a unit's name or a total's ("Toàn tỉnh")
                Optional<Indicator> shortened = part == Part.OTHER && !totalWords(key)
                        ? IndicatorNames.of(plan).shortened(key).filter(i -> plan.unitNames().candidates(cell.text()).isEmpty())
                        : Optional.empty();
                if (shortened.isPresent()) {
                    indicatorCells.put(cell.column(), shortened.get());
                } else if (part == Part.OTHER) {
                    unknown.add(cell.column());
                } else if (UNDER_AN_INDICATOR.contains(part)) {
                    figuresOfNone.add(cell.column());
                } // a plan's figure, a ratio, a unit of measure beside the indicators: known, and not read
            }
        }
        if (!roles.containsKey(Role.INDICATOR) && indicatorCells.isEmpty()) {
            // "Nội dung", "Các chỉ tiêu" over one unit's indicators: their column, when no other is
            unknown.stream().filter(column -> INDICATORS_COLUMN.contains(Names.key(row.text(column)))).findFirst()
                    .ifPresent(column -> {
                        roles.put(Role.INDICATOR, column);
                        unknown.remove(column);
                    });
        }
        if (!valueYears.isEmpty() && (FIGURES.stream().anyMatch(roles::containsKey) || roles.containsKey(Role.YEAR))) {
            valueYears.keySet().forEach(unknown::add); // beside a figures' or a year's column of their own: not years' figures
            unknown.sort(null);
            valueYears = Map.of();
        }
        if (!valueYears.isEmpty()) {
            roles.put(Role.VALUE, valueYears.keySet().iterator().next()); // the first year's: where a row's figures begin
        }
        achievedBeside(row, roles, twice, unknown);
        boolean isLong = roles.containsKey(Role.INDICATOR)
                && (roles.containsKey(Role.VALUE) || roles.containsKey(Role.NUMERATOR));
        boolean isWide = !indicatorCells.isEmpty()
                && (roles.containsKey(Role.UNIT) || new java.util.HashSet<>(indicatorCells.values()).size() >= 2);
        if (!isLong && !isWide) {
            return across(plan, row, next, previous.filter(p -> p.number() == row.number() - 1), roles, unknown, issues, sheet);
        }
        if (!isLong) {
            // a long table's value column beside a wide table's indicators is a figure of no indicator: said, not passed over
            FIGURES.stream().map(roles::get).filter(java.util.Objects::nonNull).forEach(figuresOfNone::add);
            unknown.addAll(figuresOfNone);
            unknown.sort(null);
        }
        for (int column : unknown) {
            if (PARTS_COLUMNS.contains(Names.key(row.text(column)))) {
                continue; // "Nội dung: Kế hoạch / Thực hiện": what each row holds, which the reader reads row by row
            }
            issues.add(unknownColumn(row, column, sheet));
        }
        if (isLong) {
            theYearsOwn(row, roles, twice);
        }
        if (isLong && !twice.isEmpty()) {
            // "Thực hiện 2018 | Thực hiện 2019": which column is the year's figure? Refused, never the first taken
            twice.forEach((role, columns) -> issues.add(new Issue(Finding.AMBIGUOUS_COLUMN,
                    sheet.at(row.number(), Location.columnName(columns.get(1))), Text.of(
                    "Hai cột cùng là %s (%s và %s): không rõ cột nào là số liệu, nên bảng này không được đọc. Để một"
                            + " cột cho mỗi loại số liệu, hoặc tách mỗi năm ra một bảng",
                    "Two columns are both the %s (%s and %s): which one is the figure cannot be told, so this table is"
                            + " not read. Give each kind of figure one column, or each year a table of its own")
                    .format(roleLabel(role), Location.columnName(columns.get(0)), Location.columnName(columns.get(1))))));
            return Optional.of(new Header(Layout.LONG, row.number(), row.number(), roles, List.of(), issues, true));
        }
        if (isLong) {
            for (Role figure : List.of(Role.VALUE, Role.NUMERATOR, Role.DENOMINATOR)) {
                Integer column = roles.get(figure);
                Part says = column == null ? null : notTheYears(row.text(column));
                if (says != null) {
                    // "Thực hiện 6 tháng đầu năm", "Giá trị (lũy kế)": a long table's figures that are not the year's
                    issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, sheet.at(row.number(), Location.columnName(column)), Text.of(
                            "Cột '%s' là %s, không phải kết quả của năm: bảng này không được đọc. Gửi số liệu cả năm, ghi"
                                    + " 'Thực hiện' hoặc 'Giá trị' vào tiêu đề cột",
                            "Column '%s' is the %s, not the year's result: this table is not read. Send the year's figures,"
                                    + " headed 'Thực hiện' or 'Giá trị'").format(shorten(row.text(column)), says.label())));
                    return Optional.of(new Header(Layout.LONG, row.number(), row.number(), roles, List.of(), issues, true));
                }
            }
            Optional<Cell> split = splitBelow(roles, next);
            if (split.isPresent()) {
                // "Thực hiện" over "Số lượng | Tỷ lệ %", or over "Năm 2018 | Năm 2019 (ước)": which column is the figure?
                Location at = sheet.at(next.get().number(), Location.columnName(split.get().column()));
                issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, at, Text.of(
                        "Cột số liệu được chia thành nhiều cột ở hàng dưới ('%s'…): không rõ cột nào là kết quả của năm, nên"
                                + " bảng này không được đọc. Để một cột 'Thực hiện' cho số liệu, hoặc mỗi năm một cột ghi 'Năm 2019'",
                        "The figures' column is split into several in the row below ('%s'…): which one is the year's result cannot"
                                + " be told, so this table is not read. Give the figures one 'Thực hiện' column, or each year a"
                                + " column headed 'Năm 2019'").format(shorten(split.get().text()))));
                return Optional.of(new Header(Layout.LONG, row.number(), row.number(), roles, List.of(), issues, true));
            }
            partOfAYearBeside(row, valueYears, roles, sheet, issues);
            Header header = new Header(Layout.LONG, row.number(), row.number(), roles, List.of(), issues);
            header.titles = titles(Optional.empty(), row, Optional.empty());
            header.valueYears = valueYears;
            // "Trong năm | Lũy kế": the running total's column beside the year's, which is read
            header.runningColumns = row.cells().stream().anyMatch(c -> !roles.containsValue(c.column())
                    && Part.of(Names.key(c.text())) == Part.RUNNING_TOTAL);
            return Optional.of(header);
        }
        // the indicators' line of a header over two lines, whose first line ("STT | Đơn vị | Chỉ tiêu")
        // holds the unit's column, merged down over this one
        int firstRow = row.number();
        if (!roles.containsKey(Role.UNIT) && previous.isPresent()) {
            for (Cell cell : previous.get().cells()) {
                Optional<Role> role = Role.of(Names.key(cell.text()));
                if (role.isPresent() && ABOVE.contains(role.get()) && row.text(cell.column()).isEmpty()
                        && roles.putIfAbsent(role.get(), cell.column()) == null) {
                    firstRow = previous.get().number();
                }
            }
        }
        Header header = wide(plan, row, next, previous.filter(p -> p.number() == row.number() - 1), roles, indicatorCells, issues,
                sheet);
        Header found = firstRow == row.number() ? header
                : new Header(Layout.WIDE, firstRow, header.lastRow, header.columns, header.indicators, header.issues);
        int top = firstRow;
        found.titles = titles(previous.filter(p -> p.number() == top), row,
                next.filter(n -> n.number() == header.lastRow));
        return Optional.of(found);
    }

    /**
     * What a column under (or beside) an indicator's header holds: the figure itself, or what
     * offices put beside it (the plan's figure, a ratio, a running total, a note). Only the
     * result is a figure.
     */
    enum Part {
        NUMERATOR, DENOMINATOR, RESULT, PLAN, RATIO, RUNNING_TOTAL,
        /** The units' average: "Bình quân", "Trung bình". */
        AVERAGE,
        /** A unit of measure of another kind than the indicator counts: "Số tiền", "CT09 (triệu đồng)". */
        OTHER_MEASURE,
        /** The same figure for an earlier period: "Cùng kỳ năm trước", "Thực hiện năm trước". */
        PREVIOUS,
        /** A result for part of the year: "Thực hiện 6 tháng", "TH quý III". */
        PART_OF_YEAR,
        /** A share of the figure: "Trong đó: mới", "Chia ra: nữ". */
        BREAKDOWN,
        /** The rest of the whole, those not counted: "Số hộ chưa có", "Chưa đạt", "Không đạt", "Còn lại". */
        REST,
        /**
         * Another kind of what the indicator counts, which the plan's figure is not: communes of the
         * advanced or model new-rural standard ("NTM nâng cao", "NTM kiểu mẫu"), houses repaired ("Sửa chữa")
         * or only begun ("Khởi công", "Đang xây dựng").
         */
        OTHER_KIND,
        NOTE, MEASURE_UNIT, OTHER;

        /** A unit of measure's column or row, as {@link Names#key} writes its title: "ĐVT", "Đơn vị tính", "ĐV tính", "Đ.V.T". */
        static final List<String> MEASURE_TITLES = List.of("dvt", "don vi tinh", "dv tinh", "d v t");

        /** Whether a title (as a key) heads the units of measure: "ĐVT", "Đơn vị tính". */
        static boolean measureTitle(String key) {
            return MEASURE_TITLES.contains(key);
        }

        /** Words of each part, as {@link Names#key} writes them; ratios first: "so với kế hoạch" is a ratio. */
        private static final List<Map.Entry<Part, List<String>>> WORDS = List.of(
                Map.entry(RATIO, List.of("ty le", "tl", "so voi", "so sanh", "so cung ky", "dat ty le", "phan tram")),
                Map.entry(RUNNING_TOTAL, List.of("luy ke", "cong don", "tu dau ky", "tu dau nam", "tinh den")),
                Map.entry(AVERAGE, List.of("binh quan", "trung binh", "so binh quan")),
                Map.entry(PREVIOUS, List.of("cung ky", "nam truoc", "ky truoc")),
                // "Dự kiến (thực hiện)", "Phấn đấu": what is to be done; "Đăng ký" alone is PLEDGE's
                Map.entry(PLAN, List.of("ke hoach", "kh", "chi tieu giao", "chi tieu", "muc tieu", "giao", "du kien", "phan dau")),
                Map.entry(BREAKDOWN, List.of("trong do", "chia ra", "bao gom", "rieng", "gom")),
                Map.entry(RESULT, List.of("thuc hien", "th", "ket qua", "dat", "uoc thuc hien", "uoc th",
                        "so luong", "sl", "trong nam", "nam nay", "ky nay", "tong so", "ca nam", "da thuc hien", "so thuc hien",
                        "thuc te")),
                Map.entry(NOTE, List.of("ghi chu", "note")),
                Map.entry(MEASURE_UNIT, MEASURE_TITLES));

        /** What a header cell's words say, a percent sign a ratio ("%", "Đạt %"), unless it names a numerator or denominator. */
        static Part ofText(String text) {
            Part part = of(Names.key(text));
            return text.contains("%") && part != NUMERATOR && part != DENOMINATOR ? RATIO : part;
        }

        static Part of(String key) {
            String padded = " " + key + " ";
            if (padded.contains(" tu so ") || padded.contains(" numerator ")) {
                return NUMERATOR;
            }
            if (padded.contains(" mau so ") || padded.contains(" denominator ")) {
                return DENOMINATOR;
            }
            if (BY_NUMBER.matcher(key).find()) {
                return OTHER; // "Chỉ tiêu 9": an indicator by an office's own numbering, not a plan's figure
            }
            if (compared(padded)) {
                return RATIO; // "Tăng/giảm so năm 2018", "TH so với KH": set against another figure, whatever year it names
            }
            if (runningTotal(padded)) {
                return RUNNING_TOTAL; // "Từ 2016 đến nay", "Tổng số từ năm 2016": counted over several years
            }
            if (OTHER_KIND_WORDS.matcher(key).find()) {
                return OTHER_KIND; // "Xã đạt chuẩn NTM nâng cao", "Mái ấm tình thương sửa chữa": not the plan's figure
            }
            if (PLEDGE.matcher(key).matches()) {
                return PLAN; // "Đăng ký", "Đăng ký thi đua năm 2019": a pledge, as emulation's "Đăng ký | Đạt"
            }
            for (Map.Entry<Part, List<String>> words : WORDS) {
                for (String word : words.getValue()) {
                    if (key.equals(word) || key.startsWith(word + " ")) {
                        return earlierOrPart(words.getKey(), padded);
                    }
                }
            }
            // "Năm 2020 (kế hoạch)", "2020 - dự kiến": a year's plan, whatever year it names; not "Năm 2019 - thực hiện kế hoạch"
            boolean done = padded.contains(" thuc hien ") || padded.contains(" th ") || padded.contains(" ket qua ");
            for (String word : PLANNED_LATER) {
                if (!done && padded.contains(" " + word + " ")) {
                    return PLAN;
                }
            }
            // "CT08 (6 tháng)", "CT08 (đến 30/6)": the indicator's only column, of part of the year
            if (ReportPeriod.partial(key).isPresent()) {
                return PART_OF_YEAR;
            }
            // "Đến 31/12/2019" beside "Đến 31/12/2018": counted up to a day, from whenever, as "Tính đến 31/12/2019" is
            return TO_A_DAY.matcher(key).lookingAt() ? RUNNING_TOTAL : OTHER;
        }

        /**
         * A pledge's words, whole: "Đăng ký", "Đăng ký thi đua", "Đăng ký chỉ tiêu năm 2019"; never "Đăng ký
         * Đề án 4190", which names what CT08 counts.
         */
        private static final java.util.regex.Pattern PLEDGE = java.util.regex.Pattern.compile(
                "dang ky(?: thi dua| chi tieu| thuc hien)?(?: nam)?(?: (?:19|20)\\d\\d)?");

        /** A title that counts up to a day or a month and from no day it names: "Đến 31/12/2019", "Đến hết tháng 12/2019", as keys. */
        private static final java.util.regex.Pattern TO_A_DAY = java.util.regex.Pattern.compile(
                "den (?:het |cuoi )?(?:ngay |thang |nam )?\\d");

        /**
         * Words that make a figure another kind than the plan's: a standard above the new-rural one
         * ("nâng cao", "kiểu mẫu": after the standard's name, or ending the words; "nâng cao nhận thức"
         * raises awareness), a house repaired ("sửa chữa") or only begun ("khởi công", "đang xây dựng"), as keys.
         */
        private static final java.util.regex.Pattern OTHER_KIND_WORDS = java.util.regex.Pattern.compile(
                "(?:^| )(?:nang cao|kieu mau)$|(?:ntm|nong thon moi|chuan) (?:nang cao|kieu mau)(?: |$)"
                        + "|(?:^| )(?:sua chua|khoi cong|dang xay dung|dang thi cong)(?: |$)");

        /** "Chỉ tiêu 9", "Chỉ tiêu số 12": an office's numbering; not "Chỉ tiêu 500 căn", a target. */
        private static final java.util.regex.Pattern BY_NUMBER = java.util.regex.Pattern.compile("^(?:ma )?chi tieu (?:so )?\\d{1,2}$");

        /**
         * Words, anywhere in a column's title, that set its figure against another (as keys: the
         * accents gone, "số" is "so"): "so với", "so sánh", "chênh lệch", "tăng/giảm", "tăng so năm 2018",
         * "so cùng kỳ", "so năm trước".
         */
        private static final java.util.regex.Pattern COMPARED = java.util.regex.Pattern.compile(
                " (?:so voi|so sanh|chenh lech|tang giam|giam tang|so cung ky|so ky truoc|so nam truoc|(?:tang|giam) so (?:nam )?(?:19|20)\\d\\d) ");

        /** A figure counted over several years: "lũy kế", "cộng dồn", "từ đầu …", "đến nay", "từ (năm) 2016". */
        private static final java.util.regex.Pattern RUNNING = java.util.regex.Pattern.compile(
                " (?:luy ke|cong don|tu dau|den nay|tu (?:nam )?(?:19|20)\\d\\d) ");

        /** Whether a title's key, padded with a space each side, sets its figure against another. */
        static boolean compared(String padded) {
            return COMPARED.matcher(padded).find();
        }

        /** Whether a title's key, padded with a space each side, names a figure counted over several years. */
        static boolean runningTotal(String padded) {
            return RUNNING.matcher(padded).find();
        }

        /** Words that make a column a plan's wherever they stand in it, after a year or a group's name. */
        private static final List<String> PLANNED_LATER = List.of("ke hoach", "kh", "du kien", "phan dau", "chi tieu giao", "giao chi tieu",
                "phuong huong", "nhiem vu");

        /**
         * A result or plan whose words go on to name another period than the year's: the year
         * before ("Thực hiện năm trước", "TH cùng kỳ") or a part of the year ("Thực hiện 6 tháng").
         */
        private static Part earlierOrPart(Part part, String padded) {
            if (part != RESULT && part != PLAN) {
                return part;
            }
            if (earlier(padded)) {
                return PREVIOUS;
            }
            return part == RESULT && ReportPeriod.partial(padded).isPresent() ? PART_OF_YEAR : part;
        }

        /** Whether a title's key, padded with a space each side, names an earlier period: "năm trước", "kỳ trước", "cùng kỳ". */
        static boolean earlier(String padded) {
            return padded.contains(" nam truoc ") || padded.contains(" ky truoc ") || padded.contains(" cung ky ");
        }

        /** A part as a reader calls it. */
        Text label() {
            return switch (this) {
                case NUMERATOR -> Text.of("tử số", "numerator");
                case DENOMINATOR -> Text.of("mẫu số", "denominator");
                case RESULT -> Text.of("kết quả", "result");
                case PLAN -> Text.of("kế hoạch", "plan");
                case RATIO -> Text.of("tỷ lệ, so sánh", "ratio, comparison");
                case RUNNING_TOTAL -> Text.of("lũy kế", "running total");
                case AVERAGE -> Text.of("số bình quân", "an average");
                case OTHER_MEASURE -> Text.of("đơn vị tính khác", "another unit of measure");
                case PREVIOUS -> Text.of("kỳ trước", "an earlier period");
                case PART_OF_YEAR -> Text.of("một phần năm", "part of the year");
                case BREAKDOWN -> Text.of("một phần của số (trong đó)", "a share of the figure");
                case REST -> Text.of("phần còn lại (chưa đạt), không phải số đã đạt", "the rest (not yet met), not those counted");
                case OTHER_KIND -> Text.of("một loại khác (nâng cao, kiểu mẫu, sửa chữa, khởi công)",
                        "another kind (advanced, model, repaired, begun)");
                case NOTE -> Text.of("ghi chú", "note");
                case MEASURE_UNIT -> Text.of("đơn vị tính", "unit of measure");
                case OTHER -> Text.of("không rõ", "not known");
            };
        }
    }

    private static Header wide(Plan plan, Row row, Optional<Row> next, Optional<Row> band, Map<Role, Integer> roles,
            Map<Integer, Indicator> indicatorCells, List<Issue> issues, Location sheet) {
        // the cells of a second header row under an indicator ("Kế hoạch | Thực hiện | Tỷ lệ %",
        // "Tử số | Mẫu số"), each owned by the header cell of the first row at or before it
        TreeMap<Integer, Optional<Indicator>> firstRow = new TreeMap<>();
        for (Cell cell : row.cells()) {
            if (!cell.blank()) {
                firstRow.put(cell.column(), Optional.ofNullable(indicatorCells.get(cell.column())));
            }
        }
        // a data row (it holds numbers, or names its unit) is never a second header row, whatever its notes say
        // (a row of years under the indicators, "2016 | 2017 | 2018", is a header's: years as columns)
        boolean data = next.map(r -> r.cells().stream().anyMatch(c -> (c.kind() == Cell.Kind.NUMBER
                || NumberText.parse(c.text()).isPresent()) && yearIn(c.text().strip()).isEmpty())
                || roles.containsKey(Role.UNIT) && !r.text(roles.get(Role.UNIT)).isEmpty()).orElse(true);
        Map<Indicator, Map<Integer, Part>> under = new LinkedHashMap<>();
        Map<Integer, String> texts = new TreeMap<>();
        for (Cell cell : data ? List.<Cell>of() : next.get().cells()) {
            Map.Entry<Integer, Optional<Indicator>> above = firstRow.floorEntry(cell.column());
            if (wordsOrYear(cell) && above != null && above.getValue().isPresent()) {
                under.computeIfAbsent(above.getValue().get(), i -> new TreeMap<>())
                        .put(cell.column(), ratePart(above.getValue().get(), cell.text()));
                texts.put(cell.column(), cell.text());
            }
        }
        if (under.values().stream().allMatch(parts -> parts.size() == 1 && parts.values().stream().allMatch(Part.OTHER::equals))
                && !texts.values().stream().allMatch(t -> yearIn(t).isPresent())) {
            under.clear(); // nothing in the row says what a column holds: no header row
        }
        // an indicator over several columns of words ("Số tiền | Số hộ"): a header's row, whose result must be told;
        // the column of what it counts ("Số hộ" where it counts households) is the count itself
        under.forEach((indicator, parts) -> {
            if (parts.size() > 1) {
                parts.replaceAll((column, part) -> part == Part.OTHER && countsIn(indicator, texts.get(column)) ? Part.RESULT : part);
            }
        });
        int lastRow = under.isEmpty() ? row.number() : next.orElseThrow().number();
        // each indicator's columns: those under it, else its header cells (once or more in the first row)
        Map<Indicator, Map<Integer, Part>> columns = new LinkedHashMap<>();
        indicatorCells.forEach((column, indicator) -> {
            texts.putIfAbsent(column, row.text(column));
            if (under.containsKey(indicator)) {
                columns.putIfAbsent(indicator, under.get(indicator));
            } else {
                columns.computeIfAbsent(indicator, i -> new TreeMap<>()).put(column, row.text(column).contains("%")
                        ? Part.RATIO : ratePart(indicator, beside(indicator, row.text(column)))); // "CT08 (%)": a share, never the count
            }
        });
        band.ifPresent(over -> columns.forEach((indicator, parts) -> {
            if (!under.containsKey(indicator)) {
                groups(over, parts, texts, row);
            }
            notTheYearsOver(over, parts, indicatorCells.keySet());
        }));
        List<IndicatorColumns> indicators = new ArrayList<>();
        Map<Integer, List<Integer>> associationTotals = new TreeMap<>();
        Map<IndicatorColumns, Issue> runningTotals = new LinkedHashMap<>();
        columns.forEach((indicator, parts) -> {
            theYearsColumn(parts, texts);
            Optional<List<IndicatorColumns>> years = byYear(indicator, parts, texts).or(() -> byAssociation(plan, indicator, parts, texts))
                    .or(() -> band.flatMap(over -> byAssociationsBand(plan, indicator, parts, over, indicatorCells.keySet())));
            if (years.isPresent()) {
                indicators.addAll(years.get());
                if (years.get().get(0).association().isPresent()) {
                    // "CT08" over "HLHPN | HND | HCCB | ĐTN | Cộng": the total, held against the associations' columns
                    List<Integer> summed = years.get().stream().map(c -> c.value().getAsInt()).toList();
                    parts.keySet().stream().filter(c -> totalWords(Names.key(texts.getOrDefault(c, ""))))
                            .forEach(c -> associationTotals.put(c, summed));
                }
            } else {
                Location headerRow = sheet.at(under.containsKey(indicator) ? lastRow : row.number(), "");
                if (parts.values().stream().allMatch(Part.OTHER_MEASURE::equals)) {
                    int column = parts.keySet().iterator().next();
                    issues.add(otherMeasure(headerRow.at(headerRow.row(), Location.columnName(column)), indicator,
                            texts.getOrDefault(column, ""), Text.of(indicator.code() + " từ bảng này", indicator.code()
                                    + " is not read from this table")));
                } else if (!otherKindsOnly(indicator, parts, texts, headerRow, issues)
                        && !yearsFlowOfAStock(indicator, parts, texts, headerRow, issues)) {
                    int said = issues.size();
                    Optional<IndicatorColumns> found = indicatorColumns(indicator, parts, texts, headerRow, issues)
                            .filter(read -> fromTheStartSaid(plan, read, texts, headerRow, issues));
                    found.map(read -> withItsYear(read, texts)).ifPresent(indicators::add);
                    if (found.isEmpty() && issues.size() == said + 1) {
                        runningFromStart(plan, indicator, parts, texts).ifPresent(running -> {
                            Issue refusal = issues.get(said);
                            Text hint = Text.of(" (cột lũy kế từ năm %d: đọc được với tùy chọn --running-totals)",
                                    " (a running total from %d: read with --running-totals)").format(plan.period().from());
                            Issue withHint = new Issue(refusal.finding(), refusal.location(),
                                    Text.of(refusal.message().vi() + hint.vi(), refusal.message().en() + hint.en()));
                            issues.set(said, withHint);
                            runningTotals.put(running, withHint);
                        });
                    }
                }
            }
        });
        band.ifPresent(over -> yearsOver(over, indicators));
        Header header = new Header(Layout.WIDE, row.number(), lastRow, roles, indicators, issues);
        header.runningColumns = columns.values().stream().anyMatch(parts -> parts.containsValue(Part.RUNNING_TOTAL));
        header.associationTotals = associationTotals;
        header.runningTotals = runningTotals;
        return header;
    }

    /**
     * The columns of a level at the year's end (CT01's communes, CT07's households out of poverty)
     * given only as a running total from the plan's first year ("Lũy kế từ 2016", "Từ năm 2016 đến
     * nay"), with the refusal said of them: read, in its place, when the officer asks
     * ({@code --running-totals}), since the plan counts the level from that year on.
     */
    Map<IndicatorColumns, Issue> runningTotals = Map.of();

    /** Reads the running totals from the plan's first year of the levels at the year's end, where nothing else gives them. */
    void readRunningTotals() {
        runningTotals.forEach((columns, refusal) -> {
            indicators.add(columns);
            issues.remove(refusal);
        });
    }

    /**
     * A level's one running total from the plan's first year, where its column (a rate's numerator,
     * beside its one denominator) says so: "Lũy kế từ 2016" for CT01, "Số hộ thoát nghèo từ năm
     * 2016 đến nay | Số hộ nghèo năm 2016" for CT07.
     */
    private static Optional<IndicatorColumns> runningFromStart(Plan plan, Indicator indicator, Map<Integer, Part> parts,
            Map<Integer, String> texts) {
        if (!levelAtYearsEnd(indicator)) {
            return Optional.empty();
        }
        List<Integer> running = parts.entrySet().stream().filter(p -> p.getValue() == Part.RUNNING_TOTAL)
                .map(Map.Entry::getKey)
                .filter(c -> yearIn(texts.getOrDefault(c, "")).equals(OptionalInt.of(plan.period().from()))).toList();
        if (running.size() != 1) {
            return Optional.empty();
        }
        if (!indicator.isRate()) {
            return Optional.of(new IndicatorColumns(indicator, OptionalInt.of(running.get(0)), OptionalInt.empty(), OptionalInt.empty()));
        }
        List<Integer> denominators = with(parts, Part.DENOMINATOR);
        return denominators.size() == 1 ? Optional.of(new IndicatorColumns(indicator, OptionalInt.empty(),
                OptionalInt.of(running.get(0)), OptionalInt.of(denominators.get(0)))) : Optional.empty();
    }

    /**
     * A count's one result column that names its year ("Năm 2018" beside "Năm 2020 (kế hoạch)",
     * "Thực hiện 2018 | Kế hoạch 2019"): the figure is that year's, whatever year the title names.
     */
    private static IndicatorColumns withItsYear(IndicatorColumns found, Map<Integer, String> texts) {
        if (found.value().isEmpty() || found.year().isPresent()) {
            return found;
        }
        OptionalInt year = yearIn(beside(found.indicator(), texts.getOrDefault(found.value().getAsInt(), "")));
        return year.isEmpty() ? found : new IndicatorColumns(found.indicator(), found.value(), OptionalInt.empty(),
                OptionalInt.empty(), year, found.association());
    }

    /**
     * Words over an indicator's column, or beside its code on a row, that count another unit than
     * it ("CT09 (triệu đồng)", "CT14 - Số người tham dự"): what is not read, and why.
     */
    static Issue otherMeasure(Location at, Indicator indicator, String words, Text notRead) {
        return new Issue(Finding.MEASURE_MISMATCH, at, Text.of(
                "Ô %s '%s' ghi đơn vị tính khác với %s (đếm %s): không đọc %s. Ghi số %s",
                "Cell %s '%s' gives another unit than %s counts (%s): %s. Give the number of %s")
                .format(at.cell(), shorten(words), indicator.code(), indicator.unit(), notRead, indicator.unit()));
    }

    /** "Đạt", "Đạt được": the result's column in one unit's report ("Kế hoạch | Đạt"), a column of what was met beside another's. */
    private static final Set<String> ACHIEVED = Set.of("dat", "dat duoc");

    /**
     * A column headed "Đạt" beside another result's ("Giá trị | Đạt", where it marks the targets met):
     * the other is the figures', this one not read, and said as any column of no role is.
     */
    private static void achievedBeside(Row row, Map<Role, Integer> roles, Map<Role, List<Integer>> twice, List<Integer> unknown) {
        List<Integer> values = twice.get(Role.VALUE);
        if (values == null) {
            return;
        }
        List<Integer> others = values.stream().filter(column -> !ACHIEVED.contains(Names.key(row.text(column)))).toList();
        if (others.size() == 1) {
            roles.put(Role.VALUE, others.get(0));
            twice.remove(Role.VALUE);
            values.stream().filter(column -> !others.contains(column)).forEach(unknown::add);
            unknown.sort(null);
        }
    }

    /**
     * Columns of one figure's role in a long table of which all but one say they are no year's
     * result ("Thực hiện 6 tháng | Thực hiện cả năm", "Lũy kế | Thực hiện"): the one left is the
     * figure, the others are not read. Where two are left, those stay twice (refused, naming them);
     * where none is, all of them.
     */
    private static void theYearsOwn(Row row, Map<Role, Integer> roles, Map<Role, List<Integer>> twice) {
        twice.entrySet().removeIf(role -> {
            List<Integer> left = role.getValue().stream().filter(column -> notTheYears(row.text(column)) == null).toList();
            if (left.size() == 1) {
                roles.put(role.getKey(), left.get(0));
                return true;
            }
            if (left.size() > 1) {
                role.setValue(left);
            }
            return false;
        });
    }

    /** A header cell that says something: words, or a year typed as a number (2016, which Excel keeps as one). */
    private static boolean wordsOrYear(Cell cell) {
        return cell.kind() == Cell.Kind.TEXT ? !cell.blank()
                : cell.kind() == Cell.Kind.NUMBER && !cell.dateFormat() && yearIn(cell.text()).isPresent();
    }

    /** What a year's column may stand beside and still be the result: a plan, a comparison, a running total. */
    private static final Set<Part> BESIDE_THE_YEARS = Set.of(Part.PLAN, Part.RATIO, Part.RUNNING_TOTAL, Part.PREVIOUS, Part.NOTE);

    /**
     * An indicator under a year's column and a plan's ("Năm 2019 | Năm 2020 (kế hoạch)"), a comparison
     * ("Năm 2019 | Tăng/giảm so năm 2018") or a running total ("Năm 2019 | Từ 2016 đến nay"): the
     * year's column is the result, its year the one its header says. Only when every other column
     * is one of those (or a note): a column of words beside it ("Số tiền") tells nothing.
     */
    private static void theYearsColumn(Map<Integer, Part> parts, Map<Integer, String> texts) {
        List<Integer> others = with(parts, Part.OTHER);
        if (others.size() == 1 && parts.size() > 1 && parts.values().stream().filter(BESIDE_THE_YEARS::contains).count() == parts.size() - 1
                && yearIn(texts.getOrDefault(others.get(0), "")).isPresent()) {
            parts.put(others.get(0), Part.RESULT);
        }
    }

    /**
     * The year a band over the indicators names ("Kết quả năm 2018" merged across CT08, CT09), for
     * the columns under it that say none themselves: each figure is the year its column says. Only
     * a cell over the indicators' columns is such a band; a title left of them is the table's title.
     */
    private static void yearsOver(Row band, List<IndicatorColumns> indicators) {
        TreeMap<Integer, String> over = bandOver(band, indicators.stream().flatMapToInt(IndicatorColumns::columns));
        indicators.replaceAll(columns -> {
            Map.Entry<Integer, String> above = columns.year().isPresent() ? null : over.floorEntry(columns.columns().min().orElse(0));
            OptionalInt year = above == null ? OptionalInt.empty() : yearIn(above.getValue());
            return year.isEmpty() ? columns : new IndicatorColumns(columns.indicator(), columns.value(), columns.numerator(),
                    columns.denominator(), year, columns.association());
        });
    }

    /**
     * What a column under a rate holds, when its words are not "Tử số" or "Mẫu số" but what the
     * rate counts, as the plan names its numerator and denominator ("Số hộ được bồi dưỡng", "Tổng số
     * hộ có con 0 - 16 tuổi", or shortened: "Tổng số hộ"; "Trong đó: được bồi dưỡng" under a
     * total): the words of one of them only, else what the words say otherwise.
     */
    static Part ratePart(Indicator indicator, String text) {
        Part part = Part.ofText(text);
        String key = Names.key(text);
        if ((part == Part.OTHER || part == Part.RESULT || part == Part.BREAKDOWN)
                && Measures.other(indicator, Measures.ofColumn(text))) {
            return Part.OTHER_MEASURE; // "Số tiền (triệu đồng)" under CT09, "CT14 (lượt người)": not what it counts
        }
        if (part == Part.RUNNING_TOTAL && indicator.isRate() && runningAsThePlanCounts(key, indicator.numerator())) {
            return Part.NUMERATOR; // CT07's "Số hộ thoát nghèo bền vững từ năm 2016 đến nay": the plan counts it so
        }
        boolean numerator = names(key, indicator.numerator());
        boolean denominator = names(key, indicator.denominator());
        if ((part == Part.OTHER || part == Part.RESULT || part == Part.BREAKDOWN) && !numerator && !denominator && rest(text)) {
            return Part.REST; // "Số hộ chưa có dụng cụ" beside "Tổng số hộ": the households without, never CT10's numerator
        }
        if (!indicator.isRate() || part != Part.OTHER && part != Part.RESULT && part != Part.BREAKDOWN) {
            return part;
        }
        if (numerator != denominator) {
            return numerator ? Part.NUMERATOR : Part.DENOMINATOR;
        }
        if (!numerator && (key.startsWith("tong so ") || key.equals("tong so") || key.equals("tong"))) {
            return Part.DENOMINATOR; // "Tổng số hộ" over "Trong đó: được bồi dưỡng"; "Tổng số | Đạt"
        }
        return part; // "Trong đó: …": the numerator beside a total alone, a share of the count beside it otherwise
    }

    /**
     * Whether a column's words count those not (yet) counted: "chưa" ("Số hộ chưa có", "Chưa đạt"),
     * "không đạt", "không có", "còn lại". Told by the accented word where it is written so, as
     * "chứa" (CT10's "dụng cụ chứa nước") has the same letters.
     */
    static boolean rest(String text) {
        String lower = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        return REST_ACCENTED.matcher(lower).find() || REST_KEY.matcher(Names.key(text)).find();
    }

    private static final java.util.regex.Pattern REST_ACCENTED = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:chưa|không (?:có|đạt|được)|còn lại)(?![\\p{L}\\p{M}])");
    /** The same, written without accents ("chua co", "khong dat"): only where no other word has those letters. */
    private static final java.util.regex.Pattern REST_KEY = java.util.regex.Pattern.compile(
            "(?:^| )(?:chua (?:co|dat|duoc|thoat|hoan thanh|xay dung)|chua$|khong (?:co|dat|duoc)|con lai)(?: |$)");

    /**
     * Whether a rate the plan counts from its first year (CT07: the households out of poverty since
     * 2016, over the poor households of 2016) is read from columns that say so: "Tử số" and "Mẫu số",
     * the plan's words, a running total, the first year. "Số hộ thoát nghèo | Tổng số hộ nghèo" may be
     * the year's exits over the year's poor, another rate than the plan's: refused, and said.
     */
    private static boolean fromTheStartSaid(Plan plan, IndicatorColumns read, Map<Integer, String> texts, Location headerRow,
            List<Issue> issues) {
        Indicator indicator = read.indicator();
        if (read.numerator().isEmpty() || indicator.numerator().isEmpty()
                || !Part.runningTotal(" " + Names.key(indicator.numerator().get().vi()) + " ")) {
            return true;
        }
        String numerator = Names.key(beside(indicator, texts.getOrDefault(read.numerator().getAsInt(), "")));
        String denominator = Names.key(beside(indicator, texts.getOrDefault(read.denominator().getAsInt(), "")));
        String first = " " + plan.period().from() + " ";
        boolean numeratorSaid = Part.of(numerator) == Part.NUMERATOR || Part.runningTotal(" " + numerator + " ")
                || names(numerator, indicator.numerator());
        boolean denominatorSaid = Part.of(denominator) == Part.DENOMINATOR || names(denominator, indicator.denominator())
                || (" " + denominator + " ").contains(first) || (" " + denominator + " ").contains(" nam goc ");
        if (numeratorSaid && denominatorSaid) {
            return true;
        }
        int unclear = numeratorSaid ? read.denominator().getAsInt() : read.numerator().getAsInt();
        issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, headerRow.at(headerRow.row(), Location.columnName(unclear)), Text.of(
                "%s tính %s trên %s; cột '%s' không nói rõ như vậy (có thể là số của riêng năm báo cáo): %s không được đọc"
                        + " từ bảng này. Ghi 'Tử số' và 'Mẫu số' vào tiêu đề hai cột, hoặc ghi như kế hoạch",
                "%s counts %s over %s; column '%s' does not say so (it may be the report's year's own): %s is not read from"
                        + " this table. Head the two columns 'Tử số' and 'Mẫu số', or word them as the plan does")
                .format(indicator.code(), indicator.numerator().get().vi(), indicator.denominator().map(Text::vi).orElse(""),
                        shorten(texts.getOrDefault(unclear, "")), indicator.code())));
        return false;
    }

    /** Whether a column's words are the plan's name of a numerator that it counts over several years, with those words. */
    private static boolean runningAsThePlanCounts(String key, Optional<Text> numerator) {
        return numerator.isPresent() && Part.runningTotal(" " + Names.key(numerator.get().vi()) + " ")
                && key.contains(Names.key(numerator.get().vi()));
    }

    /**
     * Beside a long table's or one unit's columns of years ("2016 | 2017 | 2018"), one of part of a
     * year ("6 tháng 2019"): not read, and said, as a table of part of a year is.
     */
    private static void partOfAYearBeside(Row row, Map<Integer, Integer> valueYears, Map<Role, Integer> roles, Location sheet,
            List<Issue> issues) {
        if (valueYears.isEmpty()) {
            return;
        }
        for (Cell cell : row.cells()) {
            if (valueYears.containsKey(cell.column()) || roles.containsValue(cell.column()) || yearIn(cell.text()).isEmpty()) {
                continue;
            }
            ReportPeriod.partial(cell.text()).ifPresent(period -> issues.add(new Issue(Finding.PARTIAL_PERIOD,
                    sheet.at(row.number(), Location.columnName(cell.column())), Text.of(
                    "Cột '%s' là số liệu '%s', không phải cả năm: không đọc. Gửi số liệu cả năm của năm đó",
                    "Column '%s' holds the figures of '%s', not a whole year's: not read. Send that year's whole figures")
                    .format(shorten(cell.text()), period))));
        }
    }

    /** The words that begin a share of a whole: "Trong đó:", "Chia ra", "Bao gồm", "Riêng". */
    private static final Pattern SHARE_LEAD = Pattern.compile("^.*?(?:^| )(?:trong do|chia ra|bao gom|rieng|gom)(?: |$)");
    /** A share's words that say only that it is the part met: "Trong đó: đạt", "Trong đó: có". */
    private static final Set<String> MET = Set.of("", "dat", "da dat", "co", "duoc", "thuc hien", "da thuc hien", "so dat");

    /**
     * Whether a share of a rate's whole ("Trong đó: …" beside or under "Tổng số hộ") counts what the
     * rate counts: its words after "trong đó" say only that it is the part met, or are words of the
     * plan's numerator ("Trong đó: được bồi dưỡng" under CT17, "Trong đó hộ nghèo" under CT02); a
     * share of another kind ("Trong đó hộ nghèo" under CT11's latrines) is not its numerator.
     */
    static boolean shareCounted(Indicator indicator, String text) {
        String words = SHARE_LEAD.matcher(Names.key(text)).replaceFirst("").strip();
        if (MET.contains(words)) {
            return true;
        }
        Optional<Text> numerator = indicator.numerator();
        return numerator.isPresent() && java.util.stream.Stream.of(numerator.get().vi(), numerator.get().en())
                .map(name -> " " + Names.key(name) + " ")
                .anyMatch(name -> name.contains(" " + words + " ") || sharesAPair(words, name));
    }

    /** Words that say whose or how many, not what: a pair of them names nothing ("số hộ", "gia đình", "hội viên"). */
    private static final Set<String> PLAIN_WORDS = Set.of("so", "ho", "gia", "dinh", "hoi", "vien", "doan", "nguoi", "co",
            "duoc", "da", "cua", "va", "cac", "nu", "phu", "tong", "the", "of", "with", "and", "households", "members");

    /**
     * Whether two words side by side in {@code words}, neither a plain one, stand side by side in
     * {@code name} too ("được bồi dưỡng kỹ năng" and "Số hộ được bồi dưỡng": "bồi dưỡng").
     */
    private static boolean sharesAPair(String words, String name) {
        String[] split = words.split(" ");
        for (int i = 0; i + 1 < split.length; i++) {
            if (!PLAIN_WORDS.contains(split[i]) && !PLAIN_WORDS.contains(split[i + 1])
                    && name.contains(" " + split[i] + " " + split[i + 1] + " ")) {
                return true;
            }
        }
        return false;
    }

    /** A share of a rate's whole that counts something else than the rate's numerator: the rate not read. */
    static Issue shareNotCounted(Location at, Indicator indicator, String text) {
        String numerator = indicator.numerator().map(Text::vi).orElse("");
        return new Issue(Finding.AMBIGUOUS_COLUMN, at, Text.of(
                "'%s' là một phần của tổng số, nhưng không ghi là %s (tử số của %s): %s không được đọc từ đây. Ghi tử"
                        + " số vào tiêu đề (ví dụ 'Trong đó: %s')",
                "'%s' is a share of the whole, but does not say it is %s (%s's numerator): %s is not read from here."
                        + " Name the numerator in the heading (such as 'Of which: %s')")
                .format(shorten(text), numerator, indicator.code(), indicator.code(), numerator));
    }

    /** Whether a column's words are a numerator's or denominator's name, whole or its first three words or more. */
    private static boolean names(String key, Optional<Text> label) {
        if (key.isEmpty() || label.isEmpty()) {
            return false;
        }
        for (String name : List.of(Names.key(label.get().vi()), Names.key(label.get().en()))) {
            if (!name.isEmpty() && (key.equals(name) || key.contains(name)
                    || name.contains(key) && key.split(" ").length >= 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An indicator written in several columns, each under its own group of the band above
     * ("Kế hoạch | Thực hiện", "Năm 2018 | Năm 2019", merged across the indicators): each column
     * holds what its group says. Only when every column has a group of its own, and none says
     * more beside the code; a band over all the indicators ("Chỉ tiêu") tells no column apart.
     */
    private static void groups(Row band, Map<Integer, Part> parts, Map<Integer, String> texts, Row row) {
        if (parts.size() < 2 || !parts.values().stream().allMatch(Part.OTHER::equals)) {
            return;
        }
        TreeMap<Integer, String> cells = bandCells(band);
        Map<Integer, Integer> groupOf = new TreeMap<>();
        for (int column : parts.keySet()) {
            Map.Entry<Integer, String> group = cells.floorEntry(column);
            if (group == null || groupOf.containsValue(group.getKey())) {
                return;
            }
            groupOf.put(column, group.getKey());
        }
        groupOf.forEach((column, group) -> {
            parts.put(column, Part.ofText(cells.get(group)));
            texts.put(column, cells.get(group) + " " + row.text(column));
        });
    }

    /** What a band over the indicators may say that makes the columns under it no year's result. */
    private static final Set<Part> NOT_THE_YEARS = Set.of(Part.PART_OF_YEAR, Part.RUNNING_TOTAL, Part.PREVIOUS, Part.PLAN,
            Part.AVERAGE);

    /**
     * A band over the indicators that names part of the year, a running total, an earlier period
     * or a plan ("Quý IV", "6 tháng đầu năm", "Lũy kế", "Kế hoạch" over CT08, CT09): the columns
     * under it are that, whatever their own words, and never the year's result.
     */
    private static void notTheYearsOver(Row band, Map<Integer, Part> parts, java.util.Collection<Integer> figureColumns) {
        // a cell left of every figure's column is the table's title ("BÁO CÁO LŨY KẾ ĐẾN NĂM 2019"), whose period is the table's
        NavigableMap<Integer, String> cells = bandCells(band).tailMap(figureColumns.stream().min(Integer::compare).orElse(0), true);
        parts.replaceAll((column, part) -> {
            Map.Entry<Integer, String> over = cells.floorEntry(column);
            Part says = over == null || groupsTheIndicators(over.getValue()) ? null : notTheYears(over.getValue());
            if (says == Part.PLAN && reportsResults(over.getValue())) {
                says = null; // "KẾ HOẠCH 02/KHLT - BÁO CÁO KẾT QUẢ NĂM 2019" typed over the indicators: the report's title
            }
            return says != null && (part == Part.OTHER || part == Part.RESULT) ? says : part;
        });
    }

    /**
     * A band over a table across's units that names part of the year, a running total, an earlier
     * period or a plan ("Kế hoạch năm 2019" over Ba Tri, Chợ Lách): those units' columns are
     * refused, never read as the year's results.
     */
    private static void notTheYearsOver(Row band, Map<Integer, String> units, Text whose, List<Issue> issues, Location sheet) {
        Map<Integer, Part> parts = new TreeMap<>();
        units.keySet().forEach(column -> parts.put(column, Part.OTHER));
        notTheYearsOver(band, parts, units.keySet());
        parts.forEach((column, part) -> {
            if (part != Part.OTHER) {
                units.remove(column);
                issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, sheet.at(band.number(), Location.columnName(column)), Text.of(
                        "Cột %s nằm dưới '%s' (%s), không phải kết quả của năm: số liệu %s không được đọc từ bảng",
                        "Column %s stands under '%s' (%s), not the year's result: nothing %s is read from the table")
                        .format(Location.columnName(column), shorten(bandCells(band).floorEntry(column).getValue()), part.label(),
                                whose)));
            }
        });
    }

    /** Whether a title says it reports results ("Báo cáo kết quả …", "… thực hiện kế hoạch …"), whatever plan it names. */
    private static boolean reportsResults(String text) {
        String key = Names.key(text);
        String padded = " " + key + " ";
        // "Dự kiến thực hiện năm 2019", "Đăng ký thực hiện": what is to be done, whatever words follow
        boolean toBeDone = key.startsWith("du kien") || key.startsWith("dang ky") || key.startsWith("phan dau");
        return !toBeDone && (padded.contains(" bao cao ") || padded.contains(" ket qua ") || padded.contains(" thuc hien "));
    }

    /** A band's cells over the indicators' columns, from the first of them on: a cell left of them is a title. */
    private static TreeMap<Integer, String> bandOver(Row band, java.util.stream.IntStream indicatorColumns) {
        return new TreeMap<>(bandCells(band).tailMap(indicatorColumns.min().orElse(Integer.MAX_VALUE)));
    }

    /** A band's words by column: each stands over its own column and those after it, up to the next. */
    private static TreeMap<Integer, String> bandCells(Row band) {
        TreeMap<Integer, String> cells = new TreeMap<>();
        band.cells().forEach(cell -> {
            // "Bến Tre, ngày 10 tháng 12 năm 2020" right above the header (split at its comma in a CSV): the
            // letterhead's place and date, no band; its year was taken for the columns' under it
            if (!cell.blank() && !datedLine(cell)) {
                cells.put(cell.column(), cell.text().strip());
            }
        });
        return cells;
    }

    /** A cell that gives a day as a letter dates itself ("ngày 10 tháng 12 năm 2020"), and no period. */
    private static boolean datedLine(Cell cell) {
        String key = Names.key(cell.text());
        return cell.kind() == Cell.Kind.TEXT && !ReportPeriod.undated(key).equals(key) && ReportPeriod.partial(cell.text()).isEmpty()
                && ReportPeriod.span(cell.text()).isEmpty();
    }

    /** What a figure's column header says that makes it no year's result (part of the year, a running total, ...), or null. */
    static Part notTheYears(String text) {
        Part part = Part.ofText(text);
        String padded = " " + Names.key(text) + " ";
        if (NOT_THE_YEARS.contains(part) || part == Part.RATIO && Part.compared(padded)) {
            return part; // "Tăng so với năm 2018" over a long table's figures, or over the indicators
        }
        if (Part.runningTotal(padded)) {
            return Part.RUNNING_TOTAL;
        }
        if (part == Part.OTHER && Part.earlier(padded)) {
            return Part.PREVIOUS; // "Giá trị kỳ trước", "Số liệu năm trước": an earlier period's, whatever word begins it
        }
        return ReportPeriod.partial(text).isPresent() ? Part.PART_OF_YEAR : null;
    }

    /** "Chỉ tiêu", "Các chỉ tiêu", "Chỉ tiêu thi đua" over the indicators: their group's name, not a plan's figures ("Chỉ tiêu giao"). */
    private static boolean groupsTheIndicators(String text) {
        String key = Names.key(text);
        return (key.startsWith("chi tieu") || key.startsWith("cac chi tieu")) && !key.contains("giao");
    }

    /** Whether a column's words are what the indicator counts: "Số hộ", "hộ", "Số lượng hộ" where it counts households. */
    private static boolean countsIn(Indicator indicator, String text) {
        String unit = Names.key(indicator.unit().vi());
        String key = Names.key(text);
        if (unit.isEmpty()) {
            return false;
        }
        for (String word : SAME_COUNT.getOrDefault(unit, List.of(unit))) {
            if (key.equals(word) || key.equals("so " + word) || key.equals("so luong " + word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What offices call the plan's units of count: an activity a session ("Số cuộc", "Số buổi"), a work
     * "công trình". Not a house "nhà" for "căn": "Số nhà" is as often a house's number in its street.
     */
    private static final Map<String, List<String>> SAME_COUNT = Map.of(
            "hoat dong", List.of("hoat dong", "cuoc", "buoi"),
            "can", List.of("can", "can nha"),
            "cong trinh phan viec", List.of("cong trinh phan viec", "cong trinh", "phan viec"));

    /** What a header cell says beside the indicator's code or name: "CT08 - Thực hiện" gives "thuc hien". */
    static String beside(Indicator indicator, String text) {
        // "Chỉ tiêu CT08", "Chỉ tiêu: Mái ấm …": "chỉ tiêu" before the code or name names the indicator; after the code
        // ("CT09 (chỉ tiêu 500 căn)"), a target
        String key = Names.key(text).replaceFirst("^(ma )?chi tieu( so)?( |$)", "");
        for (String name : List.of(Names.key(indicator.name().vi()), Names.key(indicator.label().vi()))) {
            int at = name.isEmpty() ? -1 : key.indexOf(name);
            if (at >= 0) {
                key = (key.substring(0, at) + " " + key.substring(at + name.length())).strip();
            }
        }
        // the code, written CT08, CT 08 or ct8, wherever it stands, with "chỉ tiêu" right before it ("Mái ấm (chỉ tiêu CT09)")
        String letters = indicator.code().replaceAll("\\d+", "").toLowerCase(java.util.Locale.ROOT);
        String digits = indicator.code().replaceAll("\\D+", "").replaceFirst("^0+", "");
        return (" " + key + " ").replaceAll(" (?:(?:ma )?chi tieu (?:so )?)?" + letters + " ?0*" + digits + "(?= )", " ").strip();
    }

    /**
     * Whether a column a stock's figure would be read from says it counts the year's change ("Số hộ
     * thoát nghèo trong năm" under CT07, whose households are counted from 2016 on; "Số xã đạt chuẩn
     * tăng thêm" under CT01, a level at the year's end): not the level, so the indicator is refused.
     */
    private static boolean yearsFlowOfAStock(Indicator indicator, Map<Integer, Part> parts, Map<Integer, String> texts,
            Location headerRow, List<Issue> issues) {
        if (!levelAtYearsEnd(indicator)) {
            return false;
        }
        for (Map.Entry<Integer, Part> part : parts.entrySet()) {
            if (READ_PARTS.contains(part.getValue()) && yearsChange(texts.getOrDefault(part.getKey(), ""))) {
                issues.add(yearsChangeOfAStock(indicator, texts.get(part.getKey()),
                        headerRow.at(headerRow.row(), Location.columnName(part.getKey()))));
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an indicator's figure is a level at the year's end that no count of the year's gives:
     * a stock (CT01's communes, CT07's households counted from 2016 on), unless its target asks for
     * a rate each year (CT17: the households trained in the year, of all with children).
     */
    static boolean levelAtYearsEnd(Indicator indicator) {
        return indicator.nature() == vn.khlt.plan.Nature.STOCK
                && indicator.targets().stream().noneMatch(t -> t instanceof vn.khlt.plan.Target.EveryYear);
    }

    /** Whether a column's header says it counts the year's change: "trong năm", "tăng thêm", "phát sinh". */
    static boolean yearsChange(String title) {
        String padded = " " + Names.key(title) + " ";
        return YEARS_CHANGE.stream().anyMatch(w -> padded.contains(" " + w + " "));
    }

    /** A stock's figure in a column of the year's change: refused, never read as the level. */
    static Issue yearsChangeOfAStock(Indicator indicator, String title, Location at) {
        return new Issue(Finding.AMBIGUOUS_COLUMN, at,
                Text.of("%s là mức cuối năm (%s), còn cột '%s' ghi số trong năm: không phải cùng một số, %s không được đọc"
                                + " ở đây. Ghi số tính đến cuối năm, tiêu đề không có chữ 'trong năm'",
                        "%s is a level at the year's end (%s), while column '%s' counts within the year: not the same"
                                + " figure, so %s is not read here. Give the level at the year's end, under a header without"
                                + " 'trong năm'")
                        .format(indicator.code(), indicator.numerator().orElse(indicator.label()).vi(), shorten(title),
                                indicator.code()));
    }

    /**
     * In a long table, the column a figure is read from whose header says it counts the year's
     * change ("Thực hiện trong năm"): a stock's rows are not read from it. Found once.
     */
    OptionalInt yearsChangeColumn() {
        if (yearsChangeColumn == null) {
            yearsChangeColumn = OptionalInt.empty();
            for (Role role : List.of(Role.VALUE, Role.NUMERATOR, Role.DENOMINATOR)) {
                Integer column = columns.get(role);
                if (column != null && yearsChange(titles.getOrDefault(column, ""))) {
                    yearsChangeColumn = OptionalInt.of(column);
                    break;
                }
            }
        }
        return yearsChangeColumn;
    }

    private OptionalInt yearsChangeColumn;

    /**
     * An indicator's columns of another kind than the plan counts ("Xã đạt chuẩn NTM nâng cao" beside
     * "Xã đạt chuẩn NTM", "Sửa chữa" beside "Xây mới"), each refused and taken out of its columns,
     * unless a column of the result stands beside them ("Xây mới | Sửa chữa | Tổng số": does the
     * total hold both kinds?), which leaves the indicator's columns ambiguous. True when no column
     * is left.
     */
    private static boolean otherKindsOnly(Indicator indicator, Map<Integer, Part> parts, Map<Integer, String> texts,
            Location headerRow, List<Issue> issues) {
        List<Integer> otherKinds = with(parts, Part.OTHER_KIND);
        if (otherKinds.isEmpty() || !with(parts, Part.RESULT).isEmpty()) {
            return false;
        }
        for (int column : otherKinds) {
            QualifiedNames.issue(Part.OTHER_KIND, indicator, texts.getOrDefault(column, ""),
                    headerRow.at(headerRow.row(), Location.columnName(column)), false).ifPresent(issues::add);
            parts.remove(column);
        }
        return parts.isEmpty();
    }

    /** The parts a figure is read from. */
    private static final Set<Part> READ_PARTS = Set.of(Part.RESULT, Part.NUMERATOR, Part.DENOMINATOR, Part.OTHER, Part.BREAKDOWN);
    /** Words that say a column counts the year's change, not the level at its end. */
    private static final List<String> YEARS_CHANGE = List.of("trong nam", "tang them", "tang moi", "phat sinh", "moi trong nam");

    /**
     * The one column of an indicator's figure (two for a rate), from the parts its columns hold;
     * none, with an error, when a careful officer could not tell which column is the result.
     */
    private static Optional<IndicatorColumns> indicatorColumns(Indicator indicator, Map<Integer, Part> parts,
            Map<Integer, String> texts, Location headerRow, List<Issue> issues) {
        List<Integer> all = new ArrayList<>(parts.keySet());
        Location at = headerRow.at(headerRow.row(), Location.columnName(all.get(0)));
        if (indicator.isRate()) {
            List<Integer> numerators = with(parts, Part.NUMERATOR);
            List<Integer> denominators = with(parts, Part.DENOMINATOR);
            List<Integer> counts = new ArrayList<>(with(parts, Part.RESULT));
            counts.addAll(with(parts, Part.OTHER));
            List<Integer> shares = with(parts, Part.BREAKDOWN);
            if (numerators.isEmpty() && denominators.size() == 1 && counts.size() == 1) {
                // "Tổng số gia đình | Số gia đình được vận động | Tỷ lệ %", "Tổng số | Đạt": beside the whole, its one
                // other count is the part counted; the ratio beside them is not read, nor a share of the count
                // ("Tổng số hộ | Số hộ có nhà tiêu HVS | Trong đó xây mới": the new ones are some of those that have one)
                numerators = counts;
            } else if (numerators.isEmpty() && denominators.size() == 1 && counts.isEmpty() && shares.size() == 1) {
                int share = shares.get(0);
                if (!shareCounted(indicator, texts.getOrDefault(share, ""))) {
                    issues.add(shareNotCounted(headerRow.at(headerRow.row(), Location.columnName(share)), indicator,
                            texts.getOrDefault(share, "")));
                    return Optional.empty(); // "Tổng số hộ | Trong đó hộ nghèo" under CT11: the poor, not those with a latrine
                }
                numerators = shares; // "Tổng số hộ | Trong đó: được bồi dưỡng": the share of the whole counted
            }
            if (numerators.size() == 1 && denominators.size() == 1) {
                return Optional.of(new IndicatorColumns(indicator, OptionalInt.empty(), OptionalInt.of(numerators.get(0)),
                        OptionalInt.of(denominators.get(0))));
            }
            if (numerators.size() > 1 || denominators.size() > 1) {
                issues.add(duplicateColumn(at, indicator.code()));
                return Optional.empty();
            }
            List<Integer> rests = with(parts, Part.REST);
            if (numerators.isEmpty() && !rests.isEmpty()) {
                Location rest = headerRow.at(headerRow.row(), Location.columnName(rests.get(0)));
                issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, rest, Text.of(
                        "Cột %s đếm phần còn lại (chưa đạt), không phải tử số của %s (%s): %s không được đọc từ bảng này."
                                + " Ghi số đã đạt vào một cột của nó (tử số) bên cột tổng số",
                        "Column %s counts the rest (those not yet met), not %s's numerator (%s): %s is not read from this"
                                + " table. Give the number met in a column of its own (the numerator) beside the total")
                        .format(Location.columnName(rests.get(0)), indicator.code(), indicator.numerator().map(Text::vi).orElse(""),
                                indicator.code())));
                return Optional.empty();
            }
            issues.add(new Issue(Finding.RATE_NEEDS_TWO_COLUMNS, at, Text.of(
                    "%s là tỷ lệ: cần hai cột, tử số (%s) và mẫu số (%s), không phải một cột tỷ lệ phần trăm; cột này bị bỏ qua",
                    "%s is a rate: it needs two columns, numerator (%s) and denominator (%s), not one column of percentages; the column is ignored")
                    .format(indicator.code(), indicator.numerator().map(Text::vi).orElse(""),
                            indicator.denominator().map(Text::vi).orElse(""))));
            return Optional.empty();
        }
        List<Integer> results = with(parts, Part.RESULT);
        if (!with(parts, Part.OTHER_KIND).isEmpty()) {
            results = List.of(); // "Xây mới | Sửa chữa | Tổng số": is the total the plan's figure, or the new ones?
        }
        if (all.size() == 1 && parts.get(all.get(0)) == Part.OTHER) {
            results = all; // the indicator's only column, with nothing that says it is not the figure
        }
        if (results.size() == 1) {
            return Optional.of(new IndicatorColumns(indicator, OptionalInt.of(results.get(0)), OptionalInt.empty(),
                    OptionalInt.empty()));
        }
        String range = Location.columnName(all.get(0)) + (all.size() > 1 ? ":" + Location.columnName(all.get(all.size() - 1)) : "");
        Text found = Text.of(describe(parts, Lang.VI), describe(parts, Lang.EN));
        issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, at, Text.of(
                "Không rõ cột nào là kết quả của %s trong %s (%s): %s không được đọc từ bảng này. Ghi 'Thực hiện' vào"
                        + " tiêu đề cột kết quả, hoặc chỉ để một cột cho chỉ tiêu",
                "Which column of %s in %s is its result cannot be told (%s): %s is not read from this table. Head the"
                        + " result column 'Thực hiện', or give the indicator one column")
                .format(indicator.code(), range, found, indicator.code())));
        return Optional.empty();
    }

    /** The columns and what each holds: {@code C kế hoạch, D tỷ lệ}. */
    private static String describe(Map<Integer, Part> parts, Lang lang) {
        List<String> each = new ArrayList<>();
        parts.forEach((column, part) -> each.add(Location.columnName(column) + " " + part.label().in(lang)));
        return String.join(", ", each);
    }

    static List<Integer> with(Map<Integer, Part> parts, Part part) {
        return parts.entrySet().stream().filter(e -> e.getValue() == part).map(Map.Entry::getKey).toList();
    }

    /** The indicator a header names, by its code ("CT08", "CT 8", "ct08 - Số hộ ...") or its name. */
    static Optional<Indicator> indicator(Plan plan, String key) {
        return IndicatorNames.of(plan).find(key);
    }

    /**
     * A cell whose code names one indicator and whose words another ("CT08 - Mái ấm tình thương"):
     * which one the figures are cannot be told, so they are not read.
     */
    static Optional<Issue> codeAgainstName(Plan plan, Indicator coded, String text, Location at) {
        Optional<Indicator> second = IndicatorNames.of(plan).otherCode(coded, Names.key(text));
        if (second.isPresent()) {
            // "CT08 + CT09": two indicators' figure in one cell, or either's? Not read
            return Optional.of(new Issue(Finding.CONTRADICTION, at, Text.of(
                    "'%s' ghi hai mã chỉ tiêu, %s và %s: không rõ số liệu là của chỉ tiêu nào, nên không được đọc. Để mỗi"
                            + " chỉ tiêu một cột (hoặc một dòng) với mã của nó",
                    "'%s' gives two indicators' codes, %s and %s: whose figure it is cannot be told, so it is not read."
                            + " Give each indicator a column (or a row) of its own, with its code")
                    .format(shorten(text), coded.code(), second.get().code())));
        }
        return IndicatorNames.of(plan).namedBesides(coded, Names.key(text)).map(named -> new Issue(Finding.CONTRADICTION, at,
                Text.of("'%s' ghi mã %s nhưng tên là của %s (%s): không rõ là chỉ tiêu nào, số liệu ở đây không được đọc."
                                + " Sửa mã hoặc tên cho khớp",
                        "'%s' gives the code %s but the name of %s (%s): which indicator it is cannot be told, so its"
                                + " figures are not read. Make the code and the name agree")
                        .format(shorten(text), coded.code(), named.code(), named.label())));
    }

    /**
     * Whether a row's indicator cell holding no code but an indicator's words, with no figure
     * beside it, is a section's title ("II. MÁI ẤM TÌNH THƯƠNG" over CT09's row), not the indicator's row.
     */
    static boolean sectionTitle(Plan plan, String text) {
        return !IndicatorNames.of(plan).hasCode(Names.key(text)); // a bare code ("CT09") is one of the words it looks for
    }

    /** The indicator a cell of a long table's indicator column names: its code or its name. */
    static Optional<Indicator> indicatorCell(Plan plan, String text) {
        Optional<Indicator> byCode = plan.indicator(text.strip().replace(" ", ""));
        if (byCode.isPresent()) {
            return byCode;
        }
        if (IndicatorNames.of(plan).part(text)) {
            return Optional.empty(); // "CT08.1": an item under CT08, not CT08
        }
        String key = Names.key(text);
        Optional<Indicator> named = indicator(plan, key);
        if (named.isPresent() || Role.of(key).isPresent() || Part.of(key) != Part.OTHER || totalWords(key)) {
            return named; // a header repeated on each printed page ("Chỉ tiêu"), a total's row: no indicator's name
        }
        return IndicatorNames.of(plan).shortened(key.replaceFirst("^(?:[ivx]+|\\d+) ", ""));
    }

    private static Issue duplicateColumn(Location at, String what) {
        return new Issue(Finding.DUPLICATE_COLUMN, at, Text.of(
                "Cột '%s' lặp lại; chỉ cột đầu tiên được đọc. Xóa cột thừa",
                "Column '%s' appears twice; only the first is read. Remove the extra one").format(shorten(what)));
    }

    /** The plan's indicator codes as a range, {@code CT01–CT20}. */
    static String codes(Plan plan) {
        List<Indicator> all = plan.indicators();
        return all.isEmpty() ? "" : all.get(0).code() + "–" + all.get(all.size() - 1).code();
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
