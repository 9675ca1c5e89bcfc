package vn.khlt.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.read.Attribution.Attribute;
import vn.khlt.read.Header.IndicatorColumns;
import vn.khlt.read.Header.Role;

/**
 * Reads one sheet (or one CSV), row by row as they stream in: finds the header among the first
 * rows, takes what the title block above it says, then turns each data row into figures. Only
 * the rows before the header are held in memory.
 */
final class TableReader {

    private static final Set<String> TOTALS = Set.of("tong", "tong cong", "cong", "total", "grand total", "tong so", "tc",
            "toan tinh", "tong toan tinh", "cong toan tinh", "toan huyen", "tong cong toan tinh", "ca tinh", "cong chung",
            "toan hoi", "tong toan hoi", "cong toan hoi", "toan doan", "tong toan doan", "cong toan doan", "tong chung", "tong hop",
            "tong cac don vi", "cong cac don vi", "tong so toan tinh", "tong so toan hoi", "tong so toan doan");
    /** A total named by the sections it adds: "Tổng (1+2)", "Tổng I+II", "Tổng cộng A + B", as keys. */
    private static final java.util.regex.Pattern TOTAL_OF_SECTIONS = java.util.regex.Pattern.compile(
            "^tong(?: cong| so)? (?:\\d{1,2}|[ivx]{1,4}|[a-d])(?: (?:\\d{1,2}|[ivx]{1,4}|[a-d]))+$");
    /** A column-number row under a header: {@code (1) (2) (3)}, {@code A B 1 2 3}, counting up. */
    private static final java.util.regex.Pattern COLUMN_NUMBER = java.util.regex.Pattern.compile("\\(?(\\d{1,2}|[A-Za-z])\\)?");
    /**
     * A section's numbering before a unit's name: {@code I. Huyện Ba Tri}, {@code 2) Chợ Lách}, {@code A- Khối huyện};
     * a number's also without a space after its mark, or with a slash: {@code 03-Giồng Trôm}, {@code 2/ Chợ Lách}.
     */
    private static final java.util.regex.Pattern SECTION = java.util.regex.Pattern.compile(
            "^(?:(?:[IVXivx]{1,4}|[A-Za-z]|\\d{1,2})\\s*[.)\\-–]\\s+|\\d{1,2}\\s*[./)\\-–]\\s*(?=\\p{L}))");
    /** How a commune's name begins, as {@link Names#key} writes it. */
    private static final List<String> COMMUNE = List.of("xa ", "phuong ", "thi tran ", "tt ", "x ", "p ");

    private final Plan plan;
    /** The options say the inputs are full-year reports, whatever their titles say. */
    private final boolean fullYear;
    /** Whether the officer asked for a level's running total from the plan's first year to be read ({@code --running-totals}). */
    private final boolean runningTotals;
    private final Location sheet;
    /** Reads each figure's number from its cell. */
    private final FigureCells cells;
    private final Attribution fileClaims;
    private final Clues clues;
    private final FigureSink sink;
    private final List<Issue> issues;
    /** What was understood of each table: one note a table, made when the table ends. */
    private final List<TableNote> notes;
    /** The rows of this table passed over, and why (the first {@link TableNote#MAX_SKIPPED}). */
    private final List<Text> skipped = new ArrayList<>();

    private final List<Row> buffer = new ArrayList<>();
    private Header header;
    /** Rows that say which part of a figure, or which year's, they hold. */
    private final PartRows partRows;
    /** A long table's figures of the province itself, held against its districts' sum. */
    private final ProvinceFigures provinceFigures;
    private Attribution claims;
    private boolean blocked;
    private long figures;
    /** The sums of the units' rows that total and subtotal rows are checked against. */
    private final UnitSums sums;

    TableReader(Plan plan, Location sheet, Attribution fileClaims, Clues clues, FigureSink sink, List<Issue> issues,
            boolean fullYear, boolean runningTotals, List<TableNote> notes) {
        this.plan = plan;
        this.notes = notes;
        this.fullYear = fullYear;
        this.runningTotals = runningTotals;
        this.sheet = sheet;
        this.cells = new FigureCells(sheet, issues);
        this.sums = new UnitSums(sheet, issues);
        this.rateRows = new RateRows(sheet, cells, issues, this::emit);
        this.fileClaims = fileClaims;
        this.clues = clues;
        this.sink = sink;
        this.unitNotes = new UnitNotes(plan, sink);
        this.partRows = new PartRows(() -> header, this::rowsYear, this::skip);
        this.blankForm = new BlankForm(sheet.sheet(), fileName(), this::counted);
        this.provinceFigures = new ProvinceFigures(plan, issues, blankForm::take);
        this.issues = issues;
        // an association's column may abbreviate them as a joint report's columns do ("PN", "ND", "TN")
        this.associationResolver = text -> allAssociations(text) ? Optional.empty() : found(Header.associationColumn(plan, text).map(List::of)
                        .orElseGet(() -> plan.associationNames().candidates(text).stream().map(Association::code).toList()),
                text, Finding.UNKNOWN_ASSOCIATION, Finding.AMBIGUOUS_ASSOCIATION, Text.of("đoàn thể", "association"),
                () -> Closest.to(text, plan.associations(), Association::names, a -> a.code() + " (" + a.name().vi() + ")"));
        this.unitResolver = this::unit;
        this.yearResolver = this::year;
    }

    void row(Row whole) {
        if (beside != null) {
            beside.row(whole);
        }
        Row row = whole.number() >= sliceFrom ? whole.slice(fromColumn, toColumn) : whole;
        if (header != null) {
            data(row);
            return;
        }
        if (row.blank()) {
            return;
        }
        buffer.add(row);
        if (headerRows.isPresent() ? row.number() >= headerRows.get().last() : buffer.size() >= Header.SEARCH_ROWS) {
            search();
        }
    }

    /**
     * A second table beside this one on the same rows ({@link SideBySide}), read by a reader of its
     * own; from the header's row on, each sees its own columns, and the rows above (the titles) whole.
     */
    private TableReader beside;
    private int fromColumn;
    private int toColumn = Integer.MAX_VALUE;
    private int sliceFrom = Integer.MAX_VALUE;

    /** Whether the rows held while the header is looked for hold two tables side by side: then each gets a reader. */
    private void splitBeside() {
        Optional<SideBySide.Split> split = headerRows.isPresent() || fromColumn > 0 ? Optional.empty() : SideBySide.find(buffer);
        if (split.isEmpty()) {
            return;
        }
        beside = new TableReader(plan, sheet, fileClaims, clues, sink, issues, fullYear, runningTotals, notes);
        beside.delimited = delimited;
        beside.hiddenSheet = hiddenSheet;
        beside.hiddenColumns = hiddenColumns;
        beside.comments = comments;
        beside.ownSheets = ownSheets;
        beside.sums.alongside(this::sumBeside);
        beside.fromColumn = split.get().column();
        beside.sliceFrom = split.get().row();
        toColumn = split.get().column();
        sliceFrom = split.get().row();
        List<Row> held = List.copyOf(buffer);
        buffer.clear();
        for (Row row : held) {
            beside.row(row);
            Row own = row.number() >= sliceFrom ? row.slice(fromColumn, toColumn) : row;
            if (!own.blank()) {
                buffer.add(own);
            }
        }
    }

    /**
     * For the table beside this one: this table's sum of the column that holds the same figure as
     * the other's column (the same indicator, year and association, and part of it), or null.
     */
    private BigDecimal sumBeside(int column) {
        if (header == null || beside == null || beside.header == null) {
            return null;
        }
        for (IndicatorColumns theirs : beside.header.indicators) {
            for (IndicatorColumns mine : header.indicators) {
                if (mine.indicator().equals(theirs.indicator()) && mine.year().equals(theirs.year())
                        && mine.association().equals(theirs.association())) {
                    OptionalInt same = theirs.value().equals(OptionalInt.of(column)) ? mine.value()
                            : theirs.numerator().equals(OptionalInt.of(column)) ? mine.numerator()
                            : theirs.denominator().equals(OptionalInt.of(column)) ? mine.denominator() : OptionalInt.empty();
                    if (same.isPresent()) {
                        return sums.sinceTotal(same.getAsInt());
                    }
                }
            }
        }
        return null;
    }

    /** True when a table was found; the caller says what a sheet without one means. */
    boolean end() {
        if (header == null) {
            search(); // a short sheet, whose header is looked for only now: it may hold a table beside this one
        }
        // the table beside first: a total at its foot may add up this one's rows too, whose sums end with this one
        boolean besideFound = beside != null && beside.end();
        boolean found = endOwn();
        unitNotes.endSheet();
        return found | besideFound;
    }

    private boolean endOwn() {
        if (header != null && stackedHeader != null) {
            Row last = stackedHeader;
            stackedHeader = null;
            if (!blocked && Header.find(plan, List.of(last), sheet).isEmpty()) {
                wordsOfTable(last);
            }
        }
        if (header != null) {
            endTable();
            hiddenNote();
        }
        return header != null;
    }

    long figures() {
        return figures;
    }

    private void search() {
        if (beside == null) {
            splitBeside();
        }
        Optional<Header> found = headerRows.isPresent() ? said(headerRows.get()) : Header.find(plan, buffer, sheet);
        List<Row> rows = List.copyOf(buffer);
        buffer.clear();
        if (found.isEmpty()) {
            return;
        }
        header = found.get();
        sheetTitles = rows.stream().filter(r -> r.number() < header.firstRow).toList();
        claims = fileClaims.copy();
        if (!sheet.sheet().isEmpty()) {
            clues.fromSheetName(sheet.sheet(), claims); // a sheet per year, per association or per district
        }
        titleClaims(sheetTitles, claims);
        titleMeasure = titleMeasure(sheetTitles);
        if (runningTotals) {
            header.readRunningTotals(); // --running-totals: a level's running total from the plan's first year is its figure
        }
        TableKind kind = new TableKind(plan, header, sheet, claims, fullYear, partRows, issues);
        boolean notTheYears = !header.refused && (kind.example(rows) || kind.planned(rows) || kind.directed(rows)
                || kind.compared(rows) || kind.partialPeriod(rows) || kind.bandApart(rows));
        // a table refused whole for its period says so once: not again for each column under its title ("6 tháng …")
        issues.addAll(notTheYears ? header.issues.stream().filter(i -> i.finding() != Finding.AMBIGUOUS_COLUMN).toList()
                : header.issues);
        if (!header.refused && header.layout == Header.Layout.WIDE) {
            unitsUntitled(rows);
        }
        blocked = header.refused || notTheYears || contradicted(sheet) || rowsNamedElsewhere(rows) || kind.communesReport(sheetTitles);
        if (!blocked) {
            ColumnsUnderHeader columns = new ColumnsUnderHeader(header, sheet, issues);
            columns.untitledBeside(rows);
            columns.laterYears(claims.get(Attribute.YEAR));
        }
        Optional<Row[]> unclear = blocked ? Optional.empty()
                : new AssociationRows(plan, clues, header, rows).unclear(rows, this::isTotal);
        unclear.ifPresent(pair -> issues.add(associationUnderUnit(pair[0], pair[1]))); // "Ba Tri", then "Hội LHPN": not read
        blocked |= unclear.isPresent();
        associations = new AssociationRows(plan, clues, header, rows);
        associationBySection = associations.sections(rows);
        unitBySection = unitSections(rows);
        associationBySubRows = !associationBySection && associations.underUnits(rows);
        totalByAssociation = associations.totalSplit(rows, this::isTotal);
        associationByUnitCell = !associationBySection && !associationBySubRows && unitCellsNameAssociations(rows);
        otherAssociationsOffices();
        checkAttributes();
        for (Row row : rows) {
            if (row.number() > header.lastRow) {
                data(row);
            }
        }
    }

    /** The rows above the sheet's first table: its letterhead and title, which hold for the tables below too. */
    private List<Row> sheetTitles = List.of();
    /** Rows of words since the last row of figures: the title of a table stacked below, once its header comes. */
    private final List<Row> betweenRows = new ArrayList<>();

    /** A table named as a form ("Mẫu"): its figures wait while they are all zero or blank. */
    private final BlankForm blankForm;
    /** The table's rows marked for a footnote, whose figures wait for its notes. */
    private final Footnotes footnotes = new Footnotes();
    /** The notes below the table that name a unit ("Ghi chú: Ba Tri lấy số liệu năm 2018"), which its figures wait for. */
    private final UnitNotes unitNotes;
    /** The table's year, asked of a note's row only (made once, not a lambda a row). */
    private final java.util.function.Supplier<OptionalInt> tablesYear = this::tablesYear;

    /** The unit of measure a line of the table's title gives all its figures ("ĐVT: hộ"), or empty. */
    private Optional<TitleMeasure> titleMeasure = Optional.empty();

    /** The unit a title's line gives the table's figures, unless its rows give their own (a column ĐVT), or the percentages its title names. */
    private Optional<TitleMeasure> titleMeasure(List<Row> titles) {
        boolean ownColumn = header.titles.values().stream().map(Names::key)
                .anyMatch(Header.Part::measureTitle);
        return TitleMeasure.of(titles, sheet, TableKind.columnsSayTheirPart(header), ownColumn);
    }

    private void titleClaims(List<Row> titles, Attribution into) {
        for (Row row : titles) {
            for (Cell cell : row.cells()) {
                if (cell.kind() == Cell.Kind.TEXT) {
                    clues.fromTitle(cell.text(), Location.columnName(cell.column()) + row.number(), into);
                }
            }
        }
    }

    /**
     * A table stacked below another on the sheet is whose its own title says ("BIỂU 2: KẾT QUẢ NĂM
     * 2018"), and what the sheet's letterhead says where its title is silent; its title is checked for a
     * plan or a period other than a year, as the first table's is.
     */
    private void stackedTable(List<Row> titles) {
        claimed.clear();
        Attribution own = new Attribution();
        titleClaims(titles, own);
        Attribution above = new Attribution();
        titleClaims(sheetTitles, above);
        claims = fileClaims.copy();
        if (!sheet.sheet().isEmpty()) {
            clues.fromSheetName(sheet.sheet(), claims);
        }
        for (Attribute attribute : Attribute.values()) {
            Optional<Claim> said = own.get(attribute).or(() -> above.get(attribute));
            said.ifPresent(claim -> claims.add(attribute, claim));
        }
        titleMeasure = titleMeasure(titles.isEmpty() ? sheetTitles : titles); // the sheet's line, for a table with no title of its own
        // a table whose own title names no year is of the sheet's period: "SƠ KẾT 6 THÁNG ĐẦU NĂM 2019" over "Biểu 2: Khởi
        // nghiệp" is half a year's too, where "BIỂU 2: KẾT QUẢ NĂM 2018" is a year of its own
        List<Row> periodTitles = own.get(Attribute.YEAR).isPresent() ? titles
                : java.util.stream.Stream.concat(sheetTitles.stream(), titles.stream()).toList();
        TableKind kind = new TableKind(plan, header, sheet, claims, fullYear, partRows, issues);
        blocked = header.refused || kind.example(periodTitles) || kind.planned(periodTitles) || kind.directed(titles)
                || kind.compared(periodTitles) || kind.partialPeriod(periodTitles) || kind.communesReport(titles)
                || contradicted(sheet.at(header.firstRow, ""));
        if (!blocked) {
            new ColumnsUnderHeader(header, sheet, issues).laterYears(claims.get(Attribute.YEAR));
            if (header.layout == Header.Layout.WIDE) {
                partsAboveTheHeader(titles);
            }
        }
        associationBySection = false; // its rows come one by one: only its title names its association
        unitBySection = false;
        associations = new AssociationRows(plan, clues, header, List.of());
        associationBySubRows = false;
        totalByAssociation = false;
        checkAttributes();
    }

    /** Whether two of the table's sources disagree on whose figures it holds: each disagreement is an error. */
    private boolean contradicted(Location where) {
        List<Issue> contradictions = claims.contradictions(where);
        issues.addAll(contradictions);
        return !contradictions.isEmpty();
    }


    /** Without a column, the association (unless every indicator is the province's), unit and year must come from elsewhere. */
    private void checkAttributes() {
        if (blocked) {
            return;
        }
        List<Attribute> lacking = new ArrayList<>();
        boolean provincialOnly = header.layout == Header.Layout.WIDE
                && header.indicators.stream().allMatch(c -> c.indicator().provincial());
        if (header.column(Role.ASSOCIATION).isEmpty() && claims.get(Attribute.ASSOCIATION).isEmpty() && !provincialOnly
                && header.layout != Header.Layout.LONG && !associationBySection && !associationBySubRows && !associationByUnitCell
                && !header.associationsInColumns()) {
            lacking.add(Attribute.ASSOCIATION);
        }
        if (header.column(Role.UNIT).isEmpty() && claims.get(Attribute.UNIT).isEmpty() && !unitBySection
                && (header.layout != Header.Layout.ACROSS || header.across != Header.Across.UNITS)) {
            lacking.add(Attribute.UNIT);
        }
        if (header.column(Role.YEAR).isEmpty() && claims.get(Attribute.YEAR).isEmpty() && !header.yearsInColumns()) {
            lacking.add(Attribute.YEAR);
        }
        if (header.layout == Header.Layout.WIDE && header.associationsInColumns() && header.column(Role.ASSOCIATION).isEmpty()
                && claims.get(Attribute.ASSOCIATION).isEmpty() && !associationBySection) {
            // a joint report whose other indicators head no association's columns: those are nobody's
            for (IndicatorColumns columns : header.indicators) {
                if (columns.association().isEmpty() && !columns.indicator().provincial()) {
                    issues.add(new Issue(Finding.MISSING_ASSOCIATION, sheet.at(header.lastRow,
                            Location.columnName(columns.columns().min().getAsInt())), Text.of(
                            "Không biết %s ở cột này là của đoàn thể nào (các chỉ tiêu khác chia cột theo đoàn thể): không"
                                    + " đọc. Chia cột theo đoàn thể, hoặc ghi đoàn thể vào tên tệp",
                            "Whose %s this column is cannot be told (the other indicators have a column per association):"
                                    + " not read. Give it a column per association, or name the association in the file name")
                            .format(columns.indicator().code())));
                }
            }
        }
        // "Tổng hợp" before "HLHPN", "HND", … (or "Ba Tri", "Chợ Lách", …, or "Năm 2018", "Năm 2019"): their sum
        for (Attribute attribute : List.of(Attribute.ASSOCIATION, Attribute.UNIT, Attribute.YEAR)) {
            List<String> own = ownSheets.getOrDefault(attribute, List.of());
            if (lacking.contains(attribute) && !own.isEmpty()) {
                issues.add(new Issue(Finding.SHEET_SKIPPED, sheet, Text.of(
                        "Trang này không ghi %s, còn mỗi %s có trang riêng (%s): coi là trang tổng hợp, không tính để khỏi"
                                + " cộng hai lần. Nếu trang có số liệu của riêng một %s, ghi tên vào tên trang",
                        "This sheet names no %s, and each %s has a sheet of its own (%s): taken for their summary, and not"
                                + " counted, so that nothing is counted twice. If it holds one %s's own figures, name it in the"
                                + " sheet's name")
                        .format(attribute.label, attribute.label, String.join(", ", own), attribute.label)));
                lacking.clear();
                blocked = true;
                break;
            }
        }
        for (Attribute attribute : lacking) {
            issues.add(new Issue(attribute.missing, sheet,
                    Text.of("Không biết %s của bảng này: thêm cột '%s', ghi vào tiêu đề hoặc tên tệp (ví dụ HND_2017_Ba-Tri.xlsx), hoặc dùng tùy chọn %s",
                            "The %s of this table is not known: add a '%s' column, state it in the title or the file name (such as HND_2017_Ba-Tri.xlsx), or pass %s")
                            .format(attribute.label, attribute == Attribute.ASSOCIATION ? "Đoàn thể"
                                    : attribute == Attribute.UNIT ? "Đơn vị" : "Năm", attribute.option)));
            blocked = true;
        }
    }

    private void data(Row row) {
        if (row.blank()) {
            return;
        }
        if (!blocked) {
            footnotes.row(row, header.labels(), sheet);
        }
        // a refused table's notes are read too: one saying the figures above are part of the year may speak of the tables above
        if (unitNotes.row(row, tablesYear, !fullYear, sheet)) {
            String note = Header.shorten(row.text(row.firstFilled()));
            skip(row, Text.of("ghi chú: '" + note + "'", "a note: '" + note + "'"));
            return;
        }
        if (header.layout == Header.Layout.WIDE || header.layout == Header.Layout.ACROSS) {
            boolean words = !row.holdsNumber(); // words only, as a header's rows
            if ((stackedHeader != null || words) && stacked(row)) {
                return;
            }
            if (!words) {
                betweenRows.clear(); // a row of figures: the words above it were this table's
            }
        }
        tableRow(row);
    }

    /**
     * A row of words held as another table's header's first row, and not one: this table's (a signature,
     * a note, a unit without figures; in a table across, an indicator without figures, a section).
     */
    private void wordsOfTable(Row row) {
        if (header.layout == Header.Layout.ACROSS) {
            tableRow(row);
        } else {
            wideRow(row);
        }
    }

    /** A row of the table's, read by its layout, unless it is refused or another period's. */
    private void tableRow(Row row) {
        partRows.nextRow();
        if (blocked || shifted(row) || partialRow(row) || datedRow(row) || notedRow(row) || commentedRow(row) || partRows.other(row)) {
            return;
        }
        if (header.layout == Header.Layout.LONG) {
            longRow(row);
        } else if (header.layout == Header.Layout.ACROSS) {
            acrossRow(row);
        } else {
            wideRow(row);
        }
    }

    /**
     * Whether a row says, in a column that is not read ("Kỳ: 6 tháng", "Thời gian: Quý III"), that
     * its figures cover less than a year: then none of them count, with a warning that names the
     * period, unless the options say the inputs are full-year reports.
     */
    private boolean partialRow(Row row) {
        if (fullYear) {
            return false;
        }
        for (int column : partRows.unreadOf(row)) {
            Optional<String> period = partOfYear(row.at(column), column);
            if (period.isPresent()) {
                issues.add(periodOfRow(row, column, period.get()));
                skip(row, Text.of("kỳ '" + period.get() + "', không phải cả năm", "the period '" + period.get() + "', not a full year"));
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a row gives, in a column of days ("Ngày báo cáo | 20/06/2019") or in a note ("Cập nhật
     * ngày 20/6/2019"), a day before its year was over on which its figures were reported: they are
     * not the year's then, and none of them count.
     */
    private boolean datedRow(Row row) {
        if (fullYear) {
            return false;
        }
        int[] days = header.dayColumns();
        for (int column : partRows.unreadOf(row)) {
            Cell cell = row.at(column);
            if (cell == null || cell.kind() != Cell.Kind.TEXT && !cell.dateFormat()) {
                continue;
            }
            Optional<ReportPeriod.Signed> day = java.util.Arrays.stream(days).anyMatch(c -> c == column)
                    ? ReportPeriod.rowsDay(header.titles.get(column), cell.text())
                    : cell.kind() == Cell.Kind.TEXT ? ReportPeriod.notedDay(cell.text()) : Optional.empty();
            OptionalInt year = day.isPresent() ? rowsYear(row) : OptionalInt.empty();
            if (year.isPresent() && day.get().before(year.getAsInt())) {
                issues.add(new Issue(Finding.PARTIAL_PERIOD, at(row, column), Text.of(
                        "Dòng %d ghi ngày %s ở cột '%s', trước khi hết năm %d: số liệu của dòng khi đó chưa phải số cả năm, không"
                                + " số liệu nào của dòng được tính. Gửi số liệu cả năm; nếu đây đúng là số liệu cả năm, dùng tùy"
                                + " chọn --period year",
                        "Row %d gives the day %s in the column '%s', before the year %d was over: its figures were not yet"
                                + " the year's then, and none of them count. Send the full year's figures; if these are in fact"
                                + " the full year's, pass --period year")
                        .format(row.number(), day.get().written(), columnTitle(column), year.getAsInt())));
                skip(row, Text.of("ngày " + day.get().written() + ", trước khi hết năm", "the day " + day.get().written()
                        + ", before the year was over"));
                return true;
            }
        }
        return false;
    }

    /** A row's period, said in its column, that is part of the year: none of its figures count. */
    private Issue periodOfRow(Row row, int column, String period) {
        return new Issue(Finding.PARTIAL_PERIOD, at(row, column), Text.of(
                "Dòng %d ghi kỳ '%s' (cột '%s'), không phải cả năm: không số liệu nào của dòng được tính cho năm."
                        + " Gửi số liệu cả năm; nếu đây đúng là số liệu cả năm, dùng tùy chọn --period year",
                "Row %d says the period '%s' (column '%s'), not a full year: none of its figures count for the"
                        + " year. Send the full year's figures; if these are in fact the full year's, pass --period year")
                .format(row.number(), period, columnTitle(column)));
    }

    /**
     * Whether a row's note, in a column that is not read, says its figures are not its unit's of the
     * report's year ({@link RowNote}: another year's, a running total, another unit's too): then none
     * of them count, and that is said. A total's note ("đã gồm cấp tỉnh") is its own business.
     */
    private boolean notedRow(Row row) {
        int[] unread = partRows.unreadOf(row);
        OptionalInt unitColumn = header.column(Role.UNIT);
        if (unread.length == 0 || unitColumn.isPresent() && isTotal(row.text(unitColumn.getAsInt()))) {
            return false;
        }
        for (int column : unread) {
            Cell cell = row.at(column);
            // a row's year alone is its part (PartRows); a number alone is a note only under "Ghi chú" ("2018": that year's
            // figures?), never in another column ("1900" in a total's), in a CSV as in a workbook
            boolean notes = header.column(Role.NOTE).equals(OptionalInt.of(column));
            Optional<RowNote.Reading> note = cell == null || partRows.yearAlone(cell, column).isPresent()
                    || (notes ? cell.kind() != Cell.Kind.TEXT && cell.kind() != Cell.Kind.NUMBER
                            : cell.kind() != Cell.Kind.TEXT || cell.holdsNumber())
                    ? Optional.empty() : RowNote.read(cell.text(), rowsYear(row));
            if (note.isEmpty()) {
                continue;
            }
            String said = Header.shorten(cell.text());
            issues.add(RowNote.issue(note.get(), at(row, column), row.number(), Text.of("ghi chú '%s'", "note '%s'").format(said)));
            stillSummed(row);
            skip(row, Text.of("ghi chú '" + said + "'", "the note '" + said + "'"));
            return true;
        }
        return false;
    }

    /** The comments (Excel's notes) on the sheet's cells: read as a row's note is. */
    private CellComments comments = CellComments.NONE;

    void comments(Map<Integer, Map<Integer, String>> byRow) {
        this.comments = new CellComments(byRow);
    }

    /**
     * Whether a comment on one of the row's cells (its unit's, a figure's, a note's) says its figures
     * are not the unit's of the report's year ({@link CellComments}): then none of them count, and that
     * is said. A total's comment is its own business.
     */
    private boolean commentedRow(Row row) {
        if (comments.isEmpty()) {
            return false;
        }
        List<CellComments.Said> said = comments.all(row.number(), fromColumn, toColumn, rowsYear(row), fullYear);
        if (said.isEmpty() || header.column(Role.UNIT).isPresent() && isTotal(unitText(row))) {
            return false;
        }
        Location at = at(row, said.get(0).column());
        issues.add(said.get(0).rowIssue(at, row.number()));
        stillSummed(row);
        skip(row, said.get(0).what(at));
        return true;
    }

    /** The header whose cells' comments were read, and the indicators (by code; "*" for all) they refuse. */
    private Header commentedHeader;
    private Set<String> commentedIndicators = Set.of();

    /**
     * Whether a comment on the header's cell over a figure's column says the column's figures are
     * not the year's ("CT09" with "Số liệu cộng dồn 2016 - 2019", "Thực hiện" with "Số 6 tháng"): in
     * a table of units, the indicator whose columns it stands over; in a long table, its figures'
     * column, every figure. Read once a table, and said once.
     */
    private boolean headerCommented(Figure figure) {
        if (commentedHeader != header) {
            commentedHeader = header;
            commentedIndicators = new HashSet<>();
            for (int r = header.firstRow; r <= header.lastRow; r++) {
                for (CellComments.Said said : comments.all(r, fromColumn, toColumn, tablesYear(), fullYear)) {
                    Optional<String> refused = commentedColumnsIndicator(said.column(), r);
                    Location at = sheet.at(r, Location.columnName(said.column()));
                    refused.ifPresent(code -> issues.add(said.columnIssue(at,
                            code.equals("*") ? Text.of("cột", "the column") : Text.of(code, code))));
                    refused.ifPresent(commentedIndicators::add);
                }
            }
        }
        return !commentedIndicators.isEmpty()
                && (commentedIndicators.contains(figure.indicator()) || commentedIndicators.contains("*"));
    }

    /**
     * The indicator whose figures' columns a header's cell stands over ("*": a long table's figures'
     * column), or none: a cell between its first and last read column, or the cell on the header's
     * first row that names it (*CT08* merged over *Kế hoạch | Thực hiện*, its comment on the first).
     */
    private Optional<String> commentedColumnsIndicator(int column, int row) {
        if (header.layout == Header.Layout.LONG) {
            return valueColumns().contains(column) ? Optional.of("*") : Optional.empty();
        }
        for (IndicatorColumns columns : header.indicators) {
            if (columns.columns().min().orElse(-1) <= column && column <= columns.columns().max().orElse(-1)) {
                return Optional.of(columns.indicator().code());
            }
        }
        String top = Header.titleRows(header.titles.getOrDefault(column, ""))[0];
        Optional<Indicator> named = row != header.firstRow || top.isEmpty() ? Optional.empty()
                : Header.indicator(plan, Names.key(top));
        return named.filter(indicator -> header.indicators.stream().anyMatch(c -> c.indicator().equals(indicator)))
                .map(Indicator::code);
    }

    /**
     * A wide table's row refused for what its note says, whose cells still go into the sums a total
     * below it is held against: the office's total counted them.
     */
    private void stillSummed(Row row) {
        if (header.layout != Header.Layout.WIDE || header.column(Role.YEAR).isPresent()) {
            return;
        }
        sums.year(0);
        for (IndicatorColumns columns : summedIndicators()) {
            columns.columns().forEach(column -> sums.add(row, column));
        }
        sums.rowAdded();
    }

    /** The year the table's sources say its figures are of, when they say one. */
    private OptionalInt tablesYear() {
        return claim(Attribute.YEAR).map(c -> OptionalInt.of(Integer.parseInt(c.value()))).orElse(OptionalInt.empty());
    }

    /** The year a row's figures are read as: its year column's, else the table's, when known. */
    private OptionalInt rowsYear(Row row) {
        OptionalInt column = header.column(Role.YEAR);
        Optional<String> year = column.isPresent() ? yearOf(row.shownText(column.getAsInt())) : claim(Attribute.YEAR).map(Claim::value);
        return year.map(y -> OptionalInt.of(Integer.parseInt(y))).orElse(OptionalInt.empty());
    }

    /** A column's title, shortened, or its letter when it has none (a column left untitled). */
    private String columnTitle(int column) {
        String title = header.titles.getOrDefault(column, "");
        return title.isEmpty() ? Location.columnName(column) : Header.shorten(title);
    }

    /**
     * The part of the year a cell says its row covers: its words ("6 tháng", "Quý II"), or, under a
     * column of periods, its number or numeral read with the column's title ("Quý | I", "Tháng | 6").
     */
    private Optional<String> partOfYear(Cell cell, int column) {
        if (cell == null || cell.text().isBlank()) {
            return Optional.empty();
        }
        Optional<String> said = cell.kind() == Cell.Kind.TEXT ? ReportPeriod.partial(cell.text()) : Optional.empty();
        if (said.isPresent() || !header.column(Role.PERIOD).equals(OptionalInt.of(column))
                || cell.kind() != Cell.Kind.TEXT && cell.kind() != Cell.Kind.NUMBER) {
            return said;
        }
        String title = Names.key(header.titles.getOrDefault(column, ""));
        String counted = title.startsWith("thang") || title.equals("month") ? "thang"
                : title.startsWith("dot") ? "dot" : title.startsWith("quy") || title.equals("quarter") ? "quy" : "";
        return counted.isEmpty() ? Optional.empty() : ReportPeriod.partial(counted + " " + cell.text().strip());
    }

    /** The rows come from a delimited text (CSV), where a value holding the delimiter splits in two. */
    private boolean delimited;

    void delimited() {
        delimited = true;
    }

    /**
     * Whether a CSV row holds a value beyond its header's last column: a number written with the
     * delimiter inside (an unquoted 60,5) has then shifted every cell after it, so none is read.
     */
    private boolean shifted(Row row) {
        if (!delimited || header.titles.isEmpty()) {
            return false;
        }
        for (int column = header.lastTitledColumn() + 1; column < row.cells().size(); column++) {
            if (row.filled(column)) {
                issues.add(new Issue(Finding.SHIFTED_ROW, at(row, column), Text.of(
                        "Dòng %d có ô '%s' ngoài cột cuối của tiêu đề: các ô đã lệch cột (thường do số có dấu phẩy như 60,5 không"
                                + " đặt trong ngoặc kép), không đọc số liệu nào của dòng này; đặt số đó trong ngoặc kép (\"60,5\")"
                                + " hoặc lưu lại tệp bằng Excel",
                        "Row %d has '%s' beyond its header's last column: its cells have shifted (often a number with a comma,"
                                + " such as 60,5, left unquoted), so nothing is read from the row; quote it (\"60,5\") or save"
                                + " the file again from Excel").format(row.number(), Header.shorten(row.at(column).text()))));
                skip(row, Text.of("các ô lệch cột, không đọc", "its cells have shifted, not read"));
                return true;
            }
        }
        return numberInLastNotes(row);
    }

    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile("-?\\d[\\d.,]*%?");

    /**
     * Whether a CSV row's notes, in the header's last column, are a number alone ("1,Ba Tri,1,250,3,4" under
     * "STT,Đơn vị,CT08,CT09,CT14,Ghi chú": 1,250 split in two has pushed 4 into the notes): a note is words,
     * so the row's cells have shifted and none is read. A year alone is a note of its own (RowNote).
     */
    private boolean numberInLastNotes(Row row) {
        int last = header.lastTitledColumn();
        OptionalInt notes = header.column(Role.NOTE);
        if (notes.isEmpty() || notes.getAsInt() != last || !row.filled(last)) {
            return false;
        }
        Cell cell = row.at(last);
        // a number alone ("4", "250", "5%"); "3 xã", "2 căn" are notes in words
        if (!BARE_NUMBER.matcher(cell.text().strip()).matches() || RowNote.read(cell.text(), rowsYear(row)).isPresent()) {
            return false;
        }
        issues.add(new Issue(Finding.SHIFTED_ROW, at(row, last), Text.of(
                "Dòng %d có số '%s' ở cột ghi chú '%s', cột cuối của tiêu đề: ghi chú chỉ có một số thường là do các ô đã lệch"
                        + " cột (một số có dấu phẩy như 1,250 không đặt trong ngoặc kép bị tách làm hai), nên không đọc số liệu"
                        + " nào của dòng này; đặt số đó trong ngoặc kép (\"1,250\") hoặc lưu lại tệp bằng Excel, và ghi chú"
                        + " bằng lời",
                "Row %d has the number '%s' in its notes column '%s', the header's last: a note that is a number alone"
                        + " usually means the cells have shifted (a number with a comma, such as 1,250, left unquoted and split"
                        + " in two), so nothing is read from the row; quote it (\"1,250\") or save the file again from Excel,"
                        + " and write notes in words").format(row.number(), Header.shorten(cell.text()), columnTitle(last))));
        skip(row, Text.of("số '" + Header.shorten(cell.text()) + "' ở cột ghi chú: các ô lệch cột, không đọc",
                "the number '" + Header.shorten(cell.text()) + "' in the notes: its cells have shifted, not read"));
        return true;
    }

    /**
     * A row of a table across: one indicator, a figure in each unit's column. A rate needs two
     * figures for each unit and is refused here; a total column is checked against the units.
     */
    private void acrossRow(Row row) {
        OptionalInt indicator = header.column(Role.INDICATOR);
        Optional<Integer> said = indicator.isPresent() && row.text(indicator.getAsInt()).isEmpty()
                && acrossRows.stream().noneMatch(Row::holdsNumber) ? saidColumn(row, header.unitColumns.keySet()) : Optional.empty();
        if (said.isPresent()) {
            // "Kế hoạch | Thực hiện" under each unit, a blank row below the units: which column is a unit's result?
            issues.add(untakenHeaderRow(row, said.get(), Text.of("ở cột của đơn vị", "in a unit's column"), TABLE_NOT_READ));
            blocked = true;
            acrossRows.clear();
            return;
        }
        acrossRows.add(row); // a table across has a row an indicator: held until its end, a few dozen rows
    }

    /**
     * Whether a cell's words say what a column holds: a year ("Năm 2018") or a part ("Kế hoạch",
     * "Thực hiện"); never a yes or no ("Đạt", "Có"), which is a figure.
     */
    private static boolean saysAPart(Cell cell) {
        return cell != null && !cell.blank() && cell.kind() == Cell.Kind.TEXT && !FigureCells.yesOrNo(cell.text())
                && (Header.yearIn(cell.text()).isPresent() || Header.Part.ofText(cell.text()) != Header.Part.OTHER);
    }

    /** The rows of a table across, until the table ends and its province's column is judged. */
    private final List<Row> acrossRows = new ArrayList<>();

    /**
     * The figures of a table across, once all its rows are read: a column named like the province
     * that equals the sum of the other units' columns in any row is their total (never counted);
     * otherwise it is the province's own.
     */
    private void acrossTable() {
        Set<Integer> totals = new HashSet<>();
        for (Row row : acrossRows) {
            for (Map.Entry<Integer, String> unit : header.unitColumns.entrySet()) {
                if (header.across != Header.Across.UNITS || !provinceColumn(unit.getValue())) {
                    continue;
                }
                BigDecimal others = othersSum(row, unit.getKey());
                Optional<BigDecimal> value = UnitSums.number(row, unit.getKey());
                if (provinceColumn(unit.getValue()) && others.signum() > 0 && value.isPresent()
                        && value.get().compareTo(others) == 0) {
                    totals.add(unit.getKey());
                }
            }
        }
        Set<Integer> unclear = new HashSet<>();
        for (Map.Entry<Integer, String> unit : header.unitColumns.entrySet()) {
            int column = unit.getKey();
            if (header.across == Header.Across.UNITS && provinceColumn(unit.getValue()) && !totals.contains(column)
                    && !Clues.ownLevel(Names.key(header.titles.getOrDefault(column, "")))
                    && acrossRows.stream().anyMatch(row -> row.filled(column))
                    && acrossRows.stream().allMatch(row -> aboveTheOthers(row, column))) {
                unclear.add(column); // "Tỉnh" over CT08 230 beside "Ba Tri" 120, "Chợ Lách" 95: a total, or its own?
                issues.add(new Issue(Finding.PROVINCE_ROW_UNCLEAR, sheet.at(header.lastRow, Location.columnName(column)), Text.of(
                        "Cột '%s' ghi cả tỉnh, và số của cột lớn hơn tổng các đơn vị khác: không rõ là cột tổng (có đơn vị"
                                + " không có cột ở đây) hay số của riêng cấp tỉnh, nên không tính. Nếu là cột tổng, ghi 'Tổng cộng';"
                                + " nếu là số của cấp tỉnh, ghi 'Cấp tỉnh'",
                        "Column '%s' names the whole province, and its figures are above the sum of the other units: a total"
                                + " (with units that have no column here) or the province's own figures; it is not counted. If"
                                + " it is a total, head it 'Tổng cộng'; if it is the province's own, head it 'Cấp tỉnh'")
                        .format(Header.shorten(header.titles.getOrDefault(column, "")))));
            }
        }
        unitTwice().ifPresent(column -> {
            String unit = header.unitColumns.get(column);
            int first = header.unitColumns.entrySet().stream().filter(e -> e.getValue().equals(unit)).mapToInt(Map.Entry::getKey)
                    .min().getAsInt();
            refuseAcross(unclear, totals, column, Text.of(
                    "Đơn vị %s có hai cột, %s và %s: không rõ cột nào là kết quả của năm (một cột có thể là kế hoạch hay"
                            + " kỳ khác), nên không đọc cột nào của bảng. Ghi 'Kế hoạch', 'Thực hiện' ở dòng tiêu đề dưới tên"
                            + " mỗi đơn vị, hoặc tách thành hai bảng",
                    "Unit %s heads two columns, %s and %s: which is the year's result cannot be told (one may be a plan or"
                            + " another period), so none of the table's columns is read. Write 'Kế hoạch', 'Thực hiện' on a"
                            + " header row under each unit's name, or split it into two tables")
                    .format(unitLabel(unit), Location.columnName(first), Location.columnName(column)));
        });
        sharesBesideUnits();
        Optional<Integer> besideUnits = associationsBesideUnits();
        besideUnits.ifPresent(column -> {
            // "Ba Tri | Hội LHPN | Hội Nông dân | Chợ Lách | …": a district's column is its associations' together
            refuseAcross(unclear, totals, column, Text.of(
                    "Cột '%s' là của một đoàn thể, đặt giữa các cột đơn vị: cột của mỗi huyện có thể là tổng các đoàn thể"
                            + " của huyện đó, không phải số của một đoàn thể, nên không đọc cột nào của bảng. Ghi đoàn thể ở"
                            + " dòng tiêu đề dưới tên huyện (Ba Tri: Hội LHPN | Hội Nông dân), hoặc mỗi đoàn thể một bảng",
                    "Column '%s' is an association's, among the units' columns: each district's column may be its"
                            + " associations' together, not one association's figures, so none of the table's columns is read."
                            + " Put the associations on a header row under the district's name (Ba Tri: Hội LHPN | Hội Nông"
                            + " dân), or make a table per association")
                    .format(Header.shorten(header.titles.getOrDefault(column, ""))));
        });
        for (int column : totals) {
            issues.add(new Issue(Finding.PROVINCE_TOTAL, sheet.at(header.lastRow, Location.columnName(column)), Text.of(
                    "Cột '%s' bằng tổng các đơn vị khác nên được coi là cột tổng, không tính là số của cấp tỉnh",
                    "The column '%s' equals the sum of the other units, so it is taken for their total, not counted as"
                            + " the province's own").format(Header.shorten(header.titles.getOrDefault(column, "")))));
        }
        Optional<Claim> association = claims.get(Attribute.ASSOCIATION);
        if (header.across == Header.Across.ASSOCIATIONS && association.isPresent() && !acrossRows.isEmpty()) {
            header.unitColumns.forEach((column, code) -> {
                if (!code.equals(association.get().value())) {
                    Location place = sheet.at(header.firstRow, Location.columnName(column));
                    issues.add(Attribution.contradiction(Attribute.ASSOCIATION, association.get(),
                            new Claim(code, Text.of("cột " + place.cell(), "column " + place.cell())), place));
                }
            });
        }
        header.unclaimedColumns.forEach((column, title) -> {
            // "Nội dung" over "Thực hiện", "Kỳ" over "Năm 2019": words of what a row holds, never a unit's figures
            if ((besideUnits.isEmpty() || !namesAnAssociation(title))
                    && acrossRows.stream().map(row -> row.at(column)).anyMatch(cell -> cell != null
                            && (cell.holdsNumber() || FigureCells.yesOrNo(cell.text())))) {
                issues.add(unclaimedColumn(title, sheet.at(header.firstRow, Location.columnName(column))));
            }
        });
        unclear.forEach(header.unitColumns::remove);
        header.unitColumns.keySet().forEach(column -> footnotes.column(header.titles.getOrDefault(column, ""),
                sheet.at(header.firstRow, Location.columnName(column)))); // "Chợ Lách (**)": its figures wait for the note
        Map<Integer, List<Integer>> communes = communeColumns();
        for (acrossAt = 0; acrossAt < acrossRows.size(); acrossAt++) {
            acrossFigures(acrossRows.get(acrossAt), totals, communes);
        }
        acrossRows.clear();
        partRows.endAcross();
    }

    /** A table across none of whose units' columns is read, said at the column that tells why; its totals no longer checked. */
    private void refuseAcross(Set<Integer> unclear, Set<Integer> totals, int column, Text why) {
        unclear.addAll(header.unitColumns.keySet());
        header.totalColumns = Set.of(); // no column left to add up to it
        totals.clear();
        issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, sheet.at(header.firstRow, Location.columnName(column)), why));
    }

    /**
     * The first column of a table across the units whose title names an association, or its share,
     * and no unit ("Hội LHPN" between "Ba Tri" and "Chợ Lách", "Trong đó: Hội Nông dân" after "Ba
     * Tri"), when one holds figures.
     */
    private Optional<Integer> associationsBesideUnits() {
        if (header.across != Header.Across.UNITS) {
            return Optional.empty();
        }
        return header.titles.entrySet().stream()
                .filter(column -> !header.unitColumns.containsKey(column.getKey())
                        && !header.unitsAssociations.containsKey(column.getKey()) // a unit's association's column, another's
                        && namesAnAssociation(column.getValue()) && plan.unitNames().find(column.getValue()).isEmpty()
                        && acrossRows.stream().anyMatch(row -> row.at(column.getKey()) != null && row.at(column.getKey()).holdsNumber()))
                .map(Map.Entry::getKey).min(Integer::compare);
    }

    /**
     * A table across whose districts' columns each have their association's share right after them
     * ("Ba Tri | Trong đó: Hội Nông dân | Chợ Lách | Trong đó: Hội Nông dân"): each share is that
     * association's figure for the district, as a share's row under a district's is, and the district's
     * column (the associations together) is no one's. Only when every share stands right of a unit's
     * column and is the table's own association (or the table names none); else they are left to be refused.
     */
    private void sharesBesideUnits() {
        if (header.across != Header.Across.UNITS) {
            return;
        }
        Optional<String> tables = claims.get(Attribute.ASSOCIATION).map(Claim::value);
        Map<Integer, String> shares = new java.util.TreeMap<>();
        for (Map.Entry<Integer, String> title : header.titles.entrySet()) {
            int column = title.getKey();
            if (header.unitColumns.containsKey(column) || header.unitsAssociations.containsKey(column)) {
                continue;
            }
            Optional<String> whose = shareOf(title.getValue());
            if (whose.isEmpty()) {
                continue;
            }
            if (!header.unitColumns.containsKey(column - 1) || tables.isPresent() && !tables.get().equals(whose.get())) {
                return;
            }
            shares.put(column, whose.get());
        }
        if (shares.isEmpty()) {
            return;
        }
        header.unitsAssociations = new java.util.TreeMap<>(header.unitsAssociations);
        shares.forEach((column, association) -> {
            header.unitColumns.put(column, header.unitColumns.remove(column - 1));
            header.unitsAssociations.put(column, association);
        });
        header.totalColumns = Set.of(); // the total column adds up the districts' wholes, not their shares
    }

    /** Whether a column's title names an association, alone or as a share ("Hội LHPN", "Trong đó: Hội Nông dân"). */
    private boolean namesAnAssociation(String title) {
        return plan.associationNames().find(title).isPresent() || shareOf(title).isPresent();
    }

    /** The association whose share a column's title names ("Trong đó: Hội Nông dân" is HND's); none for other words. */
    private Optional<String> shareOf(String title) {
        String key = Names.key(title);
        java.util.regex.Matcher share = SHARE_OF.matcher(key);
        return share.lookingAt() ? plan.associationNames().find(key.substring(share.end())).map(Association::code)
                : Optional.empty();
    }

    /** The words that make a column a share of the one before ("Trong đó:", "Chia ra", "Riêng"), as a key begins with them. */
    private static final java.util.regex.Pattern SHARE_OF = java.util.regex.Pattern.compile("(?:trong do|chia ra|bao gom|rieng|gom) ");

    /**
     * The second column of a unit that heads two columns of a table across the units, for the same
     * year and association ("A. Kế hoạch | Ba Tri | Chợ Lách | B. Thực hiện | Ba Tri | …"): which is its
     * result cannot be told.
     */
    private Optional<Integer> unitTwice() {
        if (header.across != Header.Across.UNITS) {
            return Optional.empty();
        }
        record Whose(String unit, Integer year, String association) {
        }
        Set<Whose> seen = new HashSet<>();
        for (Map.Entry<Integer, String> unit : new java.util.TreeMap<>(header.unitColumns).entrySet()) {
            if (provinceColumn(unit.getValue())) {
                continue; // "Cấp tỉnh | … | Tỉnh": the province's own and, perhaps, the total: told apart by their sums
            }
            if (!seen.add(new Whose(unit.getValue(), header.columnYears.get(unit.getKey()),
                    header.unitsAssociations.get(unit.getKey())))) {
                return Optional.of(unit.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether a row's figure in the province's column is blank or above the sum of the other units' of its year. */
    private boolean aboveTheOthers(Row row, int column) {
        Optional<BigDecimal> value = UnitSums.number(row, column);
        return value.isEmpty() || value.get().compareTo(othersSum(row, column)) > 0;
    }

    /** The sum of a table across's row over the units' columns other than the province's, of the same year as a column. */
    private BigDecimal othersSum(Row row, int column) {
        BigDecimal others = BigDecimal.ZERO;
        for (Map.Entry<Integer, String> other : header.unitColumns.entrySet()) {
            if (!provinceColumn(other.getValue())
                    && java.util.Objects.equals(header.columnYears.get(other.getKey()), header.columnYears.get(column))) {
                others = others.add(UnitSums.number(row, other.getKey()).orElse(BigDecimal.ZERO));
            }
        }
        return others;
    }

    /**
     * A table across's column of figures whose header names no unit (or association) of the plan:
     * a commune's (not a district's figures), one of several units, or none; never read.
     */
    private Issue unclaimedColumn(String title, Location place) {
        Text notRead = Text.of("số liệu của cột này không được đọc", "the column's figures are not read");
        if (header.across == Header.Across.UNITS && commune(title)) {
            return new Issue(Finding.COMMUNE_ROW, place, Text.of(
                    "Cột '%s' là của một xã, phường hoặc thị trấn, không phải của huyện: %s",
                    "Column '%s' is a commune's, not a district's: %s").format(Header.shorten(title), notRead));
        }
        boolean units = header.across == Header.Across.UNITS;
        List<String> candidates = units
                ? plan.unitNames().candidates(title).stream().map(u -> u.name().vi()).toList()
                : plan.associationNames().candidates(title).stream().map(a -> a.code() + " (" + a.name().vi() + ")").toList();
        Text what = units ? Text.of("đơn vị", "unit") : Text.of("đoàn thể", "association");
        if (candidates.size() > 1) {
            return new Issue(units ? Finding.AMBIGUOUS_UNIT : Finding.AMBIGUOUS_ASSOCIATION, place, Text.of(
                    "Cột '%s' có thể là %s: ghi rõ tên đầy đủ; %s", "Column '%s' could be %s: write the full name; %s")
                    .format(Header.shorten(title), String.join(" / ", candidates), notRead));
        }
        List<String> closest = units ? Closest.to(title, plan.units(), ReportingUnit::names, u -> u.name().vi())
                : Closest.to(title, plan.associations(), Association::names, a -> a.code() + " (" + a.name().vi() + ")");
        return new Issue(units ? Finding.UNKNOWN_UNIT : Finding.UNKNOWN_ASSOCIATION, place, Text.of(
                "Không nhận ra %s ở cột '%s' (có phải %s?): %s", "Unknown %s in column '%s' (did you mean %s?): %s")
                .format(what, Header.shorten(title), String.join(" / ", closest), notRead));
    }

    private void acrossFigures(Row row, Set<Integer> totalColumns, Map<Integer, List<Integer>> communeColumns) {
        int indicatorColumn = header.column(Role.INDICATOR).getAsInt();
        String indicatorText = row.text(indicatorColumn);
        if (indicatorText.isEmpty()) {
            indicatorText = partRows.carriedIndicator(row.number());
        }
        boolean hasValues = header.unitColumns.keySet().stream().anyMatch(row::filled);
        Optional<Indicator> indicator = indicatorText.isEmpty() ? Optional.empty() : Header.indicatorCell(plan, indicatorText);
        if (indicator.isEmpty()) {
            if (hasValues) {
                issues.add(new Issue(Finding.UNKNOWN_INDICATOR, at(row, indicatorColumn), Text.of(
                        "Chỉ tiêu '%s' không có trong kế hoạch %s (%s): ghi mã chỉ tiêu",
                        "Indicator '%s' is not in plan %s (%s): write its code").format(Header.shorten(indicatorText),
                        plan.id(), Header.codes(plan))));
            } else if (!indicatorText.isEmpty()) {
                skip(row, Text.of("không có số liệu (tiêu đề mục, ghi chú): '" + Header.shorten(indicatorText) + "'",
                        "no figures (a section's title, a note): '" + Header.shorten(indicatorText) + "'"));
            }
            return;
        }
        Indicator found = indicator.get();
        Optional<Issue> against = Header.codeAgainstName(plan, found, indicatorText, at(row, indicatorColumn));
        if (against.isPresent()) {
            issues.add(against.get());
            return;
        }
        if (hasValues && Measures.other(found, Measures.ofColumn(Header.beside(found, indicatorText)))) {
            issues.add(Header.otherMeasure(at(row, indicatorColumn), found, indicatorText,
                    Text.of("số của dòng này", "the row's figures are not read")));
            return; // "CT14 - Số người tham dự" over the units' columns: people, where CT14 counts activities
        }
        Optional<Header.Part> says = QualifiedNames.of(found, indicatorText);
        if (says.isPresent()) {
            notTheFigure(row, indicatorColumn, says.get(), found, indicatorText, hasValues);
            return; // "CT14 (dự kiến)" over the units' columns: not the plan's figure
        }
        if (header.column(Role.NAMES).isPresent() && namedOther(row, found)) {
            return;
        }
        Optional<RateRows.Across> rateParts = found.isRate()
                ? RateRows.across(plan, acrossRows, acrossAt, indicatorColumn, found, indicatorText) : Optional.empty();
        if (found.isRate() && rateParts.isEmpty() && hasValues) {
            issues.add(new Issue(Finding.RATE_NEEDS_TWO_COLUMNS, at(row, indicatorColumn), Text.of(
                    "%s là tỷ lệ: cần tử số và mẫu số của từng cột, không đọc được từ một dòng; dòng này bị bỏ qua",
                    "%s is a rate: each column's numerator and denominator are needed, which one row cannot hold; the row is"
                            + " ignored").format(found.code())));
            return;
        }
        if (found.isRate() && rateParts.isEmpty()) {
            return; // a rate's row with nothing given
        }
        if (rateParts.isPresent()) {
            acrossAt += rateParts.get().rows(); // its parts' rows, read with it
            hasValues = true;
        }
        if (!hasValues && Header.sectionTitle(plan, indicatorText)) {
            skip(row, Text.of("không có số liệu (tiêu đề mục, hoặc chỉ tiêu để trống): '" + Header.shorten(indicatorText) + "'",
                    "no figures (a section's title, or an indicator left blank): '" + Header.shorten(indicatorText) + "'"));
            return;
        }
        if (rateParts.isPresent() ? measuredOtherwise(rateParts.get().numerator(), found)
                || measuredOtherwise(rateParts.get().denominator(), found) : hasValues && measuredOtherwise(row, found)) {
            return; // "Chỉ tiêu | ĐVT | Ba Tri | Chợ Lách" whose CT09 is given in "triệu đồng"; a rate's parts in "%"
        }
        if (header.across == Header.Across.ASSOCIATIONS && found.provincial()) {
            if (hasValues) {
                issues.add(new Issue(Finding.NOT_EXPECTED, at(row, indicatorColumn), Text.of(
                        "%s là chỉ tiêu chung của cả tỉnh, không của từng đoàn thể: dòng này không được đọc",
                        "%s is the whole province's, not an association's: the row is not read").format(found.code())));
            }
            return;
        }
        Optional<String> association = found.provincial() ? Optional.empty()
                : claims.get(Attribute.ASSOCIATION).map(Claim::value);
        Optional<String> tableUnit = claims.get(Attribute.UNIT).map(Claim::value);
        Optional<Integer> year = claims.get(Attribute.YEAR).map(c -> Integer.parseInt(c.value()));
        if (header.column(Role.YEAR).isPresent() && hasValues) {
            // "Chỉ tiêu | Năm | Ba Tri | Chợ Lách": each row's year is its own, held against the title's
            Optional<String> own = rowsOwn(row, Attribute.YEAR, Role.YEAR, yearResolver);
            if (own.isEmpty()) {
                return;
            }
            year = own.map(Integer::parseInt);
        }
        if (header.column(Role.ASSOCIATION).isPresent() && hasValues && !found.provincial()) {
            // "Chỉ tiêu | Đoàn thể | Ba Tri | Chợ Lách": each row's association is its own, held against the title's
            Optional<String> own = rowsOwn(row, Attribute.ASSOCIATION, Role.ASSOCIATION, associationResolver);
            if (own.isEmpty()) {
                return;
            }
            association = own;
        }
        boolean ownersAreUnits = header.across == Header.Across.UNITS;
        boolean ownersAreAssociations = header.across == Header.Across.ASSOCIATIONS;
        if (year.isEmpty() && !header.yearsInColumns() || !ownersAreUnits && tableUnit.isEmpty()
                || !ownersAreAssociations && association.isEmpty() && !found.provincial() && header.unitsAssociations.isEmpty()) {
            return;
        }
        Set<Integer> belowCommunes = rateParts.isPresent() || found.isRate() || found.measure() == Measure.YES_NO ? Set.of()
                : districtsBelowCommunes(row, found, communeColumns);
        BigDecimal sum = BigDecimal.ZERO;
        java.util.TreeMap<Integer, BigDecimal> counted = new java.util.TreeMap<>(); // each unit's column's number, for a subtotal's
        for (Map.Entry<Integer, String> owner : header.unitColumns.entrySet()) {
            int column = owner.getKey();
            if (totalColumns.contains(column)) {
                continue;
            }
            Optional<BigDecimal> value = rateParts.isPresent() ? Optional.empty() : cells.count(found, row, column);
            sum = sum.add(value.orElse(BigDecimal.ZERO));
            value.ifPresent(v -> counted.put(column, v));
            if (belowCommunes.contains(column)) {
                continue; // refused, and said; yet in the total beside it, which counted it
            }
            if (ownersAreAssociations && association.isPresent() && !association.get().equals(owner.getValue())) {
                continue; // another association's column than the file's: said once, at the table's end
            }
            Integer columnYear = header.columnYears.get(column);
            // "Hội LHPN huyện Ba Tri" over a column of a table that names no association: the column's
            Optional<String> whose = ownersAreAssociations ? Optional.of(owner.getValue()) : found.provincial() ? association
                    : association.or(() -> Optional.ofNullable(header.unitsAssociations.get(column)));
            if (whose.isEmpty() && !found.provincial()) {
                continue;
            }
            String unit = ownersAreUnits ? owner.getValue() : tableUnit.get();
            int figuresYear = columnYear != null ? columnYear : year.get();
            if (rateParts.isPresent()) { // the column's numerator and denominator, each on its part's row
                Row numerator = rateParts.get().numerator();
                Row denominator = rateParts.get().denominator();
                emit(new Figure(whose, unit, figuresYear, found.code(), Optional.empty(), cells.part(found, numerator, column),
                        cells.part(found, denominator, column), at(numerator, column), Optional.of(at(denominator, column))));
            } else {
                emit(new Figure(whose, unit, figuresYear, found.code(), value, Optional.empty(), Optional.empty(), at(row, column),
                        Optional.empty()));
            }
        }
        if (rateParts.isPresent()) {
            return; // a total column's numerator and denominator are not checked
        }
        java.util.TreeSet<Integer> checked = new java.util.TreeSet<>(header.totalColumns);
        checked.addAll(totalColumns);
        int since = -1; // the last total's or subtotal's column: a subtotal adds up the units' columns after it
        for (int column : checked) {
            // "Cộng vùng biển" after Ba Tri, Bình Đại, then Chợ Lách, …, "Tổng cộng": a subtotal adds up its group's columns
            boolean subtotal = totalKind(header.titles.getOrDefault(column, "")) == TotalKind.SUBTOTAL;
            BigDecimal expected = subtotal ? counted.subMap(since, false, column, false).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add) : sum;
            since = column;
            Optional<BigDecimal> stated = UnitSums.number(row, column);
            if (stated.isPresent() && stated.get().compareTo(expected) != 0) {
                issues.add(totalColumnMismatch(at(row, column), stated.get(), expected, header.across));
            }
        }
    }

    /**
     * In a table across the units, the districts' columns whose figure in this row is below the sum of
     * their communes' columns right after them ("Ba Tri 5 | Xã An Đức 10 | Xã An Hòa Tây 12"): no
     * total of theirs (the district office's own share, perhaps), so refused, and said, as a district's
     * row over its communes' rows is.
     */
    private Set<Integer> districtsBelowCommunes(Row row, Indicator found, Map<Integer, List<Integer>> communeColumns) {
        Set<Integer> refused = new HashSet<>();
        communeColumns.forEach((district, communes) -> {
            Optional<BigDecimal> own = UnitSums.number(row, district);
            BigDecimal sum = BigDecimal.ZERO;
            for (int commune : communes) {
                sum = sum.add(UnitSums.number(row, commune).orElse(BigDecimal.ZERO));
            }
            if (own.isPresent() && sum.compareTo(own.get()) > 0) {
                refused.add(district);
                issues.add(new Issue(Finding.CONTRADICTION, at(row, district), Text.of(
                        "Cột '%s' ghi %s cho %s, ít hơn tổng các cột xã bên cạnh (%s, cột %s–%s): cột này không phải tổng"
                                + " của các xã (có thể chỉ là phần của cấp huyện), nên số này không được tính. Ghi số của cả huyện",
                        "Column '%s' gives %s for %s, less than the sum of the communes' columns beside it (%s, columns %s–%s):"
                                + " it is no total of theirs (perhaps the district office's own share), so the figure is not"
                                + " counted. Give the whole district's figure")
                        .format(Header.shorten(header.titles.getOrDefault(district, "")), own.get(), found.code(), sum,
                                Location.columnName(communes.get(0)), Location.columnName(communes.get(communes.size() - 1)))));
            }
        });
        return refused;
    }

    /** A table across's districts' columns, each with its communes' columns right after it ("Ba Tri | Xã An Đức | Xã An Hòa Tây"). */
    private Map<Integer, List<Integer>> communeColumns() {
        Map<Integer, List<Integer>> communes = new java.util.TreeMap<>();
        Integer district = null;
        for (Map.Entry<Integer, String> title : new java.util.TreeMap<>(header.titles).entrySet()) {
            int column = title.getKey();
            if (header.unitColumns.containsKey(column)) {
                boolean isDistrict = plan.unit(header.unitColumns.get(column))
                        .map(u -> u.level() == vn.khlt.plan.UnitLevel.DISTRICT).orElse(false);
                district = isDistrict ? column : null;
            } else if (district != null && header.unclaimedColumns.containsKey(column) && commune(title.getValue())) {
                communes.computeIfAbsent(district, d -> new ArrayList<>()).add(column);
            } else {
                district = null;
            }
        }
        return communes;
    }

    /** The row of a table across being read, by its place among the table's rows; its rate's parts' rows are passed. */
    private int acrossAt;

    /**
     * In a table across whose units' columns name their associations' offices ("Hội LHPN huyện Ba
     * Tri"), a column of another association than the table's sources say: not read, a contradiction
     * at its header; the total beside them no longer adds up to the columns left, and is not checked.
     */
    private void otherAssociationsOffices() {
        Optional<Claim> table = claims.get(Attribute.ASSOCIATION);
        if (header.unitsAssociations.isEmpty() || table.isEmpty()) {
            return;
        }
        for (Map.Entry<Integer, String> column : new java.util.TreeMap<>(header.unitsAssociations).entrySet()) {
            if (!column.getValue().equals(table.get().value())) {
                Location at = sheet.at(header.unitsAssociationsRow, Location.columnName(column.getKey()));
                issues.add(Attribution.contradiction(Attribute.ASSOCIATION, table.get(),
                        new Claim(column.getValue(), Text.of("cột " + at.cell(), "column " + at.cell())), at));
                header.unitColumns.remove(column.getKey());
                header.totalColumns = Set.of();
            }
        }
    }

    /** A total column that says another sum than the columns it totals: the units', the associations' or the years'. */
    private static Issue totalColumnMismatch(Location at, BigDecimal stated, BigDecimal sum, Header.Across summed) {
        return new Issue(Finding.TOTAL_MISMATCH, at, (switch (summed) {
            case ASSOCIATIONS -> Text.of("Cột tổng ghi %s nhưng cộng các đoàn thể được %s",
                    "The total column says %s but the associations add up to %s");
            case YEARS -> Text.of("Cột tổng ghi %s nhưng cộng các năm được %s", "The total column says %s but the years add up to %s");
            case UNITS -> Text.of("Cột tổng ghi %s nhưng cộng các đơn vị được %s", "The total column says %s but the units add up to %s");
        }).format(stated, sum));
    }

    /** The first row of what may be another table's header, below this one's rows: held for one row. */
    private Row stackedHeader;

    /**
     * Another table stacked on the sheet below this one ("Biểu 2", its own header): its rows are read
     * under its own header, never under this one's columns. A row of words alone may start one; the
     * row after it decides (it may be the header's second row). True when the row was taken.
     */
    private boolean stacked(Row row) {
        if (stackedHeader == null) {
            stackedHeader = row;
            return true;
        }
        Row first = stackedHeader;
        stackedHeader = null;
        Optional<Header> found = Header.find(plan, List.of(first, row), sheet);
        if (found.isEmpty() || found.get().firstRow != first.number()) {
            if (!blocked) {
                wordsOfTable(first);
            }
            betweenRows.add(first);
            return !row.holdsNumber() && stacked(row);
        }
        if (samePage(found.get())) {
            // the header printed again at a new page's top ("Trang 1/2", then "STT | Đơn vị | CT08"): the table goes on
            betweenRows.clear();
            skip(first, Text.of("tiêu đề bảng in lại (sang trang mới), bảng vẫn tiếp tục", "the table's header printed again"
                    + " (a new page): the table goes on"));
            return found.get().lastRow == row.number();
        }
        endTable();
        header = found.get();
        issues.addAll(header.issues);
        List<Row> titles = List.copyOf(betweenRows);
        betweenRows.clear();
        stackedTable(titles);
        return found.get().lastRow == row.number();
    }

    /**
     * Whether a header found under the table's rows is its own printed again at a new page's top:
     * the same titles over the same columns, with nothing between but a page's number ("Trang 1/2",
     * "- 2 -"). A title between (a section, a year, an association) makes it another table.
     */
    private boolean samePage(Header found) {
        return found.layout == header.layout && found.titles.equals(header.titles)
                && found.lastRow - found.firstRow == header.lastRow - header.firstRow
                && betweenRows.stream().allMatch(between -> between.firstFilled() < 0
                        || PAGE_NUMBER.matcher(Names.key(between.text(between.firstFilled()))).matches());
    }

    /** A page's number as a key: "Trang 1/2", "Trang 2", "Page 1 of 3", "- 2 -" ("-" gone). */
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "(?:trang|page|to) \\d{1,3}(?: (?:of|tren)? ?\\d{1,3})?|\\d{1,3}");

    /** The name of the file the table is in, without its folders. */
    private String fileName() {
        return java.nio.file.Path.of(sheet.file()).getFileName().toString();
    }

    /** Where the options say the header is, when detection cannot tell. */
    private Optional<ReadOptions.HeaderRows> headerRows = Optional.empty();

    void headerRows(Optional<ReadOptions.HeaderRows> rows) {
        this.headerRows = rows;
    }

    /** The header on the rows the options name, or an error that says they hold none. */
    private Optional<Header> said(ReadOptions.HeaderRows rows) {
        List<Row> named = buffer.stream().filter(r -> r.number() >= rows.first() && r.number() <= rows.last()).toList();
        Optional<Header> found = named.isEmpty() || named.get(0).number() != rows.first() ? Optional.empty()
                : Header.find(plan, named, sheet).filter(h -> h.firstRow == rows.first());
        if (found.isEmpty() && !named.isEmpty()) {
            issues.add(new Issue(Finding.NO_HEADER, sheet.at(rows.first(), ""), Text.of(
                    "Hàng %s (theo tùy chọn --header-rows) không phải tiêu đề của bảng số liệu: cần cột 'Đơn vị' và các cột"
                            + " chỉ tiêu ghi mã (%s), hoặc các cột 'Chỉ tiêu' và 'Giá trị'. Kiểm tra số hàng",
                    "Row %s (from --header-rows) is not a table's header: it needs a 'Unit' column and indicator columns"
                            + " headed with their codes (%s), or 'Indicator' and 'Value' columns. Check the row numbers")
                    .format(rows, Header.codes(plan))));
        }
        return found;
    }

    /** Whether the workbook hides this sheet; its figures are read, and said to be hidden. */
    private boolean hiddenSheet;
    /** The hidden rows of this sheet that gave figures. */
    private final List<Integer> hiddenRows = new ArrayList<>();

    /** The columns the sheet hides, and those of them that gave figures. */
    private java.util.Set<Integer> hiddenColumns = Set.of();
    private final java.util.SortedSet<Integer> hiddenFigureColumns = new java.util.TreeSet<>();

    void hiddenSheet(boolean hidden) {
        this.hiddenSheet = hidden;
    }

    /** The workbook's sheets of their own for each association, unit or year, when this sheet is not one of them. */
    private Map<Attribute, List<String>> ownSheets = Map.of();

    void besideOwnSheets(List<String> associationSheets, List<String> unitSheets, List<String> yearSheets) {
        this.ownSheets = Map.of(Attribute.ASSOCIATION, associationSheets, Attribute.UNIT, unitSheets, Attribute.YEAR, yearSheets);
    }

    void hiddenColumns(java.util.Set<Integer> columns) {
        this.hiddenColumns = Set.copyOf(columns);
    }

    /** A note when figures came from a hidden sheet or hidden rows: they count, but an officer should know. */
    private void hiddenNote() {
        if (!hiddenFigureColumns.isEmpty() && !hiddenSheet) {
            String columns = hiddenFigureColumns.stream().map(Location::columnName).collect(java.util.stream.Collectors.joining(", "));
            issues.add(new Issue(Finding.HIDDEN_FIGURES, sheet, (hiddenFigureColumns.size() == 1
                    ? Text.of("Cột %s bị ẩn nhưng có số liệu: các số liệu đã được đọc. Nếu đó là số liệu cũ hay nháp, xóa cột"
                            + " đó rồi gửi lại", "Column %s is hidden but holds figures: they were read. If they are old or"
                            + " draft figures, delete it and resend")
                    : Text.of("Các cột %s bị ẩn nhưng có số liệu: các số liệu đã được đọc. Nếu đó là số liệu cũ hay nháp, xóa"
                            + " các cột đó rồi gửi lại", "Columns %s are hidden but hold figures: they were read. If they are"
                            + " old or draft figures, delete them and resend")).format(columns)));
            hiddenFigureColumns.clear();
        }
        if (figures == 0 || !hiddenSheet && hiddenRows.isEmpty()) {
            return;
        }
        String rows = hiddenRows.stream().limit(20).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                + (hiddenRows.size() > 20 ? ", …" : "");
        issues.add(new Issue(Finding.HIDDEN_FIGURES, sheet, hiddenSheet
                ? Text.of("Trang tính này bị ẩn nhưng có số liệu: các số liệu đã được đọc. Nếu đây là trang cũ hay nháp, xóa"
                        + " trang rồi gửi lại", "This sheet is hidden but holds figures: they were read. If it is an old or"
                        + " draft sheet, delete it and resend")
                : Text.of("Các hàng %s bị ẩn nhưng có số liệu: các số liệu đã được đọc. Nếu đó là số liệu cũ hay nháp, xóa"
                        + " các hàng đó rồi gửi lại", "Rows %s are hidden but hold figures: they were read. If they are old"
                        + " or draft figures, delete them and resend").format(rows)));
        hiddenRows.clear();
        hiddenSheet = false;
    }

    private boolean provinceColumn(String unitCode) {
        return plan.unit(unitCode).map(u -> u.level() == vn.khlt.plan.UnitLevel.PROVINCE).orElse(false);
    }

    /** A row passed over, and why, for the table's note. */
    private void skip(Row row, Text why) {
        if (skipped.size() < TableNote.MAX_SKIPPED) {
            String where = (sheet.sheet().isEmpty() ? "dòng " : "hàng ") + row.number();
            String whereEn = (sheet.sheet().isEmpty() ? "line " : "row ") + row.number();
            skipped.add(Text.of(where + ": " + why.vi(), whereEn + ": " + why.en()));
        }
    }

    /** What ends with a table: a province's row and a total above its units are settled, and its note made. */
    private void endTable() {
        footnotes.end(this::count, issues, !fullYear);
        if (!blocked && header.layout == Header.Layout.WIDE) {
            releaseHeldRow();
        }
        if (!blocked && header.layout == Header.Layout.WIDE) {
            settlePendingAssociation(null);
        }
        pendingAssociationRow = null;
        heldRow = null;
        associationsParent = null;
        associationRows.clear();
        associationGroups = false;
        sharesOnly = false;
        rateRows.end();
        if (!blocked && header.layout == Header.Layout.ACROSS) {
            acrossTable();
        }
        footnotes.endColumns(this::count, issues, !fullYear);
        if (!blocked && header.layout == Header.Layout.WIDE) {
            settleCommunes();
        }
        communeRows.clear();
        communeParent = null;
        partRows.endTable();
        otherSection = false;
        sectionContradiction = null;
        sectionPeriod.reset(); // a section's year or part of a year never runs on into the next table, whose title says its own
        indicatorsMeasuredOtherwise.clear();
        signed = false; // a signature under one table says nothing of the rows of the next
        figured = false;
        measureColumn = null;
        if (!blocked) {
            settleProvince();
            settleSubtotal();
            if (pendingTotal != null) {
                sums.total(pendingTotal, yearOf(pendingTotal), summedIndicators());
            }
        }
        pendingTotal = null;
        heldSubtotal = null;
        provinceRow = null;
        communeSumsAgainstTotals();
        sums.endTable();
        provinceFigures.end();
        blankForm.end(sheet, issues); // every figure of the table made: a blank form's zeros are not counted
        unitNotes.end(issues);
        notes.add(new TableNote(sheet.file(), sheet.sheet(), header.firstRow, header.lastRow,
                header.kind(),
                header.describe(), sources(), skipped));
        skipped.clear();
    }

    /** Whose the table's figures are and who said so, for the explanation: its sources' claims, and the rows' own. */
    private List<Text> sources() {
        List<Text> sources = new ArrayList<>(claims == null ? List.of() : claims.sources());
        if (associationBySection) {
            sources.add(Text.of("đoàn thể theo tiêu đề mục phía trên mỗi dòng (như 'I. HỘI NÔNG DÂN')",
                    "association by the section title above each row (such as 'I. HỘI NÔNG DÂN')"));
        }
        if (associationBySubRows) {
            sources.add(Text.of("đoàn thể theo dòng của từng đoàn thể dưới dòng đơn vị (như '- Hội LHPN')",
                    "association by each association's row under its unit's (such as '- Hội LHPN')"));
        }
        if (associationByUnitCell) {
            sources.add(Text.of("đoàn thể theo ô đơn vị của từng dòng (như 'Hội LHPN huyện Ba Tri')",
                    "association by each row's unit cell (such as 'Hội LHPN huyện Ba Tri')"));
        }
        return sources;
    }

    private void wideRow(Row row) {
        String unitText = unitText(row);
        boolean hasValues = associations.figures(row);
        Optional<String> association = hasValues ? associations.named(unitText) : Optional.empty();
        if (association.isPresent() && associationsRow(row, association.get())) {
            return;
        }
        settlePendingAssociation(row);
        if (blocked) {
            return;
        }
        if (heldRow != null && hasValues && associationsParent == null && heldRow == communeParent && commune(unitText)) {
            districtOverCommunes = heldRow; // "Ba Tri", then its communes: held against their sum once they end
            districtsOwner = heldOwner;
            heldRow = null;
        }
        releaseHeldRow();
        if (notFigures(row, unitText, hasValues) || hasValues && outsideSection(row, true)) {
            return;
        }
        if (hasValues && sectionPeriod.unread()) {
            partOfAYear(row);
            return;
        }
        if (unitText.isEmpty() && hasValues && sumOfTheRowsAbove(row)) {
            skip(row, Text.of("dòng không ghi tên, bằng tổng các dòng đơn vị ở trên: dòng tổng, không tính",
                    "a row without a name that equals the sum of the units' rows above: a total, not counted"));
            return;
        }
        if (isTotal(unitText) && !(lastTotal == TotalKind.SUBTOTAL && !hasValues)) {
            skip(row, lastTotal == TotalKind.SUBTOTAL
                    ? Text.of("dòng cộng của nhóm, đối chiếu với các dòng đơn vị của nhóm, không tính",
                            "a group's subtotal, checked against the group's units' rows, not counted")
                    : Text.of("dòng tổng, đối chiếu với các dòng đơn vị, không tính", "a total row, checked against the units' rows, not counted"));
            total(row);
            return;
        }
        if (hasValues && (commune(unitText) || districtsOwn(unitText))) {
            skip(row, Text.of("dòng của xã, phường, thị trấn: cộng cho huyện chỉ khi huyện không có dòng số liệu của mình",
                    "a commune's row: added up for its district only when the district has no row of figures of its own"));
            communeRows.add(row);
            return;
        }
        if (!hasValues && (unitText.isEmpty() || plan.unitNames().candidates(unitText).size() != 1)) {
            if (!unitText.isEmpty()) {
                skip(row, Text.of("không có số liệu (tiêu đề mục, chữ ký, ghi chú): '" + Header.shorten(unitText) + "'",
                        "no figures (a section's title, a signature, a note): '" + Header.shorten(unitText) + "'"));
                associationSection(row, header.column(Role.UNIT).getAsInt());
                yearSection(row, header.column(Role.UNIT).getAsInt(), unitText);
            }
            return; // a blank line, a signature, "Người lập biểu", a note
        }
        if (outsideSection(row, false)) {
            return; // a unit's row without figures under another association's section: not this association's either
        }
        settleCommunes();
        if (!hasValues && province(unitText)) {
            skip(row, Text.of("tiêu đề mục: '" + Header.shorten(unitText) + "'", "a section's title: '" + Header.shorten(unitText) + "'"));
            return; // "I. Cấp tỉnh" over the province's offices: a section, neither a total nor the province's figures
        }
        if (province(unitText)) {
            settleProvince();
            provinceRow = row; // a total or the province's own figures: the other rows will tell
            communeParent = row;
            return;
        }
        communeParent = row;
        parentEmpty = !hasValues;
        if (!parentEmpty) {
            heldRow = row; // read with the next row, unless that one is an association's under it
            heldOwner = owner(row); // whose it is as it stands now (a unit merged down, a section's year)
            heldMarked = associations.marked(row);
        } // a unit's row without figures: its communes' rows may follow ("I. Huyện Ba Tri", then its communes)
    }

    /**
     * A unit's row of figures, held until the next row: a row naming an association under it
     * ("Ba Tri", then "- Hội LHPN", "- Hội Nông dân") makes it the associations' total, never one
     * association's figures.
     */
    private Row heldRow;
    private Optional<Owner> heldOwner = Optional.empty();
    /** Whether the held unit's name is marked as a row under another ("- Ba Tri"): then an association's row after it is no part of it. */
    private boolean heldMarked;
    /** The unit's row over its associations' rows, while they are read; and whose it is. */
    private Row associationsParent;
    private Optional<Owner> parentsOwner = Optional.empty();
    private static final Text TOTAL_BY_ASSOCIATION = Text.of(
            "Dòng tổng của bảng được chia theo từng đoàn thể, nên dòng %d là số chung của các đoàn thể, không riêng của đoàn thể"
                    + " nào: không đọc. Ghi dòng của từng đoàn thể dưới mỗi đơn vị",
            "The table's total is split by association, so row %d is all the associations' together, no one association's:"
                    + " not read. Give each association's row under each unit");
    private static final Text WITHOUT_ITS_ASSOCIATIONS = Text.of(
            "Các đơn vị khác ghi dòng của từng đoàn thể dưới dòng đơn vị, đơn vị này thì không: không rõ dòng %d là của đoàn thể"
                    + " nào hay của tất cả, nên không đọc. Ghi dòng của từng đoàn thể dưới nó",
            "The other units give each association's row under their own, this one none: whether row %d is one association's"
                    + " or all of theirs cannot be told, so it is not read. Give each association's row under it");

    /** Whether the rows under the unit's say they are a share of it ("Trong đó: …"), so that they need not add up to it. */
    private boolean sharesOnly;
    /** Whether the table has given a unit's associations' rows under its row: then every unit's row is their total. */
    private boolean associationGroups;
    private final List<Row> associationRows = new ArrayList<>();

    /**
     * A row of figures that names an association alone: its figures of the unit above, when it is
     * marked as under it ("- Hội LHPN", "Trong đó: Hội Nông dân" under "Ba Tri"); the association's
     * total over its units below, a section, when they are marked and it is not ("Hội LHPN", then
     * "- Ba Tri"); neither can be told when neither is marked ("Ba Tri", then "Hội LHPN"): the
     * table is read no further. False when the row is read as any other.
     */
    private boolean associationsRow(Row row, String association) {
        int unitColumn = header.column(Role.UNIT).getAsInt();
        boolean marked = associations.marked(row);
        if (marked && (heldRow != null && !heldMarked || associationsParent != null)) {
            underItsUnit(row, association); // "- Hội LHPN" under "Ba Tri": the association's figures of Ba Tri
            return true;
        }
        if (marked) {
            return false;
        }
        if (associations.numberedSection(row)) {
            releaseHeldRow();
            settlePendingAssociation(null);
            sectionWithFigures(row); // "II | Hội Nông dân" after "2 | Chợ Lách": the next section, by its number
            return true;
        }
        if (heldRow != null && !heldMarked) {
            issues.add(associationUnderUnit(row, heldRow)); // found before the rows were read, but for a long table
            heldRow = null;
            blocked = true;
            return true;
        }
        releaseHeldRow();
        settlePendingAssociation(null); // two associations' rows one after the other: shares of the row above, no sections
        pendingAssociationRow = row; // the next row tells: "- Ba Tri" under it makes it a section over its units
        return true;
    }

    /**
     * An association's row of figures ("Hội LHPN"), until the row after it says whether it is the
     * section and total of the units under it (they are marked, "- Ba Tri", or it is numbered as a
     * section, "I", "A."), or a share of the row above ("Tổng cộng", then "Hội LHPN", "Hội Nông
     * dân"); else null.
     */
    private Row pendingAssociationRow;

    /**
     * What the row after an association's row makes of it ({@code next} null: none comes, or another
     * association's row): a section when the units under it are marked or it is numbered as one; a
     * share of the row above, passed over, when no unit's row follows; otherwise (a unit's row that
     * may be all the associations' or this one's) neither can be told, and the table is read no further.
     */
    private void settlePendingAssociation(Row next) {
        Row pending = pendingAssociationRow;
        if (pending == null) {
            return;
        }
        pendingAssociationRow = null;
        int unitColumn = header.column(Role.UNIT).getAsInt();
        String nextUnit = next == null ? "" : next.text(unitColumn);
        // "Hội Nông dân tỉnh" over the districts of the Farmers' Association's report: theirs either way
        boolean tablesOwn = associations.named(unitText(pending)).equals(claim(Attribute.ASSOCIATION).map(Claim::value));
        if (next != null && (associations.marked(next) || associations.numberedSection(pending) || tablesOwn) && !nextUnit.isEmpty()) {
            sectionWithFigures(pending); // "Hội LHPN" over "- Ba Tri", "- Chợ Lách": their total, and their section
            if (!associations.marked(next) && !associations.numberedSection(pending) && pendingTotal == null && !sums.anyRow()) {
                pendingTotal = pending; // "Hội Nông dân tỉnh" over the districts: their total, held against them as one
            }
            return;
        }
        if (next == null || nextUnit.isEmpty() || isTotal(unitText(next)) || !associations.figures(next)) {
            skip(pending, Text.of("dòng của đoàn thể: một phần của dòng trên, không tính",
                    "an association's row: a share of the row above, not counted"));
            return; // "Tổng cộng", then "Hội LHPN", "Hội Nông dân": the total's shares
        }
        issues.add(new Issue(Finding.MISSING_ASSOCIATION, at(pending, unitColumn), Text.of(
                "Dòng %d ghi đoàn thể '%s' ngay trên dòng đơn vị %d: không rõ các dòng đơn vị ở dưới là của đoàn thể này hay"
                        + " của tất cả các đoàn thể, nên bảng không được đọc tiếp từ dòng %d. Ghi '- ' trước tên các đơn vị (hoặc"
                        + " 'I.', 'II.' trước tên đoàn thể) nếu đó là mục của đoàn thể",
                "Row %d names the association '%s' right above the unit's row %d: whether the units' rows below are this"
                        + " association's or all of theirs cannot be told, so the table is read no further from row %d. Put"
                        + " '- ' before the units' names (or 'I.', 'II.' before the association's) if it is the association's section")
                .format(pending.number(), Header.shorten(pending.text(unitColumn)), next.number(), next.number())));
        blocked = true;
    }

    /** An association's row that is the section of the units under it, and their total: not counted. */
    private void sectionWithFigures(Row row) {
        associationSection(row, header.column(Role.UNIT).getAsInt());
        skip(row, Text.of("dòng của đoàn thể: tổng các đơn vị của đoàn thể ở dưới, không tính",
                "an association's row: the total of its units below, not counted"));
    }

    /**
     * An association's row right under a unit's, neither marked ("Ba Tri", then "Hội LHPN"): its
     * figures of the unit, or its section over the units below? The table is read no further.
     */
    private Issue associationUnderUnit(Row row, Row unitRow) {
        int unitColumn = header.column(Role.UNIT).getAsInt();
        return new Issue(Finding.MISSING_ASSOCIATION, at(row, unitColumn), Text.of(
                "Dòng %d ghi đoàn thể '%s' ngay dưới dòng đơn vị %d: không rõ đó là số của đoàn thể ở đơn vị trên, hay là mục"
                        + " của đoàn thể với các đơn vị ở dưới, nên bảng không được đọc. Ghi '- ' trước tên đoàn thể (số của"
                        + " đoàn thể ở đơn vị trên), hoặc '- ' trước tên các đơn vị (mục của đoàn thể)",
                "Row %d names the association '%s' right under the unit's row %d: whether it is the association's figures"
                        + " of the unit above or its section over the units below cannot be told, so the table is not read."
                        + " Put '- ' before the association's name (its figures of the unit above), or before the units' names"
                        + " (its section)")
                .format(row.number(), Header.shorten(row.text(unitColumn)), unitRow.number()));
    }

    /** The held unit's row, read now as its own; or the end of a unit's associations' rows, checked against it. */
    private void releaseHeldRow() {
        if (heldRow != null) {
            Row row = heldRow;
            heldRow = null;
            if (heldOwner.isPresent() && (totalByAssociation || associationGroups || associationBySubRows)) {
                // its row is all the associations' together, or may be: the total is split by association ("Tổng cộng",
                // then "Hội LHPN"), or the other units give each association's row under their own and this one none
                issues.add(new Issue(Finding.MISSING_ASSOCIATION, at(row, header.column(Role.UNIT).getAsInt()),
                        (totalByAssociation ? TOTAL_BY_ASSOCIATION : WITHOUT_ITS_ASSOCIATIONS).format(row.number())));
                addToSums(row, heldOwner.get()); // a unit's row all the same, which a total below adds up
            } else {
                heldOwner.ifPresent(owner -> unitRow(row, owner));
            }
        }
        if (associationsParent != null) {
            associationsTotal();
            associationsParent = null;
            associationRows.clear();
        }
    }

    /**
     * A row of one association's figures under its unit's row ("Ba Tri", then "- Hội LHPN",
     * "- Hội Nông dân"): that association's, of the unit above; the unit's row is their total,
     * checked against them and never counted. In a table of one association (its file's name, its
     * title), another association's row is a contradiction, not read.
     */
    private void underItsUnit(Row row, String association) {
        if (heldRow != null) {
            associationsParent = heldRow;
            heldRow = null;
            parentsOwner = heldOwner;
            parentsOwner.ifPresent(owner -> addToSums(associationsParent, owner));
            associationGroups = true;
            skip(associationsParent, Text.of("dòng của đơn vị là tổng các dòng đoàn thể ở dưới: đối chiếu, không tính",
                    "the unit's row is the total of the associations' rows under it: checked, not counted"));
        }
        associationRows.add(row);
        footnotes.under(associationsParent.number(), row.number()); // "Thạnh Phú (*)": its note speaks of its associations' rows
        sharesOnly |= !AssociationRows.withoutMark(unitText(row)).equals(unitText(row)); // "Trong đó: Hội Nông dân"
        if (parentsOwner.isEmpty()) {
            return;
        }
        Owner unit = parentsOwner.get();
        Optional<Claim> table = claim(Attribute.ASSOCIATION);
        if (table.isPresent() && !table.get().value().equals(association)) {
            Location cell = at(row, header.column(Role.UNIT).getAsInt());
            issues.add(Attribution.contradiction(Attribute.ASSOCIATION, table.get(),
                    new Claim(association, Text.of("ô " + cell.cell(), "cell " + cell.cell())), cell));
            return;
        }
        unitRow(row, new Owner(Optional.of(association), unit.unit, unit.year), false); // its unit's row is in the sums
    }

    /** A unit's row over its associations' rows: each of its figures, held against their sum (not against a share's). */
    private void associationsTotal() {
        if (sharesOnly) {
            sharesOnly = false;
            return; // "Trong đó: Hội Nông dân": a part of the unit's figure, the others' not given
        }
        for (IndicatorColumns columns : header.indicators) {
            columns.columns().forEach(column -> {
                Optional<BigDecimal> stated = UnitSums.number(associationsParent, column);
                BigDecimal sum = associationRows.stream().map(r -> UnitSums.number(r, column).orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (stated.isPresent() && stated.get().compareTo(sum) != 0) {
                    issues.add(new Issue(Finding.TOTAL_MISMATCH, at(associationsParent, column), Text.of(
                            "Dòng của đơn vị ghi %s nhưng cộng các dòng đoàn thể ở dưới được %s",
                            "The unit's row says %s but its associations' rows below add up to %s").format(stated.get(), sum)));
                }
            });
        }
    }

    /** What a row's name may say it holds that is no unit's or indicator's figure: a share of the row above, the plan, a ratio, an average. */
    private static final Set<Header.Part> NOT_A_FIGURE = java.util.EnumSet.of(Header.Part.BREAKDOWN, Header.Part.PLAN,
            Header.Part.RATIO, Header.Part.RUNNING_TOTAL, Header.Part.PREVIOUS, Header.Part.PART_OF_YEAR, Header.Part.AVERAGE);

    /**
     * Whether a row under the header is no unit's figures whatever it holds: the columns' numbers,
     * a signature or the place and date, the columns' units of measure, a plan's or a share's row,
     * words under the header.
     */
    private boolean notFigures(Row row, String unitText, boolean hasValues) {
        // the columns' numbers number the unit's column too: a row without its unit is some unit's figures
        if ((header.column(Role.UNIT).isEmpty() || row.filled(header.column(Role.UNIT).getAsInt())) && columnNumbers(row)) {
            skip(row, Text.of("số thứ tự các cột", "the columns' numbers"));
            return true; // "(1) (2) (3)" under the header: the columns' numbers, not a unit's figures
        }
        if (hasValues && closing(row)) {
            signed = true;
            skip(row, Text.of("chữ ký, nơi và ngày lập báo cáo", "a signature, the report's place and date"));
            return true; // "Người lập biểu ... CHỦ TỊCH", "Ba Tri, ngày 15 tháng 12 năm 2019": no number in a figure's column
        }
        if (!hasValues && !signed && !unitText.isEmpty() && closing(row)) {
            signed = true; // "Người lập biểu" in the units' column alone
        }
        if (hasValues && signed && numberless(row)) {
            skip(row, Text.of("chữ ký, nơi và ngày lập báo cáo", "a signature, the report's place and date"));
            return true; // "Nguyễn Văn B | | Trần Thị C" under the signature's titles, after the blank rows signed in
        }
        if (measures(row, unitText)) {
            titleMeasure = Optional.empty(); // each column's own unit, over the title's
            otherMeasures(row, false);
            skip(row, Text.of("đơn vị tính của các cột (ĐVT)", "the columns' units of measure"));
            return true; // "ĐVT | hộ | nhà | %" under the header: what each column counts in, not a unit's figures
        }
        if (hasValues && remarkedRow(row, unitText)) {
            return true;
        }
        // a unit's name seen before is one; only a name not yet resolved may be a plan's or a share's row
        Header.Part says = hasValues && !unitText.isEmpty() && clues.resolved(Role.UNIT, unitText) == null
                ? Header.Part.ofText(unitText) : Header.Part.OTHER;
        if (NOT_A_FIGURE.contains(says) && plan.unitNames().candidates(unitText).isEmpty()) {
            // "Trong đó: hộ nữ" under a unit's row, "Kế hoạch", "Tỷ lệ so kế hoạch (%)" under the total: no unit's figures
            skip(row, Text.of("dòng '%s' là %s, không phải số của một đơn vị: không tính",
                    "the row '%s' is %s, not a unit's figures: not counted").format(Header.shorten(unitText), says.label()));
            remarkedUnit(row, unitText, says);
            return true;
        }
        if (hasValues && unitText.isEmpty() && wordsOnly(row)) {
            otherMeasures(row, true); // "Số người tham dự" under CT14 (a row apart from the header): people, not activities
            partsUnderTheHeader(row); // "Kế hoạch | Thực hiện" under CT09, a blank row below it: which is the result?
            skip(row, Text.of("dòng chữ dưới tiêu đề (nội dung các cột), không có số", "a row of words under the header (what the columns hold), no number"));
            return true; // "| Số hộ | Số tiền (triệu đồng) |": a header's row the header did not take, never a unit's figures
        }
        return false;
    }

    /**
     * Whether a row stands outside the association's sections the table is read in: a row of
     * {@code figures} above every section of a table whose sections name its associations, or any
     * row under another association's section than the table's. Nothing of it is read, neither as
     * a unit's figures nor as a total, a commune or the province: it is not this association's.
     */
    private boolean outsideSection(Row row, boolean figures) {
        if (figures && associationBySection && claim(Attribute.ASSOCIATION).isEmpty() && !isTotal(unitText(row))) {
            // a total above the sections ("Tổng cộng" over "I. Hội LHPN", "II. Hội Nông dân") is all of theirs: checked below
            issues.add(new Issue(Finding.MISSING_ASSOCIATION, at(row, header.column(Role.UNIT).getAsInt()), Text.of(
                    "Dòng %d có số liệu nhưng chưa ở dưới tiêu đề mục nào ghi đoàn thể (như 'I. HỘI NÔNG DÂN'): không đọc"
                            + " dòng này. Ghi tiêu đề mục của đoàn thể phía trên, hoặc ghi đoàn thể vào tiêu đề bảng",
                    "Row %d has figures but stands under no section title naming an association (such as 'I. HỘI NÔNG"
                            + " DÂN'): it is not read. Put the association's section title above it, or name the association"
                            + " in the table's title").format(row.number())));
            return true;
        }
        if (!otherSection) {
            return false;
        }
        if (figures && sectionContradiction != null) {
            issues.add(sectionContradiction); // said once its first row of figures is passed over, not for a title over the next table
            sectionContradiction = null;
        }
        skip(row, Text.of("trong mục của đoàn thể hay đơn vị khác với của bảng, không tính",
                "under a section of another association or unit than the table's, not counted"));
        return true;
    }

    /**
     * Whether a cell's text is words, not a figure: no digit but a year's after a word ("Tăng so với
     * năm 2018", "Thực hiện 2019"; never "120 hộ", "2019" alone).
     */
    private static boolean words(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return true;
        }
        java.util.regex.Matcher years = YEAR_IN_WORDS.matcher(text);
        return years.find() && years.replaceAll("").chars().noneMatch(Character::isDigit);
    }

    /** A year after a word: "năm 2018", "TH 2019", "năm: 2018". */
    private static final java.util.regex.Pattern YEAR_IN_WORDS =
            java.util.regex.Pattern.compile("(?<=\\p{L}[\\s.:]{0,3})(?:19|20)\\d\\d(?!\\d)");

    /** Whether a row's figure cells hold words only: no digit but a year's after a word, and no yes or no. */
    private boolean wordsOnly(Row row) {
        for (IndicatorColumns indicator : header.indicators) {
            for (int column : indicator.columns().toArray()) {
                Cell cell = row.at(column);
                if (cell != null && (cell.kind() != Cell.Kind.TEXT || !words(cell.text()) || FigureCells.yesOrNo(cell.text()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Set when the table's sources name no association but section titles among its first rows do
     * ("I. HỘI LIÊN HIỆP PHỤ NỮ", "II. HỘI NÔNG DÂN"): each row is the association of the section it is under.
     */
    private boolean associationBySection;

    /** The rows that name an association alone, and what the first rows under the header show of them. */
    private AssociationRows associations;

    /** Set when, among the first rows, an association's row stands under a unit's ("Ba Tri", then "- Hội LHPN"). */
    private boolean associationBySubRows;

    /**
     * Set when, among the first rows, the table's total is split by association ("Tổng cộng", then
     * "Hội LHPN", "Hội Nông dân"): its units' rows are all the associations' together.
     */
    private boolean totalByAssociation;

    /**
     * Set when the table's sources name no association but its units' cells do, each the office of
     * an association in a district ("Hội LHPN huyện Ba Tri", "Huyện đoàn Ba Tri"): each row is its
     * cell's association, and a row whose cell names none is not read.
     */
    private boolean associationByUnitCell;

    /** Whether, among the first rows under a wide table's header, a unit's cell names an association with the unit. */
    private boolean unitCellsNameAssociations(List<Row> rows) {
        if (header.layout != Header.Layout.WIDE || header.column(Role.UNIT).isEmpty() || claims.get(Attribute.ASSOCIATION).isPresent()
                || header.column(Role.ASSOCIATION).isPresent()) {
            return false;
        }
        int unit = header.column(Role.UNIT).getAsInt();
        return rows.stream().filter(r -> r.number() > header.lastRow).anyMatch(r -> Clues.ownedUnit(plan, r.text(unit)).isPresent());
    }

    /** What the last section's title says of the period of the rows under it. */
    private final SectionPeriod sectionPeriod = new SectionPeriod();

    /**
     * A section's title over units' rows (or one unit's indicators) that names a year, part of a
     * year, targets or results ({@link SectionPeriod}).
     */
    private void yearSection(Row row, int column, String unitText) {
        sectionPeriod.title(unitText, row.text(column), at(row, column));
    }

    /** A row of figures under a section of part of a year, or of targets: not read, said once for the section. */
    private void partOfAYear(Row row) {
        skip(row, sectionPeriod.refuse(issues));
    }

    /** Set under a section's title that names another association or unit than the table's sources: its rows are not read. */
    private boolean otherSection;
    private Issue sectionContradiction;

    /**
     * A section's title that names an association ("II. HỘI NÔNG DÂN"): the rows under it, to the
     * next such title, are that association's; under one that the table's sources (its title, the
     * file's name) say is not theirs, nothing is read, with a contradiction at the title.
     */
    private void associationSection(Row row, int column) {
        Optional<String> named = clues.association(row.text(column));
        if (named.isEmpty()) {
            return;
        }
        settleCommunes(); // what the section above holds is its association's, not the next one's
        settleProvince();
        Location at = at(row, column);
        Claim section = new Claim(named.get(), Text.of("tiêu đề mục ô " + at.cell(), "the section title in " + at.cell()));
        Optional<Claim> table = claims.get(Attribute.ASSOCIATION);
        otherSection = table.isPresent() && !table.get().value().equals(named.get());
        if (otherSection) {
            sectionContradiction = Attribution.contradiction(Attribute.ASSOCIATION, table.get(), section, at);
        } else {
            claimed.put(Attribute.ASSOCIATION, Optional.of(section));
        }
    }

    /** Set when a long table without a units' column or a unit in its sources gives its units by sections' titles. */
    private boolean unitBySection;

    /**
     * Whether the first rows under a long table's header, one without a units' column nor a unit its
     * title or file names, hold a section's title that names a unit ("I. HUYỆN BA TRI" over its
     * indicators): then each section's rows are its unit's ({@link #unitSection}).
     */
    private boolean unitSections(List<Row> rows) {
        if (header.layout != Header.Layout.LONG || header.column(Role.UNIT).isPresent() || claims.get(Attribute.UNIT).isPresent()) {
            return false;
        }
        int indicatorColumn = header.column(Role.INDICATOR).getAsInt();
        return rows.stream().anyMatch(row -> row.number() > header.lastRow
                && valueColumns().stream().noneMatch(row::filled)
                && plan.unitNames().find(withoutSection(row.text(indicatorColumn))).isPresent());
    }

    /**
     * A section's title that names a unit ("II. HUYỆN CHỢ LÁCH") in a long table without a units'
     * column: the rows under it, to the next such title, are that unit's; under one that the table's
     * sources (its title, the file's name) say is not theirs, nothing is read, with a contradiction at
     * the title. Without it, a unit's section stacked under another's was read as the title's unit.
     */
    private void unitSection(Row row, int column) {
        if (header.column(Role.UNIT).isPresent()) {
            return;
        }
        String title = withoutSection(row.text(column));
        Location at = at(row, column);
        if (commune(title)) {
            // "I. Xã An Đức" over its indicators in a district's report: a commune's figures, never the district's
            otherSection = true;
            sectionContradiction = new Issue(Finding.COMMUNE_ROW, at, Text.of(
                    "Mục '%s' là của một xã, phường hoặc thị trấn: các dòng dưới mục không phải số của cả đơn vị, không được"
                            + " tính. Gửi số của cả đơn vị (cộng các xã)",
                    "The section '%s' is a commune's: the rows under it are not the unit's whole figures and are not"
                            + " counted. Send the unit's whole figures (the communes' sum)").format(Header.shorten(title)));
            return;
        }
        Optional<ReportingUnit> named = plan.unitNames().find(title);
        if (named.isEmpty()) {
            return;
        }
        Claim section = new Claim(named.get().code(), Text.of("tiêu đề mục ô " + at.cell(), "the section title in " + at.cell()));
        Optional<Claim> table = claims.get(Attribute.UNIT);
        otherSection = table.isPresent() && !table.get().value().equals(named.get().code());
        if (otherSection) {
            sectionContradiction = Attribution.contradiction(Attribute.UNIT, table.get(), section, at);
        } else {
            claimed.put(Attribute.UNIT, Optional.of(section));
        }
    }

    /** Communes' rows since the last unit's row, held until it is known whose figures they make. */
    private final List<Row> communeRows = new ArrayList<>();
    /** The last unit's row, which the communes' rows under it belong to, and whether it had no figures. */
    private Row communeParent;
    private boolean parentEmpty;

    /**
     * The communes' rows under a unit's row, once the next unit's row, a total or the table's end
     * comes: a district with figures of its own keeps them, and its communes are not counted (said,
     * {@code commune-row}); a district whose row has none (a section's title), or the unit the title
     * or file name names when no unit's row is there (a district office's report by commune), gets
     * the sum of its communes' rows, with a note; a unit's row without figures and without
     * communes gives its figures as missing, as any row.
     */
    private void settleCommunes() {
        Row parent = communeParent;
        boolean empty = parentEmpty;
        communeParent = null;
        parentEmpty = false;
        List<Row> communes = List.copyOf(communeRows);
        communeRows.clear();
        if (districtOverCommunes != null) {
            districtAgainstItsCommunes(communes); // its communes' rows may all have been passed over (under a half-year's section)
        }
        if (communes.isEmpty()) {
            if (parent != null && empty) {
                unitRow(parent);
            }
            return;
        }
        boolean ownAlone = communes.stream().allMatch(r -> districtsOwn(unitText(r)));
        Optional<Owner> owner = ownAlone ? Optional.empty() : parent == null ? claimedOwner(communes.get(0))
                : empty ? owner(parent) : Optional.empty();
        if (owner.isEmpty()) {
            for (Row commune : communes) {
                if (districtsOwn(unitText(commune))) {
                    issues.add(new Issue(Finding.COMMUNE_ROW, at(commune, header.column(Role.UNIT).getAsInt()), Text.of(
                            "Dòng '%s' là phần việc của riêng cấp huyện, không phải số của cả huyện: không được tính (gửi dòng"
                                    + " của huyện, hoặc dòng này cùng các dòng xã để cộng)",
                            "The row '%s' is the district office's own share, not the whole district's figures: it is not"
                                    + " counted (give the district's row, or this one with its communes' rows to add up)")
                            .format(Header.shorten(unitText(commune)))));
                    continue;
                }
                issues.add(new Issue(Finding.COMMUNE_ROW, at(commune, header.column(Role.UNIT).getAsInt()), Text.of(
                        "Dòng '%s' là của một xã, phường hoặc thị trấn, không phải của huyện: không được tính (số của huyện lấy"
                                + " từ dòng của huyện; nếu huyện không có dòng của mình, thêm dòng đó)",
                        "The row '%s' is a commune's, not a district's: it is not counted (the district's figures come from its"
                                + " own row; if the district has none, add it)").format(Header.shorten(unitText(commune)))));
            }
            return;
        }
        sumCommunes(owner.get(), communes);
    }

    /** A unit's row with figures over its communes' rows, held until they end, and whose it is. */
    private Row districtOverCommunes;
    private Optional<Owner> districtsOwner = Optional.empty();

    /**
     * A district's row over its communes' rows ("Ba Tri 5", then "Xã An Đức 10", "Xã An Hòa Tây
     * 12"), read now: a figure below its communes' sum is no total of theirs (the district office's
     * own share, perhaps), so it is refused, and said; the others are the district's, as before.
     */
    private void districtAgainstItsCommunes(List<Row> communes) {
        Row district = districtOverCommunes;
        districtOverCommunes = null;
        Set<Integer> refused = new java.util.HashSet<>();
        for (IndicatorColumns columns : header.indicators) {
            if (columns.indicator().measure() == Measure.YES_NO) {
                continue;
            }
            for (int column : columns.columns().toArray()) {
                Optional<BigDecimal> own = UnitSums.number(district, column);
                BigDecimal sum = BigDecimal.ZERO;
                for (Row commune : communes) {
                    sum = sum.add(UnitSums.number(commune, column).orElse(BigDecimal.ZERO));
                }
                if (!communes.isEmpty() && own.isPresent() && sum.compareTo(own.get()) > 0 && refused.add(column)) {
                    columns.columns().forEach(refused::add);
                    issues.add(new Issue(Finding.CONTRADICTION, at(district, column), Text.of(
                            "Dòng '%s' ghi %s cho %s, ít hơn tổng các dòng xã ở dưới (%s, dòng %d–%d): dòng này không phải tổng"
                                    + " của các xã (có thể chỉ là phần của cấp huyện), nên số này không được tính. Ghi số của cả huyện",
                            "The row '%s' gives %s for %s, less than the sum of the communes' rows below it (%s, rows %d–%d):"
                                    + " it is no total of theirs (perhaps the district office's own share), so the figure is not"
                                    + " counted. Give the whole district's figure")
                            .format(Header.shorten(unitText(district)), own.get(), columns.indicator().code(),
                                    sum, communes.get(0).number(), communes.get(communes.size() - 1).number())));
                }
            }
        }
        heldRow = refused.isEmpty() ? district
                : district.withCells(district.cells().stream().filter(cell -> !refused.contains(cell.column())).toList());
        heldOwner = districtsOwner;
        releaseHeldRow();
        refused.forEach(column -> sums.add(district, column)); // refused, yet in the total below, which counted it
    }

    /**
     * A district's figures as the sums of its communes' rows, each indicator's from its column;
     * where a commune's cell is not a plain number (words, a percentage), or the indicator is a
     * yes/no, nothing is summed for that indicator, and that is said.
     */
    private void sumCommunes(Owner owner, List<Row> communes) {
        int first = communes.get(0).number();
        int last = communes.get(communes.size() - 1).number();
        for (IndicatorColumns columns : header.indicators) {
            Indicator indicator = columns.indicator();
            Optional<String> association = indicator.provincial() ? Optional.empty() : owner.association;
            if (association.isEmpty() && !indicator.provincial()) {
                continue;
            }
            if (indicator.measure() == Measure.YES_NO) {
                if (columns.columns().anyMatch(c -> communes.stream().anyMatch(r -> r.at(c) != null))) {
                    issues.add(new Issue(Finding.COMMUNE_ROW, sheet.at(first, Location.columnName(columns.columns().min().getAsInt())),
                            Text.of("%s là có/không: không cộng được từ các xã (dòng %d–%d); ghi dòng của huyện",
                                    "%s is a yes/no: it cannot be added up from the communes (rows %d–%d); give the district's row")
                                    .format(indicator.code(), first, last)));
                }
                continue;
            }
            if (indicator.isRate()) {
                int n = columns.numerator().getAsInt();
                int d = columns.denominator().getAsInt();
                Optional<Optional<BigDecimal>> numerator = communeSum(communes, n);
                Optional<Optional<BigDecimal>> denominator = communeSum(communes, d);
                if (numerator.isPresent() && denominator.isPresent()) {
                    communeSums.add(new CommuneSum(new Figure(association, owner.unit, columns.year().orElse(owner.year), indicator.code(),
                            Optional.empty(), numerator.get(), denominator.get(), range(n, first, last), Optional.of(range(d, first, last))),
                            n, d));
                    numerator.get().ifPresent(v -> sums.add(n, v));
                    denominator.get().ifPresent(v -> sums.add(d, v));
                }
            } else {
                int v = columns.value().getAsInt();
                Optional<Optional<BigDecimal>> sum = communeSum(communes, v);
                if (sum.isPresent()) {
                    communeSums.add(new CommuneSum(new Figure(association, owner.unit, columns.year().orElse(owner.year), indicator.code(),
                            sum.get(), Optional.empty(), Optional.empty(), range(v, first, last), Optional.empty()), v, v));
                    sum.get().ifPresent(x -> sums.add(v, x));
                }
            }
        }
        sums.rowAdded();
        String unit = plan.unit(owner.unit).map(u -> u.name().vi()).orElse(owner.unit);
        issues.add(new Issue(Finding.COMMUNES_SUMMED, sheet.at(first, Location.columnName(header.column(Role.UNIT).getAsInt())),
                Text.of("Số của %s là tổng %d dòng xã, phường, thị trấn (dòng %d–%d), vì bảng không có dòng số liệu của %s",
                        "The figures of %s are the sums of %d communes' rows (rows %d–%d), as the table has no row of figures of %s")
                        .format(unit, communes.size(), first, last, unit)));
    }

    /** A district's figure summed from its communes' rows, and the columns it was summed from (a rate's two). */
    private record CommuneSum(Figure figure, int column, int otherColumn) {
    }

    /** The districts' figures summed from their communes' rows, made at the table's end, once its total rows are checked. */
    private final List<CommuneSum> communeSums = new ArrayList<>();

    /**
     * At the table's end, the districts' figures summed from their communes: made, but where a total
     * row of the table says another sum of that column ("Toàn huyện | 90" over communes that add up to
     * 30): then the table does not say which is the district's figure (the total may hold communes not
     * listed, or a row may be wrong), and that figure is refused, saying both.
     */
    private void communeSumsAgainstTotals() {
        for (CommuneSum summed : communeSums) {
            Figure figure = summed.figure();
            if (!sums.disagreed(summed.column()) && !sums.disagreed(summed.otherColumn())) {
                emit(figure);
                continue;
            }
            issues.add(new Issue(Finding.CONTRADICTION, figure.source(), Text.of(
                    "Các dòng xã, phường, thị trấn (%s) cộng lại cho %s của %s khác với dòng tổng của bảng: không biết số nào là"
                            + " của cả huyện, nên không tính. Ghi dòng của huyện, hoặc sửa dòng tổng hay các dòng xã cho khớp",
                    "The communes' rows (%s) add up to another figure for %s of %s than the table's total row says: which is"
                            + " the district's cannot be told, so none is counted. Give the district's row, or make the total"
                            + " and the communes' rows agree")
                    .format(figure.source().cell(), figure.indicator(),
                            plan.unit(figure.unit()).map(ReportingUnit::name).orElse(Text.same(figure.unit())))));
        }
        communeSums.clear();
    }

    /** A column's sum over the communes' rows (empty when every cell is blank), or nothing when a cell is no plain number. */
    private Optional<Optional<BigDecimal>> communeSum(List<Row> communes, int column) {
        BigDecimal sum = null;
        for (Row row : communes) {
            Cell cell = row.at(column);
            if (cell == null) {
                continue;
            }
            Optional<BigDecimal> number = cell.kind() == Cell.Kind.NUMBER && !cell.percentFormat() && !cell.dateFormat()
                    ? cell.number()
                    : cell.kind() == Cell.Kind.TEXT ? cells.number(cell.text()).filter(p -> !p.percent()).map(NumberText.Parsed::value)
                    : Optional.empty();
            if (number.isEmpty()) {
                issues.add(new Issue(Finding.NOT_A_NUMBER, at(row, column), Text.of(
                        "'%s' không phải là số nên không cộng được số của các xã cho huyện: ghi số (ví dụ 3.987), hoặc ghi dòng của huyện",
                        "'%s' is not a number, so the communes cannot be added up for their district: write a number (such as"
                                + " 3.987), or give the district's row").format(Header.shorten(cell.text()))));
                return Optional.empty();
            }
            sum = sum == null ? number.get() : sum.add(number.get());
        }
        return Optional.of(Optional.ofNullable(sum));
    }

    /** The cells a sum was made from: {@code C4:C6}. */
    private Location range(int column, int first, int last) {
        String letters = Location.columnName(column);
        return new Location(sheet.file(), sheet.sheet(), 0, first == last ? letters + first : letters + first + ":" + letters + last);
    }

    /** The unit the table's title, file name or options name, for the communes' rows of a table without a unit's row. */
    private Optional<Owner> claimedOwner(Row commune) {
        Optional<Claim> unit = claim(Attribute.UNIT);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> association = attribute(commune, Attribute.ASSOCIATION, Role.ASSOCIATION, associationResolver);
        Optional<String> year = attribute(commune, Attribute.YEAR, Role.YEAR, yearResolver);
        if (year.isEmpty() && !header.yearsInColumns() || unresolved) {
            unresolved = false;
            return Optional.empty();
        }
        return Optional.of(new Owner(association, unit.get().value(), year.isEmpty() ? 0 : yearNumber(year.get())));
    }

    /**
     * A row named like the province, held until the rows of the other units are read: when its
     * figures equal their sum, it is their total (checked, never counted), else the province's own.
     */
    private Row provinceRow;

    private boolean province(String unitText) {
        Boolean known = provinceNames.get(unitText);
        if (known == null) {
            List<ReportingUnit> found = unitText.isEmpty() ? List.of() : plan.unitNames().candidates(unitText);
            known = found.size() == 1 && found.get(0).level() == vn.khlt.plan.UnitLevel.PROVINCE;
            if (provinceNames.size() < 10_000) {
                provinceNames.put(unitText, known);
            }
        }
        return known;
    }

    /** Unit texts already judged a commune's or not. */
    private final Map<String, Boolean> communeNames = new HashMap<>();

    /** Unit texts already judged the province's or not: a sheet repeats the same few. */
    private final Map<String, Boolean> provinceNames = new HashMap<>();

    private void settleProvince() {
        if (provinceRow == null) {
            return;
        }
        Row row = provinceRow;
        provinceRow = null;
        List<String> same = new ArrayList<>(); // columns that equal the others' sum, when it says something
        List<String> differ = new ArrayList<>();
        boolean below = false; // a figure under the others' sum: no total of theirs
        for (IndicatorColumns indicator : header.indicators) {
            for (int column : indicator.columns().toArray()) {
                Optional<BigDecimal> stated = UnitSums.number(row, column);
                BigDecimal sum = sums.sinceTotal(column);
                below |= stated.isPresent() && stated.get().compareTo(sum) < 0;
                if (stated.isPresent() && stated.get().compareTo(sum) != 0) {
                    differ.add(Location.columnName(column));
                } else if (stated.isPresent() && sum.signum() != 0 && indicator.indicator().measure() != Measure.YES_NO) {
                    same.add(Location.columnName(column));
                }
            }
        }
        // "Tỉnh", "Tỉnh Bến Tre" (not "Cấp tỉnh", "Tỉnh hội") above the others' sum everywhere may be their total
        boolean maybeTotal = !below && !Clues.ownLevel(Names.key(unitText(row)));
        if (!sums.anyRow() || !differ.isEmpty() && same.isEmpty() && !maybeTotal) {
            unitRow(row);
            return;
        }
        if (same.isEmpty()) {
            // "Tỉnh 230" over "Ba Tri 120", "Chợ Lách 95": the province's total with units not listed, or its own figures
            issues.add(new Issue(Finding.PROVINCE_ROW_UNCLEAR, at(row, header.column(Role.UNIT).getAsInt()), Text.of(
                    "Dòng '%s' ghi cả tỉnh, và số của dòng lớn hơn tổng các đơn vị khác ở cột %s: không rõ là dòng tổng (có đơn vị"
                            + " không có dòng ở đây) hay số của riêng cấp tỉnh, nên không tính. Nếu là dòng tổng, ghi 'Tổng cộng';"
                            + " nếu là số của cấp tỉnh, ghi ở dòng 'Cấp tỉnh'",
                    "The row '%s' names the whole province, and its figures are above the sum of the other units in column"
                            + " %s: a total (with units that have no row here) or the province's own figures; it is not counted."
                            + " If it is a total, head it 'Tổng cộng'; if it is the province's own, put it in a row 'Cấp tỉnh'")
                    .format(Header.shorten(unitText(row)), String.join(", ", differ))));
            skip(row, Text.of("dòng của tỉnh: dòng tổng hay số của cấp tỉnh, không rõ", "the province's row: a total or its own, unclear"));
            return;
        }
        if (!differ.isEmpty()) {
            // a total whose officer summed some columns wrong, or the province's own figures that happen to
            // equal the sum in some: counted as the province's, a total would count every unit twice
            issues.add(new Issue(Finding.PROVINCE_ROW_UNCLEAR, at(row, header.column(Role.UNIT).getAsInt()), Text.of(
                    "Dòng '%s' bằng tổng các đơn vị khác ở cột %s nhưng khác ở cột %s: không rõ là dòng tổng (cộng sai) hay"
                            + " số của riêng cấp tỉnh, nên không tính. Nếu là dòng tổng, ghi 'Tổng cộng' và sửa ô cộng sai; nếu"
                            + " là số của cấp tỉnh, ghi ở dòng 'Cấp tỉnh'",
                    "The row '%s' equals the sum of the other units in column %s but differs in column %s: a total with"
                            + " wrong sums, or the province's own figures; it is not counted. If it is a total, head it"
                            + " 'Tổng cộng' and correct the wrong sums; if it is the province's own, put it in a row 'Cấp tỉnh'")
                    .format(Header.shorten(unitText(row)), String.join(", ", same), String.join(", ", differ))));
            skip(row, Text.of("dòng của tỉnh: dòng tổng hay số của cấp tỉnh, không rõ", "the province's row: a total or its own, unclear"));
            return;
        }
        skip(row, Text.of("dòng của tỉnh bằng tổng các dòng khác: dòng tổng, không tính",
                "the province's row equals the sum of the others: a total, not counted"));
        issues.add(new Issue(Finding.PROVINCE_TOTAL, at(row, header.column(Role.UNIT).getAsInt()), Text.of(
                "Dòng '%s' bằng tổng các dòng đơn vị khác nên được coi là dòng tổng, không tính là số của cấp tỉnh",
                "The row '%s' equals the sum of the other units' rows, so it is taken for their total, not counted as the"
                        + " province's own").format(Header.shorten(unitText(row)))));
    }

    /**
     * Whether an indicator's column of one association ("CT08" over "HLHPN | HND") is another's
     * than the file's or the row's: said once, at its header, and never read.
     */
    private boolean otherAssociationsColumn(IndicatorColumns columns, Owner owner) {
        if (columns.association().isEmpty() || owner.association.isEmpty() || owner.association.equals(columns.association())) {
            return false;
        }
        int column = columns.value().getAsInt();
        if (otherAssociationColumns.add(column)) {
            Location place = sheet.at(header.lastRow, Location.columnName(column));
            Claim claim = claims.get(Attribute.ASSOCIATION).filter(c -> c.value().equals(owner.association.get()))
                    .orElse(new Claim(owner.association.get(), Text.of("dòng", "the row")));
            issues.add(Attribution.contradiction(Attribute.ASSOCIATION, claim,
                    new Claim(columns.association().get(), Text.of("cột " + place.cell(), "column " + place.cell())), place));
        }
        return true;
    }

    private final Set<Integer> otherAssociationColumns = new HashSet<>();

    /** A unit's row: its figures, one for each indicator column. */
    private void unitRow(Row row) {
        owner(row).ifPresent(owner -> unitRow(row, owner));
    }

    /** A row's figures, whose the owner says. */
    private void unitRow(Row row, Owner owner) {
        unitRow(row, owner, true);
    }

    /** A row's figures; {@code summed} when they go into the sums a total row is checked against. */
    private void unitRow(Row row, Owner owner, boolean summed) {
        if (summed) {
            sums.year(header.column(Role.YEAR).isPresent() ? owner.year : 0);
        }
        for (IndicatorColumns columns : header.indicators) {
            Indicator indicator = columns.indicator();
            Optional<String> association = indicator.provincial() ? Optional.empty()
                    : columns.association().isPresent() ? columns.association() : owner.association;
            if (association.isEmpty() && !indicator.provincial() || indicatorsMeasuredOtherwise.contains(indicator)
                    || otherAssociationsColumn(columns, owner)) {
                continue;
            }
            if (indicator.isRate()) {
                int n = columns.numerator().getAsInt();
                int d = columns.denominator().getAsInt();
                emit(new Figure(association, owner.unit, columns.year().orElse(owner.year), indicator.code(),
                        Optional.empty(), cells.part(indicator, row, n), cells.part(indicator, row, d), at(row, n), Optional.of(at(row, d))));
            } else {
                int v = columns.value().getAsInt();
                emit(new Figure(association, owner.unit, columns.year().orElse(owner.year), indicator.code(),
                        cells.count(indicator, row, v),
                        Optional.empty(), Optional.empty(), at(row, v), Optional.empty()));
            }
            if (summed) {
                columns.columns().forEach(col -> sums.add(row, col));
            }
        }
        header.associationTotals.forEach((total, parts) -> {
            Optional<BigDecimal> stated = UnitSums.number(row, total);
            BigDecimal sum = parts.stream().map(c -> UnitSums.number(row, c).orElse(BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (stated.isPresent() && stated.get().compareTo(sum) != 0) {
                issues.add(totalColumnMismatch(at(row, total), stated.get(), sum, Header.Across.ASSOCIATIONS));
            }
        });
        if (summed) {
            sums.rowAdded();
        }
        if (row.hidden()) {
            hiddenRows.add(row.number());
        }
    }

    /** A unit's row that is its associations' total: in the sums a total row below is checked against, in their place. */
    private void addToSums(Row row, Owner owner) {
        sums.year(header.column(Role.YEAR).isPresent() ? owner.year : 0);
        for (IndicatorColumns columns : summedIndicators()) {
            columns.columns().forEach(column -> sums.add(row, column));
        }
        sums.rowAdded();
    }

    private List<Integer> valueColumns;

    /** A long table's columns of figures: the value, numerator and denominator, or a column a year. Found once. */
    private List<Integer> valueColumns() {
        if (valueColumns == null) {
            valueColumns = header.valueYears.isEmpty() ? List.of(Role.VALUE, Role.NUMERATOR, Role.DENOMINATOR).stream()
                    .map(header::column).filter(OptionalInt::isPresent).map(OptionalInt::getAsInt).toList()
                    : List.copyOf(header.valueYears.keySet());
        }
        return valueColumns;
    }
    /** Indicator cells already read: a long table names the same few on every row. */
    private final Map<String, Optional<Indicator>> indicators = new HashMap<>();

    /**
     * Whether the row's name column ("Tên chỉ tiêu", beside "Mã số") names another indicator than
     * its code: said, and nothing of the row read.
     */
    private boolean namedOther(Row row, Indicator coded) {
        int column = header.column(Role.NAMES).getAsInt();
        String name = row.text(column);
        if (name.isEmpty()) {
            return false;
        }
        Optional<Indicator> named = names.computeIfAbsent(name, n -> Header.indicatorCell(plan, n));
        if (named.isEmpty() && Measures.other(coded, Measures.ofColumn(name))) {
            issues.add(Header.otherMeasure(at(row, column), coded, name, Text.of("số của dòng này", "the row's figure is not read")));
            return true; // "CT14 | Số người tham dự": people, where CT14 counts activities
        }
        if (named.isEmpty() || named.get().equals(coded)) {
            return false;
        }
        issues.add(new Issue(Finding.CONTRADICTION, at(row, column), Text.of(
                "Mã %s nhưng tên '%s' là của %s: không rõ là chỉ tiêu nào, dòng này không được đọc. Sửa mã hoặc tên cho khớp",
                "The code says %s but the name '%s' is %s's: which indicator it is cannot be told, so the row is not read."
                        + " Make the code and the name agree").format(coded.code(), Header.shorten(name), named.get().code())));
        return true;
    }

    /** The indicator each text of a name column names, once looked up. */
    private final Map<String, Optional<Indicator>> names = new HashMap<>();

    /** Indicator cells whose code names one indicator and whose words another: read no figure. */
    private final Set<String> codeAgainstName = new HashSet<>();

    /** Indicator cells whose words beside the code count another unit than it ("CT14 - Số người tham dự"): read no figure. */
    private final Set<String> otherMeasure = new HashSet<>();

    /** Indicator cells whose words beside the name make the row another figure ("CT14 (dự kiến)"), and what they say. */
    private final Map<String, Header.Part> qualified = new HashMap<>();

    /** Indicator cells of any of the three kinds above: looked at on every row, never taken from what was read before. */
    private final Set<String> notRead = new HashSet<>();

    /** A long table's rate given as its row and its parts' rows under it. */
    private final RateRows rateRows;

    private void longRow(Row row) {
        int indicatorColumn = header.column(Role.INDICATOR).getAsInt();
        String indicatorText = row.text(indicatorColumn);
        if (indicatorText.isEmpty()) {
            // a cell merged down over its units' rows, as a unit's over its years; a block's result row, its first row's
            indicatorText = partRows.carriedIndicator() != null ? partRows.carriedIndicator() : row.mergedText(indicatorColumn);
        }
        List<Integer> valueColumns = valueColumns();
        boolean hasValues = false;
        for (int i = 0; i < valueColumns.size() && !hasValues; i++) {
            hasValues = row.filled(valueColumns.get(i));
        }
        OptionalInt unitColumn = header.column(Role.UNIT);
        String unitText = unitColumn.isEmpty() ? "" : row.shownText(unitColumn.getAsInt());
        if (isTotal(unitText)) {
            skip(row, Text.of("dòng tổng, không tính", "a total row, not counted"));
            return;
        }
        if (indicatorText.isEmpty() && !hasValues) {
            return;
        }
        if (rateRows.part(row, indicatorText, unitText)) {
            return; // "- Số hộ được bồi dưỡng" under CT17's row: the rate's numerator
        }
        rateRows.end();
        if (hasValues && sectionPeriod.unread()) {
            partOfAYear(row);
            return;
        }
        if (otherSection && outsideSection(row, hasValues)) {
            return; // under another association's section than the file's
        }
        if (unitBySection && hasValues && claim(Attribute.UNIT).isEmpty()) {
            issues.add(new Issue(Finding.MISSING_UNIT, at(row, indicatorColumn), Text.of(
                    "Dòng %d có số liệu nhưng chưa ở dưới tiêu đề mục nào ghi đơn vị (như 'I. HUYỆN BA TRI'): không đọc dòng"
                            + " này. Ghi tiêu đề mục của đơn vị phía trên, hoặc ghi đơn vị vào tiêu đề bảng",
                    "Row %d has figures but stands under no section title naming a unit (such as 'I. HUYỆN BA TRI'): it is"
                            + " not read. Put the unit's section title above it, or name the unit in the table's title")
                    .format(row.number())));
            return;
        }
        Optional<Indicator> indicator = indicators.get(indicatorText);
        if (indicator == null || indicator.isEmpty() || !notRead.isEmpty() && notRead.contains(indicatorText) || header.column(Role.NAMES).isPresent()) {
            indicator = checkedIndicator(row, indicatorColumn, indicatorText, hasValues, indicator);
            if (indicator.isEmpty()) {
                return;
            }
        }
        if (!hasValues && Header.sectionTitle(plan, indicatorText)) {
            skip(row, Text.of("không có số liệu (tiêu đề mục, hoặc chỉ tiêu để trống): '" + Header.shorten(indicatorText) + "'",
                    "no figures (a section's title, or an indicator left blank): '" + Header.shorten(indicatorText) + "'"));
            return; // "II. MÁI ẤM TÌNH THƯƠNG" over CT09's own row: no blank figure of CT09
        }
        longFigure(row, indicator.get(), indicatorColumn);
    }

    /**
     * The indicator of a long table's row, looked up the first time its text is seen, or empty
     * when the row is passed over or refused, and said why: no indicator, one the plan does not
     * hold, a code against a name, a section's title, the header again, a share of the row above.
     */
    private Optional<Indicator> checkedIndicator(Row row, int indicatorColumn, String indicatorText, boolean hasValues,
            Optional<Indicator> known) {
        if (closing(row) || signed && numberless(row)) {
            // "TM. BAN THƯỜNG VỤ", "BÍ THƯ" under one unit's figures' column, "Người lập biểu" in the indicators': no
            // indicator's row, nor the names under them ("Nguyễn Văn B | | Trần Thị C")
            signed = true;
            skip(row, Text.of("chữ ký, nơi và ngày lập báo cáo", "a signature, the report's place and date"));
            return Optional.empty();
        }
        Optional<Integer> said = indicatorText.isEmpty() && !figured ? saidColumn(row, valueColumns()) : Optional.empty();
        if (said.isPresent()) {
            // "Năm 2018 | Năm 2019 (ước)" under "Thực hiện", a blank row below it: which column is the year's result?
            issues.add(untakenHeaderRow(row, said.get(), Text.of("ở cột số liệu", "in the figures' column"), TABLE_NOT_READ));
            blocked = true;
            return Optional.empty();
        }
        if (indicatorText.isEmpty()) {
            issues.add(new Issue(Finding.MISSING_INDICATOR, at(row, indicatorColumn), Text.of(
                    "Dòng có số liệu nhưng không ghi chỉ tiêu: ghi mã chỉ tiêu (%s)",
                    "The row has figures but no indicator: write the indicator's code (%s)").format(Header.codes(plan))));
            return Optional.empty();
        }
        Optional<Indicator> indicator = known;
        if (indicator == null) {
            indicator = Header.indicatorCell(plan, indicatorText);
            if (indicator.isPresent() && Header.codeAgainstName(plan, indicator.get(), indicatorText, sheet).isPresent()) {
                codeAgainstName.add(indicatorText);
            } else if (indicator.isPresent() && Measures.other(indicator.get(),
                    Measures.ofColumn(Header.beside(indicator.get(), indicatorText)))) {
                otherMeasure.add(indicatorText); // "CT14 - Số người tham dự": people, where CT14 counts activities
            } else if (indicator.isPresent()) {
                QualifiedNames.of(indicator.get(), indicatorText).ifPresent(says -> qualified.put(indicatorText, says));
            }
            if (codeAgainstName.contains(indicatorText) || otherMeasure.contains(indicatorText) || qualified.containsKey(indicatorText)) {
                notRead.add(indicatorText);
            }
            if (indicators.size() < 10_000) {
                indicators.put(indicatorText, indicator);
            }
        }
        if (codeAgainstName.contains(indicatorText)) {
            issues.add(Header.codeAgainstName(plan, indicator.get(), indicatorText, at(row, indicatorColumn)).get());
            return Optional.empty();
        }
        if (otherMeasure.contains(indicatorText)) {
            issues.add(Header.otherMeasure(at(row, indicatorColumn), indicator.get(), indicatorText,
                    Text.of("số của dòng này", "the row's figure is not read")));
            return Optional.empty();
        }
        if (qualified.containsKey(indicatorText)) {
            notTheFigure(row, indicatorColumn, qualified.get(indicatorText), indicator.get(), indicatorText, hasValues);
            return Optional.empty(); // "CT14 (dự kiến)", "Xã đạt chuẩn NTM nâng cao": not the plan's figure
        }
        if (indicator.isPresent()) {
            return header.column(Role.NAMES).isPresent() && namedOther(row, indicator.get()) ? Optional.empty() : indicator;
        }
        if (!hasValues) {
            // a section's title ("I. CHỈ TIÊU CHUNG", "II. NĂM 2019"), a note: no indicator, and nothing given
            skip(row, Text.of("không có số liệu (tiêu đề mục, ghi chú): '" + Header.shorten(indicatorText) + "'",
                    "no figures (a section's title, a note): '" + Header.shorten(indicatorText) + "'"));
            yearSection(row, indicatorColumn, withoutSection(indicatorText));
            associationSection(row, indicatorColumn); // "II. HỘI NÔNG DÂN" over its indicators in a joint report
            unitSection(row, indicatorColumn); // "II. HUYỆN CHỢ LÁCH" over its indicators in a report of several units
            return indicator;
        }
        if (Names.key(indicatorText).equals(Names.key(header.titles.getOrDefault(indicatorColumn, "")))) {
            skip(row, Text.of("tiêu đề bảng lặp lại", "the header again"));
            return indicator; // the header repeated on each printed page
        }
        Header.Part says = Header.Part.ofText(indicatorText);
        if (NOT_A_FIGURE.contains(says)) {
            // "Trong đó: hộ nữ làm chủ" under CT08's row: a share of its figure, not an indicator's
            skip(row, Text.of("dòng '%s' là %s, không phải số liệu của một chỉ tiêu: không tính",
                    "the row '%s' is %s, not an indicator's figure: not counted").format(Header.shorten(indicatorText), says.label()));
            return indicator;
        }
        String closest = String.join(" / ", Closest.to(indicatorText, plan.indicators(),
                i -> List.of(i.code(), i.label().vi(), i.label().en()), i -> i.code() + " (" + i.label().vi() + ")"));
        issues.add(new Issue(Finding.UNKNOWN_INDICATOR, at(row, indicatorColumn), Text.of(
                "Chỉ tiêu '%s' không có trong kế hoạch %s (%s): có phải %s?",
                "Indicator '%s' is not in plan %s (%s): did you mean %s?").format(Header.shorten(indicatorText),
                plan.id(), Header.codes(plan), closest)));
        return indicator;
    }

    /**
     * A row whose indicator's cell says it holds another figure than the plan's ({@link QualifiedNames}):
     * refused with what its words say, or passed over as a column of the same words would be.
     */
    private void notTheFigure(Row row, int column, Header.Part says, Indicator indicator, String text, boolean hasValues) {
        if (!hasValues) {
            return;
        }
        Optional<Issue> issue = QualifiedNames.issue(says, indicator, text, at(row, column));
        if (issue.isPresent()) {
            issues.add(issue.get());
        } else {
            skip(row, Text.of("dòng '%s' là %s, không phải số liệu của %s: không tính",
                    "the row '%s' is %s, not %s's figure: not counted").format(Header.shorten(text), says.label(), indicator.code()));
        }
    }

    /** A long table's row's figure (or figures, a column a year), once its indicator is known. */
    private void longFigure(Row row, Indicator found, int indicatorColumn) {
        Optional<Owner> owner = valueYear(row, owner(row));
        if (owner.isEmpty()) {
            return;
        }
        if (!found.isRate() && measuredOtherwise(row, found)) {
            return;
        }
        if (header.yearsChangeColumn().isPresent() && Header.levelAtYearsEnd(found)) {
            int column = header.yearsChangeColumn().getAsInt();
            issues.add(Header.yearsChangeOfAStock(found, header.titles.getOrDefault(column, ""), at(row, column)));
            return; // "Thực hiện trong năm" on CT01's row: the communes that met the standard this year, not their number
        }
        Optional<String> association = found.provincial() ? Optional.empty() : owner.get().association;
        if (association.isEmpty() && !found.provincial()) {
            missingAssociation(row, indicatorColumn);
            return;
        }
        if (!header.valueYears.isEmpty()) {
            yearsRow(row, found, association, owner.get().unit);
            return;
        }
        OptionalInt valueColumn = header.column(Role.VALUE);
        OptionalInt numeratorColumn = header.column(Role.NUMERATOR);
        OptionalInt denominatorColumn = header.column(Role.DENOMINATOR);
        if (found.isRate()) {
            if ((numeratorColumn.isEmpty() || denominatorColumn.isEmpty()) && valueColumn.isPresent()) {
                OptionalInt unitColumn = header.column(Role.UNIT);
                rateRows.rate(row, found, association, owner.get().unit, owner.get().year, valueColumn.getAsInt(),
                        row.text(indicatorColumn), unitColumn.isEmpty() ? "" : row.shownText(unitColumn.getAsInt()));
                return; // its numerator's and denominator's rows may follow; its percentage is never the figure
            }
            boolean parts = numeratorColumn.isPresent() && denominatorColumn.isPresent()
                    && (row.filled(numeratorColumn.getAsInt()) || row.filled(denominatorColumn.getAsInt()));
            if (!parts && valueColumn.isPresent() && row.filled(valueColumn.getAsInt())) {
                issues.add(RateRows.percentage(found, at(row, valueColumn.getAsInt())));
                return;
            }
            if (numeratorColumn.isEmpty() || denominatorColumn.isEmpty()) {
                return;
            }
            int n = numeratorColumn.getAsInt();
            int d = denominatorColumn.getAsInt();
            emit(new Figure(association, owner.get().unit, owner.get().year, found.code(), Optional.empty(),
                    cells.part(found, row, n), cells.part(found, row, d), at(row, n), Optional.of(at(row, d))));
        } else {
            OptionalInt column = valueColumn.isPresent() ? valueColumn : numeratorColumn;
            if (column.isEmpty()) {
                return;
            }
            int v = column.getAsInt();
            emit(new Figure(association, owner.get().unit, owner.get().year, found.code(), cells.count(found, row, v),
                    Optional.empty(), Optional.empty(), at(row, v), Optional.empty()));
        }
    }

    private void missingAssociation(Row row, int column) {
        issues.add(new Issue(Finding.MISSING_ASSOCIATION, at(row, column), Text.of(
                "Không biết đoàn thể của dòng này: ghi vào cột 'Đoàn thể', tên tệp (ví dụ HND_2017.csv) hoặc dùng --association",
                "The row's association is not known: fill the 'Association' column, name the file (such as HND_2017.csv) or pass --association")));
    }

    /**
     * A long table's row of a unit's indicator with a column a year ("Đơn vị | Chỉ tiêu | Năm 2018 |
     * Năm 2019"): a figure each year, its column's. A rate, which one cell a year cannot hold, is refused.
     */
    private void yearsRow(Row row, Indicator found, Optional<String> association, String unit) {
        if (found.isRate()) {
            header.valueYears.keySet().stream().filter(row::filled).findFirst()
                    .ifPresent(column -> issues.add(RateRows.percentage(found, at(row, column))));
            return;
        }
        header.valueYears.forEach((column, year) -> emit(new Figure(association, unit, year, found.code(),
                cells.count(found, row, column), Optional.empty(), Optional.empty(), at(row, column), Optional.empty())));
    }

    /**
     * A long table's row whose figures' columns say their year ("Thực hiện năm 2018"): the figure is
     * that year's; a row whose own year column says another is a contradiction, and is not read.
     */
    private Optional<Owner> valueYear(Row row, Optional<Owner> whose) {
        OptionalInt year = header.valueYear();
        if (whose.isEmpty() || year.isEmpty() || whose.get().year == year.getAsInt()) {
            return whose;
        }
        Owner owner = whose.get();
        if (header.column(Role.YEAR).isPresent() && !row.text(header.column(Role.YEAR).getAsInt()).isEmpty()) {
            issues.add(new Issue(Finding.CONTRADICTION, at(row, header.column(Role.YEAR).getAsInt()), Text.of(
                    "Mâu thuẫn về năm: dòng ghi năm %d nhưng tiêu đề cột số liệu ghi năm %d. Sửa nguồn sai rồi gửi lại; số liệu ở"
                            + " đây không được tính cho đến khi thống nhất",
                    "Contradiction on the year: the row says %d but the figures' column is headed %d. Correct the wrong one and"
                            + " resubmit; these figures are not counted until they agree").format(owner.year, year.getAsInt())));
            return Optional.empty();
        }
        return Optional.of(new Owner(owner.association, owner.unit, year.getAsInt()));
    }

    /** Whose row this is: columns first, then what the sheet's sources claim; a disagreement is an error. */
    private record Owner(Optional<String> association, String unit, int year) {
    }

    /** How each attribute's text is resolved the first time it is seen (made once, in the constructor). */
    private final java.util.function.Function<String, Optional<String>> associationResolver;
    private final java.util.function.Function<String, Optional<String>> unitResolver;
    private final java.util.function.Function<String, Optional<String>> yearResolver;

    private Optional<Owner> owner(Row row) {
        unitsAssociation = null;
        Optional<String> association = attribute(row, Attribute.ASSOCIATION, Role.ASSOCIATION, associationResolver);
        Optional<String> unit = attribute(row, Attribute.UNIT, Role.UNIT, unitResolver);
        if (unit.isPresent() && !unresolved && header.column(Role.UNIT_NAMES).isPresent() && namedOtherUnit(row, unit.get())) {
            return Optional.empty();
        }
        if (unitsAssociation != null && !unresolved) {
            association = ownersAssociation(row, association);
        } else if (associationByUnitCell && unit.isPresent() && !unresolved) {
            return noAssociationInCell(row);
        }
        Optional<String> year = attribute(row, Attribute.YEAR, Role.YEAR, yearResolver);
        if (sectionPeriod.year().isPresent() && header.column(Role.YEAR).isEmpty()) {
            year = sectionPeriod.year().map(String::valueOf); // under "Năm 2018": that year's, whatever the title says
        }
        if (unit.isEmpty() && !unresolved && header.column(Role.UNIT).isPresent()) {
            // figures under a blank unit cell (merged down from the row above, or left out): whose they are is a guess
            issues.add(new Issue(Finding.MISSING_UNIT, at(row, header.column(Role.UNIT).getAsInt()), Text.of(
                    "Dòng %d có số liệu nhưng ô đơn vị để trống: không đọc số liệu nào của dòng này. Ghi tên đơn vị vào ô"
                            + " (nếu ô được gộp với dòng trên, bỏ gộp và ghi tên ở mỗi dòng)",
                    "Row %d has figures but a blank unit cell: nothing is read from the row. Write the unit's name in the"
                            + " cell (if it is merged with the row above, unmerge it and name the unit on each row)")
                    .format(row.number())));
        }
        if (unit.isEmpty() || year.isEmpty() && !header.yearsInColumns() || unresolved) {
            unresolved = false;
            return Optional.empty();
        }
        int number = year.isEmpty() ? 0 : yearNumber(year.get());
        Owner last = lastOwner.orElse(null);
        if (last == null || !last.association.equals(association) || !last.unit.equals(unit.get()) || last.year != number) {
            lastOwner = Optional.of(new Owner(association, unit.get(), number));
        }
        return lastOwner; // a long table's rows come in runs of one owner
    }

    private Optional<Owner> lastOwner = Optional.empty();

    /**
     * Whether a row's name in the units' second column ("Mã đơn vị | Tên đơn vị") is another unit's
     * than its first column says (CHO-LACH | Giồng Trôm): whose row it is cannot be told, so it is not
     * read, and said. A name that finds no one unit (an office's own wording) is not held against it.
     */
    private boolean namedOtherUnit(Row row, String unit) {
        int column = header.column(Role.UNIT_NAMES).getAsInt();
        String name = row.text(column);
        Optional<String> named = name.isEmpty() ? Optional.empty()
                : unitNames.computeIfAbsent(name, n -> plan.unitNames().find(n).map(ReportingUnit::code));
        if (named.isEmpty() || named.get().equals(unit)) {
            return false;
        }
        issues.add(new Issue(Finding.CONTRADICTION, at(row, column), Text.of(
                "Cột đơn vị ghi %s nhưng tên '%s' là của %s: không rõ dòng này của đơn vị nào, không đọc số liệu của dòng. Sửa"
                        + " cho hai cột khớp nhau",
                "The units' column says %s but the name '%s' is %s's: whose row this is cannot be told, so none of its"
                        + " figures is read. Make the two columns agree").format(unitLabel(unit), Header.shorten(name), unitLabel(named.get()))));
        return true;
    }

    private String unitLabel(String code) {
        return plan.unit(code).map(u -> u.name().vi()).orElse(code);
    }

    /** The unit each text of the units' second column names, once looked up. */
    private final Map<String, Optional<String>> unitNames = new HashMap<>();

    /**
     * Whether an association's cell says the row is all the associations' ("Cộng", "Tổng", "Tất cả",
     * "Chung", "Liên tịch"): their total, passed over, never an unknown association's.
     */
    private boolean allAssociations(String text) {
        String key = Names.key(text);
        if (!Header.totalWords(key) && !ALL_ASSOCIATIONS.contains(key) && !ALL_ASSOCIATIONS_WORDS.matcher(key).find()) {
            return false;
        }
        skip(rowBeingRead, Text.of("dòng chung của các đoàn thể ('%s'), không tính", "all the associations' row ('%s'), not counted")
                .format(Header.shorten(text)));
        return true;
    }

    private static final Set<String> ALL_ASSOCIATIONS = Set.of("tat ca", "chung", "lien tich", "cac doan the");
    /** "Cả 4 đoàn thể", "Chung 4 đoàn thể", "Bốn đoàn thể": the associations together. */
    private static final java.util.regex.Pattern ALL_ASSOCIATIONS_WORDS = java.util.regex.Pattern.compile(
            "(?:^| )(?:4|bon|cac) doan the(?: |$)");

    /** The association a unit's cell names with the unit ("Hội LHPN huyện Ba Tri"), as the row's is read; else null. */
    private String unitsAssociation;

    /** Titles of a column of communes beside the districts' ("Huyện | Xã"): its rows are communes', never a district's whole. */
    private static final Set<String> COMMUNES_COLUMN = Set.of("xa", "ten xa", "xa phuong", "xa phuong thi tran", "xa thi tran",
            "phuong xa", "co so", "co so hoi", "co so doan", "chi hoi", "to hoi");

    /** Whether a cell is there and holds a number, typed or written as text. */
    static boolean holdsNumber(Cell cell) {
        return cell != null && cell.holdsNumber();
    }

    /** The columns a figure is read from: a wide table's indicators', a long table's values'. */
    private int[] figureColumns() {
        return header.layout == Header.Layout.LONG ? valueColumns().stream().mapToInt(Integer::intValue).toArray()
                : header.indicators.stream().flatMapToInt(IndicatorColumns::columns).toArray();
    }

    /**
     * Where the header gives the units' names no title of their own, the column that holds them:
     * untitled, left of the figures, each of its rows of figures naming one of the plan's units (or a
     * total), as every careful reader takes it; or the untitled column right of the one "Đơn vị"
     * heads, when that one holds only the rows' numbers (1, 2, …: "Đơn vị" merged over both). Two
     * such rows at least, in the rows read to find the header; a name the plan does not hold leaves
     * the table as it was (a district's communes under no title are refused, {@link #rowsNamedElsewhere}).
     */
    private void unitsUntitled(List<Row> rows) {
        int[] figures = figureColumns();
        int first = java.util.Arrays.stream(figures).min().orElse(0);
        List<Row> data = rows.stream().filter(r -> r.number() > header.lastRow
                && java.util.Arrays.stream(figures).anyMatch(c -> holdsNumber(r.at(c)))).toList();
        OptionalInt unit = header.column(Role.UNIT);
        if (unit.isPresent()) {
            int names = unit.getAsInt() + 1;
            if (names < first && untitled(names, header.titles.getOrDefault(unit.getAsInt(), ""))
                    && data.stream().allMatch(r -> r.text(unit.getAsInt()).isEmpty() || ORDINAL.matcher(r.text(unit.getAsInt())).matches())
                    && namesUnits(data, names)) {
                header.unitsIn(names, OptionalInt.of(unit.getAsInt()));
            }
            return;
        }
        for (int column = 0; column < first; column++) {
            if (untitled(column, "") && namesUnits(data, column)) {
                header.unitsIn(column, OptionalInt.empty());
                return;
            }
        }
    }

    /** A row's number: "1", "12.", "IV". */
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("(?:\\d{1,3}|[IVX]{1,5})\\.?");

    /** Whether a column has no role and no title of its own (none, or the one merged over it and its left neighbour). */
    private boolean untitled(int column, String merged) {
        String title = header.titles.getOrDefault(column, "").strip();
        return !header.columns.containsValue(column) && (title.isEmpty() || title.equals(merged.strip()));
    }

    /** Whether every row of figures names in a column one unit of the plan, or a total; two units at least. */
    private boolean namesUnits(List<Row> data, int column) {
        Set<String> units = new HashSet<>();
        for (Row row : data) {
            String text = withoutSection(row.text(column));
            if (totalKind(text) != TotalKind.NONE) {
                continue;
            }
            List<ReportingUnit> found = text.isEmpty() ? List.of() : plan.unitNames().candidates(text);
            if (found.size() != 1) {
                return false;
            }
            units.add(found.get(0).code());
        }
        return units.size() >= 2;
    }

    /**
     * Whether a table names its rows of figures in a column that is not the units' ("Tên" over a
     * district's communes, an untitled column of names; "Xã" beside "Huyện"): two names for the same
     * unit (the title's, or the row's own) and year, or a column headed as communes beside the units',
     * make each row one place's, which read as it stands would be the unit's whole. The table is
     * refused, and the column said. A column of an indicator's words ("Nội dung") names no place.
     */
    private boolean rowsNamedElsewhere(List<Row> rows) {
        if (header.layout == Header.Layout.ACROSS) {
            return false;
        }
        int[] figures = figureColumns();
        int first = java.util.Arrays.stream(figures).min().orElse(0);
        OptionalInt yearColumn = header.column(Role.YEAR);
        OptionalInt unitColumn = header.column(Role.UNIT);
        // by column, and by year and unit when columns give each row's: two names for the same are two places' rows
        // ("Huyện | Xã": each commune's row would be read as its district's whole figure)
        Map<String, Set<String>> names = new java.util.TreeMap<>();
        for (Row row : rows) {
            // a long table of units' rows differs by indicator too: its places are told apart within an indicator's rows
            String whose = (yearColumn.isEmpty() ? "" : row.shownText(yearColumn.getAsInt()))
                    + "|" + (unitColumn.isEmpty() ? "" : row.shownText(unitColumn.getAsInt()))
                    + "|" + (header.layout == Header.Layout.LONG && unitColumn.isPresent()
                            ? row.text(header.column(Role.INDICATOR).getAsInt()) : "");
            boolean figure = row.number() > header.lastRow
                    && java.util.Arrays.stream(figures).anyMatch(c -> holdsNumber(row.at(c)));
            for (Cell cell : figure ? row.cells() : List.<Cell>of()) {
                String key = cell.kind() == Cell.Kind.TEXT ? Names.key(cell.text()) : "";
                if (cell.column() < first && !key.isEmpty() && !header.columns.containsValue(cell.column())
                        && Header.Part.ofText(header.titles.getOrDefault(cell.column(), "")) == Header.Part.OTHER // not "ĐVT"
                        && !DESCRIBING.contains(Names.key(header.titles.getOrDefault(cell.column(), ""))) // "Nội dung": no place
                        && NumberText.parse(cell.text()).isEmpty() && Header.Part.of(key) == Header.Part.OTHER
                        && totalKind(cell.text()) == TotalKind.NONE
                        && Header.indicatorCell(plan, cell.text()).isEmpty()) { // "Mã | Nội dung": an indicator's words, no place
                    names.computeIfAbsent(cell.column() + "|" + whose, c -> new java.util.LinkedHashSet<>()).add(cell.text().strip());
                }
            }
        }
        for (Map.Entry<String, Set<String>> named : names.entrySet()) {
            int column = Integer.parseInt(named.getKey().substring(0, named.getKey().indexOf('|')));
            boolean communes = unitColumn.isPresent()
                    && COMMUNES_COLUMN.contains(Names.key(header.titles.getOrDefault(column, "")));
            if (named.getValue().size() >= 2 || communes) {
                String title = header.titles.getOrDefault(column, "");
                Text says = unitColumn.isPresent() ? Text.of(
                        "Cột %s ('%s': %s, …) ghi những nơi khác nhau dưới cùng một đơn vị: mỗi dòng là số của một nơi (một xã),"
                                + " không phải của cả đơn vị, nên bảng không được đọc. Gửi mỗi đơn vị một dòng số liệu của mình, hoặc"
                                + " mỗi huyện một bảng (tên huyện ở tiêu đề, các xã dưới cột 'Tên xã')",
                        "Column %s ('%s': %s, …) names different places under the same unit: each row is one place's (a"
                                + " commune's), not the unit's whole, so the table is not read. Give each unit one row of its own"
                                + " figures, or each district a table of its own (its name in the title, its communes under 'Tên xã')")
                        : Text.of(
                        "Các dòng số liệu ghi tên ở cột %s ('%s': %s, …) nhưng cột này không phải cột đơn vị: không rõ mỗi dòng là"
                                + " số của ai, nên bảng không được đọc. Đặt tiêu đề 'Đơn vị' cho cột tên (hoặc 'Tên xã' cho các xã của"
                                + " một huyện), hoặc dùng tệp bố cục",
                        "The rows of figures are named in column %s ('%s': %s, …), which is not the units' column: whose each"
                                + " row is cannot be told, so the table is not read. Head the names' column 'Đơn vị' (or 'Tên xã'"
                                + " for a district's communes), or use a layout file");
                issues.add(new Issue(Finding.MISSING_UNIT, sheet.at(header.firstRow, Location.columnName(column)),
                        says.format(Location.columnName(column), Header.shorten(title),
                                String.join(", ", named.getValue().stream().limit(2).toList()))));
                return true;
            }
        }
        return false;
    }

    /** A row of a table whose units' cells name their associations, whose cell names none: not read. */
    private Optional<Owner> noAssociationInCell(Row row) {
        issues.add(new Issue(Finding.MISSING_ASSOCIATION, at(row, header.column(Role.UNIT).getAsInt()), Text.of(
                "Dòng %d có số liệu nhưng ô đơn vị không ghi đoàn thể như các dòng khác (như 'Hội LHPN huyện Ba Tri'):"
                        + " không đọc dòng này. Ghi đoàn thể cùng tên đơn vị, hoặc ghi đoàn thể vào tiêu đề bảng",
                "Row %d has figures but its unit's cell names no association, as the other rows' do (such as 'Hội LHPN"
                        + " huyện Ba Tri'): it is not read. Name the association with the unit, or in the table's title")
                .format(row.number())));
        return Optional.empty();
    }

    /**
     * A unit's row whose name carries a remark of part of the year ("Giồng Trôm (số liệu 6 tháng)"):
     * passed over as such a row is, and said, since it may hold the unit's only figures in the table.
     */
    private void remarkedUnit(Row row, String unitText, Header.Part says) {
        java.util.regex.Matcher remark = REMARK.matcher(unitText);
        if (says != Header.Part.PART_OF_YEAR || !remark.matches() || plan.unitNames().candidates(remark.group(1)).isEmpty()) {
            return;
        }
        issues.add(new Issue(Finding.PARTIAL_PERIOD, at(row, header.column(Role.UNIT).getAsInt()), Text.of(
                "Dòng '%s' ghi kèm tên đơn vị là %s, không phải kết quả cả năm: không số liệu nào của dòng được tính. Gửi số"
                        + " liệu cả năm của đơn vị",
                "The row '%s' says beside the unit's name that it is %s, not the full year's results: none of its figures"
                        + " count. Send the unit's full year's figures").format(Header.shorten(unitText), says.label())));
    }

    /**
     * Whether a unit's row carries a remark beside the unit's name that says its figures are not the
     * year's ("Ba Tri (số liệu năm 2018)", "Giồng Trôm - lấy số năm trước", "Thạnh Phú: đã gồm cả cấp
     * tỉnh"; {@link RowNote}): then none of them count, and that is said, as for a note in a column
     * of its own.
     */
    private boolean remarkedRow(Row row, String unitText) {
        java.util.regex.Matcher remark = REMARKED.matcher(unitText);
        if (!remark.matches() || plan.unitNames().candidates(remark.group(1).strip()).size() != 1) {
            return false;
        }
        String said = remark.group(2) != null ? remark.group(2) : remark.group(3) != null ? remark.group(3) : remark.group(4);
        Optional<RowNote.Reading> note = RowNote.read(said, rowsYear(row));
        if (note.isEmpty()) {
            return false;
        }
        issues.add(RowNote.issue(note.get(), at(row, header.column(Role.UNIT).getAsInt()), row.number(),
                Text.of("ghi chú '%s' kèm tên đơn vị", "remark '%s' beside the unit's name").format(Header.shorten(said.strip()))));
        stillSummed(row);
        skip(row, Text.of("ghi chú '" + Header.shorten(said.strip()) + "' kèm tên đơn vị",
                "the remark '" + Header.shorten(said.strip()) + "' beside the unit's name"));
        return true;
    }

    /** A unit's name and a remark after it: in brackets, "Ba Tri (số liệu năm 2018)"; after a dash or a colon, "Ba Tri - …". */
    private static final java.util.regex.Pattern REMARKED = java.util.regex.Pattern.compile(
            "(.*?\\p{L})(?:\\s*\\((.+)\\)|\\s+[-–]\\s*(.+)|\\s*:\\s*(.+))\\s*");

    /** A name followed by a remark in brackets: "Giồng Trôm (số liệu 6 tháng)". */
    private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile("(.*?\\p{L})\\s*\\((.+)\\)\\s*");

    /**
     * The unit of a long table's rows above, a commune's rows passed by (its code, or null for none):
     * under a district's, a commune's row is passed over, said; without one it is an unknown unit, as ever.
     */
    private String unitAbove;

    private boolean districtAbove() {
        return unitAbove != null && plan.unit(unitAbove).map(u -> u.level() == vn.khlt.plan.UnitLevel.DISTRICT).orElse(false);
    }

    /** A level below the province's own, as a key: many units' figures added up ("Cấp huyện", "Khối cơ sở", "Các xã"). */
    private static final java.util.regex.Pattern WHOLE_LEVEL = java.util.regex.Pattern.compile(
            "(?:cap|khoi|tuyen|cac) (?:huyen|quan|thi xa|thanh pho|xa|phuong|thi tran|co so|chi hoi|to hoi|thon|ap|khu pho)"
                    + "(?: thi xa| thanh pho| phuong| thi tran)?");

    /**
     * A sector's, a school's or a force's unit, as a key: "Đoàn khối …", "Đoàn trường …", "Hội khối …", "Tổng đội TNXP",
     * "(đơn vị) trực thuộc".
     */
    private static final java.util.regex.Pattern UNDER_THE_PROVINCE = java.util.regex.Pattern.compile(
            "^(?:doan|hoi|cong doan) (?:khoi|truong|co so|cong an|quan su|bo doi bien phong|bien phong)(?: |$)"
                    + "|^tong doi (?:tnxp|thanh nien)|(?:^| )truc thuoc(?: |$)");

    /**
     * The plan's units a unit's name may be, its section's numbering and a footnote's mark left out
     * ("2/ Chợ Lách", "Mỏ Cày Nam (1)": see the note below the table), in a row's cell or a column's title.
     */
    static List<ReportingUnit> unitsNamed(Plan plan, String text) {
        List<ReportingUnit> found = plan.unitNames().candidates(withoutSection(text));
        String unmarked = Footnotes.unmarked(text);
        return found.isEmpty() && !unmarked.equals(text) ? plan.unitNames().candidates(withoutSection(unmarked)) : found;
    }

    /** The unit a unit's cell names: the plan's unit by its name, or an association's office of a district. */
    private Optional<String> unit(String text) {
        List<ReportingUnit> found = unitsNamed(plan, text);
        if (found.isEmpty()) {
            Optional<Clues.OwnedUnit> owned = Clues.ownedUnit(plan, text);
            if (owned.isPresent()) {
                unitsAssociation = owned.get().association();
                return Optional.of(owned.get().unit());
            }
            if (header.layout == Header.Layout.LONG && remarkedRow(rowBeingRead, text)) {
                return Optional.empty(); // "Ba Tri (số liệu năm 2018)" on each of its rows: said, as in a table of units
            }
            Header.Part says = Header.Part.ofText(text);
            if (NOT_A_FIGURE.contains(says)) {
                // "Bình quân", "Tỷ lệ so kế hoạch (%)" in a long table's units' column: no unit's figures
                skip(rowBeingRead, Text.of("dòng '%s' là %s, không phải số của một đơn vị: không tính",
                        "the row '%s' is %s, not a unit's figures: not counted").format(Header.shorten(text), says.label()));
                if (header.layout == Header.Layout.LONG) {
                    remarkedUnit(rowBeingRead, text, says); // "Mỏ Cày Nam (6 tháng)": said, as in a table of units
                }
                return Optional.empty();
            }
        }
        Optional<Issue> noneOfThePlan = found.isEmpty() ? noUnitOfThePlan(text) : Optional.empty();
        if (noneOfThePlan.isPresent()) {
            issues.add(noneOfThePlan.get());
            return Optional.empty();
        }
        return found(found.stream().map(u -> u.code() + "=" + u.name().vi()).toList(),
                text, Finding.UNKNOWN_UNIT, Finding.AMBIGUOUS_UNIT, Text.of("đơn vị", "unit"),
                () -> Closest.to(text, plan.units(), ReportingUnit::names, u -> u.name().vi()));
    }

    /**
     * Why a unit's name that names no unit of the plan is no unit at all, said so that an officer
     * never renames it into one: a commune's row under its district's in a long table
     * ({@code commune-row}); a whole level's (*Cấp huyện*, *Cấp cơ sở*: many units added up); a
     * sector's, a school's or a force's union (*Đoàn khối …*, *Đoàn trường …*). Empty for any
     * other name, which is an unknown unit with the closest names.
     */
    private Optional<Issue> noUnitOfThePlan(String text) {
        String key = Names.key(text);
        if (header.layout == Header.Layout.LONG && districtAbove() && commune(text)) {
            // "Xã An Đức | CT08 | 6" under "Ba Tri | CT08 | 10": a commune's figure, never a district's
            return Optional.of(new Issue(Finding.COMMUNE_ROW, cellBeingRead(), Text.of(
                    "Dòng '%s' là của một xã, phường hoặc thị trấn, không phải của huyện: không được tính (số của huyện lấy"
                            + " từ dòng của huyện; nếu huyện không có dòng của mình, thêm dòng đó)",
                    "The row '%s' is a commune's, not a district's: it is not counted (the district's figures come from its"
                            + " own row; if the district has none, add it)").format(Header.shorten(text))));
        }
        if (WHOLE_LEVEL.matcher(key).matches()) {
            // "Cấp huyện", "Cấp cơ sở": never "did you mean Cấp tỉnh?"
            return Optional.of(new Issue(Finding.UNKNOWN_UNIT, cellBeingRead(), Text.of(
                    "'%s' là số của cả một cấp (nhiều đơn vị cộng lại), không phải của một đơn vị trong kế hoạch: không đọc."
                            + " Ghi mỗi huyện, thành phố một dòng (số của xã, phường cộng vào huyện của nó), số của riêng cấp"
                            + " tỉnh ở dòng 'Cấp tỉnh'",
                    "'%s' is a whole level's figure (many units added up), not one unit's of the plan: not read. Give each"
                            + " district and city a row (communes' figures added into their district's), the province's own"
                            + " on the row 'Cấp tỉnh'").format(Header.shorten(text))));
        }
        if (UNDER_THE_PROVINCE.matcher(key).find() || BLOCK.matcher(key).find()) {
            // "Đoàn khối các cơ quan tỉnh", "Đoàn trường Cao đẳng": never "did you mean Thành phố Bến Tre?"
            return Optional.of(new Issue(Finding.UNKNOWN_UNIT, cellBeingRead(), Text.of(
                    "'%s' là một đơn vị của khối, trường hay lực lượng, không phải một huyện, thành phố của kế hoạch: số này"
                            + " không được tính. Cộng số này vào dòng của huyện hay dòng 'Cấp tỉnh' mà nó trực thuộc",
                    "'%s' is a unit of a sector, school or force, not one of the plan's districts or cities: its figure is"
                            + " not counted. Add it into the row of the district it is under, or into 'Cấp tỉnh'")
                    .format(Header.shorten(text))));
        }
        return Optional.empty();
    }

    /**
     * The row's association when its unit's cell names one ("Hội Nông dân huyện Ba Tri"): that one,
     * unless the association's column or the table's sources say another, a contradiction that
     * leaves the row unread.
     */
    private Optional<String> ownersAssociation(Row row, Optional<String> association) {
        Location cell = at(row, header.column(Role.UNIT).getAsInt());
        if (association.isPresent() && !association.get().equals(unitsAssociation)) {
            OptionalInt column = header.column(Role.ASSOCIATION);
            Claim stated = column.isPresent() && row.filled(column.getAsInt())
                    ? new Claim(association.get(), Text.of("ô " + at(row, column.getAsInt()).cell(), "cell "
                            + at(row, column.getAsInt()).cell()))
                    : claim(Attribute.ASSOCIATION).orElseThrow();
            issues.add(Attribution.contradiction(Attribute.ASSOCIATION, stated,
                    new Claim(unitsAssociation, Text.of("ô " + cell.cell(), "cell " + cell.cell())), cell));
            unresolved = true;
            return Optional.empty();
        }
        return Optional.of(unitsAssociation);
    }

    /** A year's text as a number: a table names the same few years row after row. */
    private int yearNumber(String year) {
        if (!year.equals(lastYearText)) {
            lastYearText = year;
            lastYear = Integer.parseInt(year);
        }
        return lastYear;
    }

    private String lastYearText;
    private int lastYear;

    /** Set when a cell of the row could not be resolved; its issue is already reported. */
    private boolean unresolved;
    private Row rowBeingRead;
    private int columnBeingRead;
    /** What the sheet's sources claim, by attribute: looked up once. */
    private final Map<Attribute, Optional<Claim>> claimed = new java.util.EnumMap<>(Attribute.class);
    /** The text and value of the previous row, by role: a long table repeats them row after row. */
    private final String[] lastText = new String[Role.values().length];
    @SuppressWarnings("unchecked")
    private final Optional<String>[] lastValue = new Optional[Role.values().length];

    /** What the table's sources claim for an attribute, looked up once per table. */
    private Optional<Claim> claim(Attribute attribute) {
        Optional<Claim> claim = claimed.get(attribute);
        if (claim == null) {
            claim = claims.get(attribute);
            claimed.put(attribute, claim);
        }
        return claim;
    }

    private Optional<String> attribute(Row row, Attribute attribute, Role role,
            java.util.function.Function<String, Optional<String>> resolve) {
        Optional<Claim> claim = claim(attribute);
        OptionalInt column = header.column(role);
        String own = column.isPresent() ? row.text(column.getAsInt()) : "";
        String text = !own.isEmpty() || column.isEmpty() ? own
                : role == Role.UNIT && partRows.carriedUnit() != null ? partRows.carriedUnit()
                : row.mergedText(column.getAsInt()); // a unit's name merged down over its years, a year's over its units
        if (text.isEmpty()) {
            return claim.map(Claim::value);
        }
        rowBeingRead = row;
        columnBeingRead = column.getAsInt();
        int r = role.ordinal();
        Optional<String> value;
        if (text.equals(lastText[r])) {
            value = lastValue[r];
        } else {
            // resolve each name once, for every sheet and file of the batch
            String known = clues.resolved(role, text);
            if (known != null) {
                value = Optional.of(known);
            } else {
                value = resolve.apply(text);
                // "Cả năm" is the year of this file's title or name, not of every file's
                if (unitsAssociation == null && (role != Role.YEAR || yearOf(text).isPresent())) {
                    value.ifPresent(v -> clues.remember(role, text, v));
                }
            }
            // a unit named with its association is resolved on each row, to hold the row's association against it
            lastText[r] = value.isPresent() && unitsAssociation == null ? text : null;
            lastValue[r] = value;
            if (role == Role.UNIT && header.layout == Header.Layout.LONG && (value.isPresent() || !commune(text))) {
                unitAbove = value.orElse(null); // whether it is a district's is asked only of a name the plan lacks
            }
        }
        if (value.isEmpty()) {
            unresolved = true;
            return value;
        }
        if (claim.isPresent() && !claim.get().value().equals(value.get())) {
            Location cellBeingRead = cellBeingRead();
            issues.add(Attribution.contradiction(attribute, claim.get(),
                    new Claim(value.get(), Text.of("ô " + cellBeingRead.cell(), "cell " + cellBeingRead.cell())), cellBeingRead));
            unresolved = true;
            return Optional.empty();
        }
        return value;
    }

    private Location cellBeingRead() {
        return at(rowBeingRead, columnBeingRead);
    }

    private Optional<String> found(List<String> candidates, String text, Finding unknown, Finding ambiguous, Text what,
            java.util.function.Supplier<List<String>> closest) {
        if (candidates.size() == 1) {
            String found = candidates.get(0);
            return Optional.of(found.contains("=") ? found.substring(0, found.indexOf('=')) : found);
        }
        if (candidates.isEmpty()) {
            String list = String.join(" / ", closest.get());
            issues.add(new Issue(unknown, cellBeingRead(), Text.of(
                    String.format("Không nhận ra %s '%s': có phải %s?", what.vi(), Header.shorten(text), list),
                    String.format("Unknown %s '%s': did you mean %s?", what.en(), Header.shorten(text), list))));
        } else {
            issues.add(new Issue(ambiguous, cellBeingRead(), Text.of(
                    "'%s' có thể là %s: ghi rõ tên đầy đủ", "'%s' could be %s: write the full name")
                    .format(Header.shorten(text), String.join(" / ", candidates.stream()
                            .map(c -> c.contains("=") ? c.substring(c.indexOf('=') + 1) : c).toList()))));
        }
        return Optional.empty();
    }

    /** A day alone, as a cell of a column of periods may give it: "31/12/2019", "30-6-2019". */
    private static final java.util.regex.Pattern A_DAY = java.util.regex.Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)\\d\\d");

    private Optional<String> year(String text) {
        Optional<String> year = yearOf(text);
        if (year.isPresent()) {
            return year;
        }
        if (periodsColumn()) {
            // "Kỳ báo cáo | Cả năm", "Kỳ báo cáo | 6 tháng": the row's period, its year the file's or the title's;
            // "Kỳ báo cáo | 31/12/2019": the day its figures count to
            String said = A_DAY.matcher(text.strip()).matches() ? "đến ngày " + text.strip() : text;
            Optional<String> partial = fullYear ? Optional.empty() : ReportPeriod.partial(said);
            if (partial.isPresent()) {
                issues.add(periodOfRow(rowBeingRead, columnBeingRead, partial.get()));
                return Optional.empty();
            }
            OptionalInt counted = ReportPeriod.cutOffYear(Names.key(said));
            if (counted.isPresent()) {
                return Optional.of(String.valueOf(counted.getAsInt()));
            }
            Optional<Claim> claimed = claim(Attribute.YEAR);
            if (WHOLE_YEAR.contains(Names.key(text)) && claimed.isPresent()) {
                return Optional.of(claimed.get().value());
            }
            if (WHOLE_YEAR.contains(Names.key(text))) {
                issues.add(new Issue(Finding.BAD_YEAR, cellBeingRead(), Text.of(
                        "Kỳ '%s' không nói là năm nào, và tên tệp, tiêu đề cũng không: ghi năm (ví dụ 2019) vào ô, hoặc vào"
                                + " tên tệp (HND_2019.xlsx)",
                        "The period '%s' does not say which year, nor do the file's name and title: write the year (such as"
                                + " 2019) in the cell, or in the file's name (HND_2019.xlsx)").format(Header.shorten(text))));
                return Optional.empty();
            }
        }
        Header.Part says = Header.Part.ofText(text);
        if (says == Header.Part.RATIO || says == Header.Part.AVERAGE || Header.totalWords(Names.key(text))) {
            // "Ba Tri | Tăng/giảm | 2 | 1" under its years' rows: a comparison, an average or their sum, no year's figures
            skip(rowBeingRead, Text.of("dòng '%s' ở cột năm: so sánh, bình quân hay cộng các năm, không phải số của một năm,"
                    + " không tính", "the row '%s' in the years' column: a comparison, an average or the years' sum, not a"
                    + " year's figures, not counted").format(Header.shorten(text)));
            return Optional.empty();
        }
        issues.add(new Issue(Finding.BAD_YEAR, cellBeingRead(), Text.of(
                "Năm '%s' không hợp lệ: ghi năm bằng bốn chữ số, ví dụ 2017",
                "Year '%s' is not valid: write it with four digits, such as 2017").format(Header.shorten(text))));
        return Optional.empty();
    }

    /**
     * A table across's row's own year or association, from its column, resolved and held against the
     * table's sources as every row's owner is ({@link #attribute}): empty, and said, when the cell
     * names none (or all the associations: their total's row) or one the sources contradict.
     */
    private Optional<String> rowsOwn(Row row, Attribute attribute, Role role, java.util.function.Function<String, Optional<String>> resolve) {
        int column = header.column(role).getAsInt();
        if (!row.filled(column)) {
            if (role == Role.YEAR) {
                rowBeingRead = row;
                columnBeingRead = column;
                year(""); // "Năm '' không hợp lệ"
            } else {
                missingAssociation(row, column);
            }
            return Optional.empty();
        }
        Optional<String> own = attribute(row, attribute, role, resolve);
        boolean refused = unresolved;
        unresolved = false;
        return refused ? Optional.empty() : own;
    }

    /** A period's words that say a whole year, without naming it ("Cả năm"), under a column of periods. */
    private static final Set<String> WHOLE_YEAR = Set.of("ca nam", "nam", "12 thang", "mot nam");

    /** Whether the year's column is titled as each row's period ("Kỳ báo cáo"): its cells may say "Cả năm". */
    private boolean periodsColumn() {
        OptionalInt column = header.column(Role.YEAR);
        return column.isPresent() && Header.periodOrYear(Names.key(header.titles.getOrDefault(column.getAsInt(), "")));
    }

    /** A year cell's year, when it is a whole number from 1900 to 2200, alone or after "Năm". */
    private static Optional<String> yearOf(String text) {
        String key = Names.key(text);
        String number = key.startsWith("nam ") && key.indexOf(' ', 4) < 0 ? key.substring(4) : text;
        return NumberText.parse(number).map(NumberText.Parsed::value)
                .filter(n -> n.stripTrailingZeros().scale() <= 0)
                .filter(n -> n.compareTo(BigDecimal.valueOf(1900)) >= 0 && n.compareTo(BigDecimal.valueOf(2200)) <= 0)
                .map(n -> String.valueOf(n.intValueExact()));
    }

    /** Whether a figure of the table was read: rows above the first may still be its header's. */
    private boolean figured;

    private void emit(Figure figure) {
        figured = true;
        if (!comments.isEmpty() && headerCommented(figure)) {
            return; // "CT09" with a comment "Số liệu cộng dồn 2016 - 2019": none of its column's figures is the year's
        }
        if (titleMeasure.isPresent() && titleMeasure.get().refuses(plan.indicator(figure.indicator()).orElseThrow(), issues)) {
            return; // "ĐVT: triệu đồng" over CT09's houses: another number than the plan's
        }
        if (!footnotes.hold(figure)) { // "Ba Tri (*)": counted at the table's end, unless its note says otherwise
            count(figure);
        }
    }

    /**
     * A figure made: a long table's province's held against its districts' ({@link ProvinceFigures}), with its row's
     * unit's cell while that row is the one read; then counted, unless the table is a blank form's ({@link BlankForm}).
     */
    private void count(Figure figure) {
        if (header.layout == Header.Layout.LONG) {
            // the province's own, or its districts' total? Held until the table ends (ProvinceFigures)
            OptionalInt unitColumn = header.column(Role.UNIT);
            boolean itsRow = unitColumn.isPresent() && rowBeingRead != null && rowBeingRead.number() == figure.source().row();
            provinceFigures.take(figure, itsRow ? rowBeingRead.shownText(unitColumn.getAsInt()) : "");
        } else {
            blankForm.take(figure);
        }
    }

    private void counted(Figure figure) {
        figures++;
        if (!hiddenColumns.isEmpty() && !figure.missing()) {
            int column = Location.columnIndex(figure.source().column());
            if (hiddenColumns.contains(column)) {
                hiddenFigureColumns.add(column);
            }
        }
        unitNotes.pass(figure); // at the table's end, unless a note below names its unit's figures as not the year's
    }

    /**
     * The unit's cell of a row, without a section's numbering before the name ("I. Huyện Ba Tri");
     * blank, a total's word in the numbering column ("Cộng" under STT) names the row.
     */
    private String unitText(Row row) {
        OptionalInt column = header.column(Role.UNIT);
        String text = column.isPresent() ? row.text(column.getAsInt()) : "";
        if (text.isEmpty() && column.isPresent()) {
            text = partRows.carriedUnit() != null ? partRows.carriedUnit() : row.mergedText(column.getAsInt());
        }
        if (text.isEmpty()) { // "Cộng" under STT, or under Năm in one unit's table of a row a year
            for (Role role : List.of(Role.ORDINAL, Role.YEAR)) {
                OptionalInt other = header.column(role);
                if (other.isPresent() && totalKind(row.text(other.getAsInt())) != TotalKind.NONE) {
                    return row.text(other.getAsInt());
                }
            }
        }
        return withoutSection(text);
    }

    /**
     * Whether every figure of a row equals the sum of the units' rows above it (since the last
     * total), in one column at least. Under one unit's row alone, a row of the same figures may
     * as well be another unit's whose name was left out: no total.
     */
    private boolean sumOfTheRowsAbove(Row row) {
        if (sums.rowsSinceTotal() < 2) {
            return false;
        }
        boolean any = false;
        for (IndicatorColumns columns : header.indicators) {
            for (int column : columns.columns().toArray()) {
                Optional<BigDecimal> stated = UnitSums.number(row, column);
                if (row.filled(column) && (stated.isEmpty() || stated.get().compareTo(sums.sinceTotal(column)) != 0)) {
                    return false;
                }
                any |= stated.isPresent();
            }
        }
        return any;
    }

    static String withoutSection(String text) {
        return numbered(text) ? SECTION.matcher(text).replaceFirst("") : text;
    }

    /** Whether a text may begin with a section's numbering: a mark (. ) - – /) among its first characters. */
    private static boolean numbered(String text) {
        for (int i = 0; i < Math.min(7, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ')' || c == '-' || c == '–' || c == '/') {
                return true;
            }
        }
        return false;
    }

    private static final List<String> SIGNATURES = List.of("nguoi lap bieu", "nguoi lap", "nguoi ky", "tm ", "tm.", "t/m",
            "ban thuong vu", "chu tich", "pho chu tich", "bi thu", "pho bi thu", "thu truong", "ky ten", "ky, ghi ro",
            "noi nhan", "xac nhan", "kiem tra");
    private static final java.util.regex.Pattern PLACE_AND_DATE = java.util.regex.Pattern.compile(
            ".*\\bngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*nam\\s*\\d{4}.*");

    /**
     * Whether the row closes the report: a signature block (Người lập biểu, TM. BAN THƯỜNG VỤ, CHỦ
     * TỊCH) or the place and date it was made, with no number in any figure's column.
     */
    private boolean closing(Row row) {
        if (!numberless(row)) {
            return false; // a figure: whatever else the row says, it is a unit's (or an indicator's)
        }
        for (Cell cell : row.cells()) {
            String key = cell.blank() ? "" : Names.key(cell.text());
            if (!key.isEmpty() && (SIGNATURES.stream().anyMatch(key::startsWith) || PLACE_AND_DATE.matcher(key).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Whether no figure's column of the row holds a number. */
    private boolean numberless(Row row) {
        for (int column : figureColumns()) {
            if (holdsNumber(row.at(column))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a signature block's titles were seen (Người lập biểu, TM. BAN THƯỜNG VỤ): the rows
     * under them without a number are its names and marks (Nguyễn Văn B, (Đã ký)), never a unit's.
     */
    private boolean signed;

    /**
     * Whether the row says each column's unit of measure: named so (ĐVT, Đơn vị tính), or, with no
     * unit named, holding only such words (hộ, nhà, %) in the indicators' columns.
     */
    private boolean measures(Row row, String unitText) {
        if (!unitText.isEmpty()) {
            // "ĐVT", "Đơn vị tính": a short name, asked of every row, so its key is made only then
            String key = unitText.length() <= 12 ? Names.key(unitText) : "";
            return Header.Part.measureTitle(key);
        }
        int words = 0;
        for (IndicatorColumns indicator : header.indicators) {
            for (int column : indicator.columns().toArray()) {
                Cell cell = row.at(column);
                if (cell == null) {
                    continue;
                }
                String word = Names.key(cell.text());
                if (!(FigureCells.COUNT_WORDS.contains(word) || Measures.of(word).isPresent() || word.equals("ty le")
                        || cell.text().strip().equals("%")
                        || word.equals(Names.key(indicator.indicator().unit().vi())))) {
                    return false;
                }
                words++;
            }
        }
        return words > 0;
    }

    /**
     * A row of units of measure that gives a count's column in percent ("ĐVT | % | nhà"), or in
     * another unit than its indicator counts ("triệu đồng" under CT09's houses): that column holds
     * another number than the plan's, so the indicator is not read from the table. With {@code
     * words}, a row of what the columns hold that the header did not take ("Số người tham dự"
     * under CT14, below a blank row), read as a header's words are.
     */
    private void otherMeasures(Row row, boolean words) {
        for (IndicatorColumns indicator : header.indicators) {
            for (int column : indicator.columns().toArray()) {
                Cell cell = row.at(column);
                if (cell == null || !(givesPercent(cell) || Measures.other(indicator.indicator(),
                        words ? Measures.ofColumn(cell.text()) : Measures.of(cell.text())))
                        || !indicatorsMeasuredOtherwise.add(indicator.indicator())) {
                    continue;
                }
                issues.add(givesPercent(cell) ? new Issue(Finding.PERCENT_IN_COUNT, at(row, column), Text.of(
                        "Cột %s ghi đơn vị tính '%s': %s là số đếm (%s), không phải tỷ lệ, nên không đọc chỉ tiêu này từ"
                                + " bảng. Ghi số đếm và đơn vị tính của nó",
                        "Column %s gives the unit '%s': %s is a count (%s), not a share, so the indicator is not read"
                                + " from this table. Give the count and its unit")
                        .format(Location.columnName(column), cell.text().strip(), indicator.indicator().code(),
                                indicator.indicator().unit().vi()))
                        : otherMeasure(at(row, column), Text.of("Cột %s", "Column %s").format(Location.columnName(column)),
                                cell.text(), indicator.indicator(), Text.of("chỉ tiêu này từ bảng", "the indicator from this table")));
            }
        }
    }

    /** A unit of measure of another kind than the indicator counts ("triệu đồng" for houses): what is not read, and why. */
    private static Issue otherMeasure(Location at, Text where, String given, Indicator indicator, Text notRead) {
        return new Issue(Finding.MEASURE_MISMATCH, at, Text.of(
                "%s ghi đơn vị tính '%s', nhưng %s đếm %s: đó là số khác, nên không đọc %s. Ghi số %s",
                "%s gives the unit '%s', but %s counts %s: another number, so %s is not read. Give the number of %s")
                .format(where, given.strip(), indicator.code(), indicator.unit(), notRead, indicator.unit()));
    }

    /**
     * Whether a long table's row gives its figure's unit of measure (its "ĐVT" column) in percent,
     * or in another unit than its indicator counts: a share, a sum of money, never the count, so
     * nothing is read from the row.
     */
    private boolean measuredOtherwise(Row row, Indicator indicator) {
        if (measureColumn == null) {
            measureColumn = OptionalInt.empty();
            describingColumn = OptionalInt.empty();
            header.titles.forEach((column, title) -> {
                String key = Names.key(title);
                if (measureColumn.isEmpty() && Header.Part.measureTitle(key)) {
                    measureColumn = OptionalInt.of(column);
                } else if (describingColumn.isEmpty() && DESCRIBING.contains(key)
                        && !header.column(Role.INDICATOR).equals(OptionalInt.of(column))) {
                    describingColumn = OptionalInt.of(column);
                }
            });
        }
        if (describingColumn.isPresent() && row.filled(describingColumn.getAsInt())
                && Measures.other(indicator, Measures.ofColumn(row.text(describingColumn.getAsInt())))) {
            // "CT14 | Số người tham dự | 120": people, where CT14 counts activities
            issues.add(Header.otherMeasure(at(row, describingColumn.getAsInt()), indicator, row.text(describingColumn.getAsInt()),
                    Text.of("số của dòng này", "the row's figure is not read")));
            return true;
        }
        if (measureColumn.isEmpty()) {
            return false;
        }
        Cell cell = row.at(measureColumn.getAsInt());
        if (cell == null) {
            return false;
        }
        if (Measures.other(indicator, Measures.of(cell.text()))) {
            issues.add(otherMeasure(at(row, measureColumn.getAsInt()), Text.of("Dòng %d", "Row %d").format(row.number()),
                    cell.text(), indicator, Text.of("số của dòng này", "the row's figure")));
            return true;
        }
        if (!givesPercent(cell)) {
            return false;
        }
        issues.add(new Issue(Finding.PERCENT_IN_COUNT, at(row, measureColumn.getAsInt()), Text.of(
                "Dòng %d ghi đơn vị tính '%s': %s được ghi bằng số đếm (%s), không phải tỷ lệ, nên không đọc số của dòng này."
                        + " Ghi số đếm và đơn vị tính của nó",
                "Row %d gives the unit '%s': %s is given as a count (%s), not a share, so nothing is read from the row."
                        + " Give the count and its unit")
                .format(row.number(), cell.text().strip(), indicator.code(), indicator.unit().vi())));
        return true;
    }

    /** Whether a unit-of-measure cell gives a share: "%", "Tỷ lệ". */
    private static boolean givesPercent(Cell cell) {
        return cell.text().contains("%") || Names.key(cell.text()).equals("ty le");
    }

    /** The column of a long table that gives each row's unit of measure ("ĐVT"), found once per table. */
    private OptionalInt measureColumn;
    /** The column of a long table that says what each row's figure is ("Nội dung", "Diễn giải"), found with the other. */
    private OptionalInt describingColumn;
    private static final Set<String> DESCRIBING = Set.of("noi dung", "dien giai", "noi dung chi tieu", "mo ta");

    /** The indicators a total row is checked on: those read from the table, not those given in another unit. */
    private List<IndicatorColumns> summedIndicators() {
        return indicatorsMeasuredOtherwise.isEmpty() ? header.indicators : header.indicators.stream()
                .filter(c -> !indicatorsMeasuredOtherwise.contains(c.indicator())).toList();
    }

    /** What a row of words under the header may say a column holds that the header did not take: a plan, a ratio, a share. */
    private static final Set<Header.Part> NOT_THE_RESULT = java.util.EnumSet.of(Header.Part.PLAN, Header.Part.RATIO,
            Header.Part.RUNNING_TOTAL, Header.Part.PREVIOUS, Header.Part.PART_OF_YEAR, Header.Part.AVERAGE, Header.Part.BREAKDOWN,
            Header.Part.NOTE, Header.Part.OTHER_KIND, Header.Part.REST);

    /**
     * A row of words the header did not take (a blank row between them) that says an indicator's
     * column holds a plan, a ratio, a share ("Kế hoạch | Thực hiện | Tỷ lệ %" under CT09): which of
     * the indicator's columns is its result the header cannot tell, so it is not read from the table
     * (below rows of figures, from that row down).
     */
    private void partsUnderTheHeader(Row row) {
        partsOutsideTheHeader(row, false);
    }

    /**
     * Rows of words just above a stacked table's header, apart from its title's lines, that say
     * over an indicator's column that it holds a plan, a ratio, a share ("Kế hoạch" over CT08, then
     * "STT | Đơn vị | CT08"): the header does not hold them, so which column is the result cannot be
     * told, and the indicator is not read from the table.
     */
    private void partsAboveTheHeader(List<Row> titles) {
        for (Row row : titles) {
            if (row.number() >= header.firstRow - 3 && wordsOnly(row)) {
                partsOutsideTheHeader(row, true);
            }
        }
    }

    /** A row outside the header, {@code above} it or under it, whose words over an indicator's column refuse the indicator. */
    private void partsOutsideTheHeader(Row row, boolean above) {
        for (IndicatorColumns indicator : header.indicators) {
            for (int column : indicator.columns().toArray()) {
                Cell cell = row.at(column);
                if (cell == null || !NOT_THE_RESULT.contains(Header.Part.ofText(cell.text()))
                        || above && (column == 0 || ReportPeriod.reportsResults(cell.text())) // a title's line, not a part's
                        || !indicatorsMeasuredOtherwise.add(indicator.indicator())) {
                    continue;
                }
                issues.add(above ? aboveTheHeader(row, column, indicator.indicator().code()) : underTheHeader(row, column,
                        indicator.indicator().code()));
            }
        }
    }

    /** The refusal of an indicator for a row under the header; below rows of figures, those above were read. */
    private Issue underTheHeader(Row row, int column, String code) {
        return untakenHeaderRow(row, column, Text.of("ở cột %s của %s", "in column %s of %s").format(Location.columnName(column), code),
                figured ? Text.of(code + " không được đọc từ dòng này trở xuống", code + " is not read from this row down")
                        : Text.of(code + " không được đọc từ bảng", code + " is not read from the table"));
    }

    /** The refusal of an indicator for a row above a stacked table's header. */
    private Issue aboveTheHeader(Row row, int column, String code) {
        return new Issue(Finding.AMBIGUOUS_COLUMN, at(row, column), Text.of(
                "Dòng %d trên tiêu đề của bảng ở dòng %d ghi '%s' ở cột %s của %s, nhưng tiêu đề không gồm dòng này:"
                        + " không rõ cột nào là kết quả, nên %s không được đọc từ bảng. Xóa dòng đó, hoặc ghi nó vào tiêu đề",
                "Row %d above the header in row %d says '%s' in column %s of %s, but the header does not hold the"
                        + " row: which column is the result cannot be told, so %s is not read from the table. Delete"
                        + " that row, or make it part of the header")
                .format(row.number(), header.firstRow, Header.shorten(row.at(column).text()), Location.columnName(column), code,
                        code));
    }

    /**
     * A header's row the header did not take (a blank row between them) that says what the columns
     * hold, at {@code column} ({@code where} in the message): which column is the result cannot be
     * told, so {@code notRead} (the table, or an indicator of it) is not read.
     */
    private Issue untakenHeaderRow(Row row, int column, Text where, Text notRead) {
        return new Issue(Finding.AMBIGUOUS_COLUMN, at(row, column), Text.of(
                "Dòng %d dưới tiêu đề ghi '%s' %s, nhưng tiêu đề không gồm dòng này (có dòng trống hay dòng số thứ tự cột ở"
                        + " giữa): không rõ cột nào là kết quả, nên %s. Xóa dòng đó trong tiêu đề, hoặc dùng --header-rows",
                "Row %d under the header says '%s' %s, but the header does not hold the row (a blank row or the columns'"
                        + " numbers between them): which column is the result cannot be told, so %s. Delete that row in the"
                        + " header, or use --header-rows").format(row.number(), Header.shorten(row.text(column)), where, notRead));
    }

    /** The table's not read, as {@link #untakenHeaderRow} says it. */
    private static final Text TABLE_NOT_READ = Text.of("bảng không được đọc", "the table is not read");

    /**
     * The first of {@code columns} whose cell on a row of words says what it holds (a year, a part:
     * "Năm 2018", "Kế hoạch"), when none of them holds a number: a header's row, not figures.
     */
    private static Optional<Integer> saidColumn(Row row, java.util.Collection<Integer> columns) {
        Optional<Integer> said = Optional.empty();
        for (int column : columns) {
            Cell cell = row.at(column);
            if (holdsNumber(cell)) {
                return Optional.empty();
            }
            if (said.isEmpty() && saysAPart(cell)) {
                said = Optional.of(column);
            }
        }
        return said;
    }

    /** Indicators whose columns a row of units of measure gives in percent or another unit: not read from this table. */
    private final Set<Indicator> indicatorsMeasuredOtherwise = new HashSet<>();

    /** Whether every cell of the row is a column's number or letter, as offices number a table's columns. */
    private static boolean columnNumbers(Row row) {
        int cells = 0;
        int last = 0; // the number or letter before: the columns count on by one ("A B 1 2 3", "(1) (2) (3)")
        boolean digits = false;
        for (Cell cell : row.cells()) {
            String text = cell.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher number = COLUMN_NUMBER.matcher(text);
            if (!number.matches()) {
                return false;
            }
            String mark = number.group(1);
            boolean digit = Character.isDigit(mark.charAt(0));
            int value = digit ? Integer.parseInt(mark) : Character.toUpperCase(mark.charAt(0)) - 'A' + 1;
            // a row of figures whose unit is left out ("| | 15 | 4"), or a total's ("| | 30 | 3"), does not count up
            if (cells > 0 && digit == digits && value <= last || digit && !digits && cells > 0 && value > 1) {
                return false;
            }
            digits = digit;
            last = value;
            cells++;
        }
        return cells >= 2;
    }

    /**
     * Whether the row is a commune's, in a plan that has no communes: not a district's figures
     * (a careful officer takes the district's own row), so not counted, with a warning.
     */
    private boolean commune(String unitText) {
        return plan.units(vn.khlt.plan.UnitLevel.COMMUNE).isEmpty()
                && communeNames.computeIfAbsent(unitText, t -> COMMUNE.stream().anyMatch(Names.key(t)::startsWith));
    }

    /**
     * A district office's own row in its report by commune ("Cấp huyện", "Văn phòng Huyện hội", "Cơ
     * quan Huyện đoàn"), in a table whose title or file names a district: a share of the district's
     * figures, added up with its communes' rows as they are.
     */
    private boolean districtsOwn(String unitText) {
        if (!plan.units(vn.khlt.plan.UnitLevel.COMMUNE).isEmpty() || !DISTRICTS_OWN.contains(Names.key(unitText))) {
            return false;
        }
        Optional<Claim> unit = claim(Attribute.UNIT);
        return unit.flatMap(u -> plan.unit(u.value())).filter(u -> u.level() == vn.khlt.plan.UnitLevel.DISTRICT).isPresent();
    }

    private static final Set<String> DISTRICTS_OWN = Set.of("cap huyen", "cap thanh pho", "cap thi xa", "huyen hoi",
            "thanh hoi", "thi hoi", "van phong huyen hoi", "vp huyen hoi", "co quan huyen hoi", "van phong thanh hoi",
            "vp thanh hoi", "co quan thanh hoi", "huyen doan", "thanh doan", "co quan huyen doan", "co quan thanh doan",
            "van phong huyen doan");

    /** What a row named like a total adds up: every unit's row above it, or only those since the last subtotal. */
    private enum TotalKind {
        NONE, TOTAL, SUBTOTAL
    }

    /** Words that begin a subtotal's name: "Cộng khối huyện", "Tiểu cộng", "Khối thành phố". */
    private static final List<String> SUBTOTALS = List.of("tieu cong", "cong khoi", "khoi", "cong", "tong so khoi", "tong khoi",
            "tong cac huyen", "tong cong cac huyen", "tong so cac huyen");

    /**
     * A block of organisations, not of places ("Khối Doanh nghiệp", "Khối các cơ quan tỉnh", "Khối
     * trường học"): a unit of its own in a Youth Union's report, never a subtotal of the rows above.
     */
    private static final java.util.regex.Pattern BLOCK = java.util.regex.Pattern.compile(
            "^khoi (?:cac )?(?:doanh nghiep|co quan|truong|luc luong|cong an|quan su|su nghiep|dan chinh|dang|benh vien)");

    /** Unit texts already judged total or not: a long table repeats the same few. */
    private final Map<String, TotalKind> totals = new HashMap<>();

    private String lastUnitText;
    private TotalKind lastTotal = TotalKind.NONE;

    private boolean isTotal(String unitText) {
        if (!unitText.equals(lastUnitText)) {
            lastUnitText = unitText;
            lastTotal = totalKind(unitText);
        }
        return lastTotal != TotalKind.NONE;
    }

    private TotalKind totalKind(String unitText) {
        // "Tổng", "Cộng", "Khối", "Total", "Grand total" begin with one of these letters and a second letter;
        // a unit's code (T01-H01) or most names do not, and need no key
        if (unitText.length() < 2 || "tTcCgGkK".indexOf(unitText.charAt(0)) < 0 || !Character.isLetter(unitText.charAt(1))) {
            return TotalKind.NONE;
        }
        TotalKind known = totals.get(unitText);
        if (known == null) {
            String key = Names.key(unitText);
            known = TOTALS.contains(key) || key.startsWith("tong cong ") || key.startsWith("total ")
                    || TOTAL_OF_SECTIONS.matcher(key).matches()
                    || key.startsWith("toan tinh ") ? TotalKind.TOTAL // "Toàn tỉnh Bến Tre"
                    : SUBTOTALS.stream().anyMatch(w -> key.startsWith(w + " ") || key.equals(w))
                            && !BLOCK.matcher(key).find() && plan.unitNames().candidates(unitText).size() != 1 ? TotalKind.SUBTOTAL
                    : TotalKind.NONE;
            if (totals.size() < 100_000) {
                totals.put(unitText, known);
            }
        }
        return known;
    }

    /**
     * A total row is never a unit: it is checked against the rows above it, a subtotal against
     * those since the last subtotal.
     */
    private void total(Row row) {
        settleCommunes();
        settleProvince();
        int year = yearOf(row);
        settleSubtotal();
        if (lastTotal == TotalKind.SUBTOTAL) {
            if (sums.groupAgrees(row, year, summedIndicators())) {
                sums.subtotal(row, year, summedIndicators());
            } else {
                // "II. Khối huyện | 230" over its districts, or a subtotal that does not add up: held against the rows below it
                heldSubtotal = new HeldSubtotal(row, year, sums.groupSoFar(year), sums.anyGroupRow());
                sums.groupStarts(year);
            }
            return;
        }
        if (!sums.anyRow()) {
            pendingTotal = row; // a total above its units ("Toàn tỉnh" first): checked against the rows below it
            return;
        }
        if (pendingTotal != null) {
            sums.total(pendingTotal, yearOf(pendingTotal), summedIndicators());
            pendingTotal = null;
        }
        sums.total(row, year, summedIndicators());
        sums.totalled(year);
    }

    /** The year a row's year column names (its own cell's, or one merged down over it); 0 without one. */
    private int yearOf(Row row) {
        OptionalInt column = header.column(Role.YEAR);
        if (column.isEmpty()) {
            return 0;
        }
        return Header.yearIn(row.shownText(column.getAsInt())).orElse(0);
    }

    /** A total row above the units it adds up, until they are read. */
    private Row pendingTotal;

    /** A subtotal that does not add up the rows above it, and their sums: it may stand above its group. */
    private record HeldSubtotal(Row row, int year, Map<Integer, BigDecimal> above, boolean rowsAbove) {
    }

    private HeldSubtotal heldSubtotal;

    /** At the next total, subtotal or the table's end: a subtotal held above its group, checked against the rows below it too. */
    private void settleSubtotal() {
        HeldSubtotal held = heldSubtotal;
        heldSubtotal = null;
        if (held != null) {
            sums.heldSubtotal(held.row(), held.year(), summedIndicators(), held.above(), held.rowsAbove());
        }
    }

    private Location at(Row row, int column) {
        return sheet.at(row.number(), Location.columnName(column));
    }
}
