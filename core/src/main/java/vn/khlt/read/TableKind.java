package vn.khlt.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;
import vn.khlt.read.Attribution.Attribute;
import vn.khlt.read.Header.Role;

/**
 * What a table's title, its sheet's name and its file's name say it holds when that is not the
 * year's results: an example or a draft, a plan's targets or the next year's tasks, comparisons or
 * averages, a period other than a year (part of it, several years, running totals, a supplement, a
 * report made before the year was over), a band over its figures apart from its header, a
 * commune's own report. Each judge says why in a finding and answers whether the whole table is
 * refused. Made for one table, once its header and the claims on whose figures it holds are known.
 */
final class TableKind {

    private final Plan plan;
    private final Header header;
    private final Location sheet;
    private final Attribution claims;
    private final boolean fullYear;
    private final PartRows partRows;
    private final List<Issue> issues;

    TableKind(Plan plan, Header header, Location sheet, Attribution claims, boolean fullYear, PartRows partRows, List<Issue> issues) {
        this.plan = plan;
        this.header = header;
        this.sheet = sheet;
        this.claims = claims;
        this.fullYear = fullYear;
        this.partRows = partRows;
        this.issues = issues;
    }

    /**
     * Whether the title above the header, the sheet's name or the file's name says the table covers
     * less or other than a year (a half-year, a quarter, an interim review): then none of its figures
     * count, and a warning names the period found, unless the options say the inputs are full-year
     * reports.
     */
    boolean partialPeriod(List<Row> rows) {
        if (fullYear) {
            return false;
        }
        // several years as one period ("giai đoạn 2016–2020") give no year's figure, unless each figure says its year
        boolean yearEach = header.column(Role.YEAR).isPresent() || header.yearsInColumns();
        // running totals ("Lũy kế từ năm 2016") are no year's figures, unless their own columns stand beside the year's
        boolean runningApart = header.runningColumns;
        // "Kế hoạch 02/KHLT giai đoạn 2016 – 2020" over "NĂM 2019": the plan's years, the report's one
        boolean ownYear = rows.stream().filter(r -> r.number() < header.firstRow).flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.kind() == Cell.Kind.TEXT && Clues.titleYear(c.text()).isPresent());
        java.util.function.Function<String, Optional<String>> period = text -> ReportPeriod.partial(text)
                .or(() -> yearEach ? Optional.empty() : ownYear ? ReportPeriod.spanOfTheReport(text) : ReportPeriod.span(text))
                .or(() -> runningApart ? Optional.empty() : ReportPeriod.running(text))
                .or(() -> ReportPeriod.supplement(text)) // "Báo cáo bổ sung số liệu năm 2019": what was left out, not the year's
                .or(() -> RowNote.incomplete(text)); // "BÁO CÁO KẾT QUẢ NĂM 2019 (Số liệu chưa đầy đủ)": not the year's whole
        Optional<String> found = Optional.empty();
        String where = "";
        for (Row row : rows) {
            for (Cell cell : row.number() < header.firstRow ? row.cells() : List.<Cell>of()) {
                Optional<String> words = cell.kind() == Cell.Kind.TEXT ? period.apply(cell.text()) : Optional.empty();
                if (words.isPresent() && found.isEmpty()) {
                    found = words;
                    where = Location.columnName(cell.column()) + row.number() + " '" + Header.shorten(cell.text()) + "'";
                }
            }
        }
        Text source = Text.of("tiêu đề ô " + where, "the title in " + where);
        if (found.isEmpty() && signedBeforeItsYear(rows)) {
            return true;
        }
        if (found.isEmpty() && !sheet.sheet().isEmpty()) {
            found = ReportPeriod.partialName(sheet.sheet()).or(() -> period.apply(sheet.sheet()));
            source = Text.of("tên trang tính", "the sheet's name");
        }
        if (found.isEmpty()) {
            String file = fileName();
            String base = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
            // "HND_2018-2019.xlsx" of a sheet a year ("2018", or titled "NĂM 2018"): the years of the workbook, each sheet's
            // its own; a file's name of several years claims none, so a year claimed is the sheet's, its title's or the options'
            boolean oneYearOfMany = claims.get(Attribute.YEAR).isPresent();
            String words = base.replace('_', ' ').replace('-', ' ');
            found = ReportPeriod.partialName(base).or(() -> oneYearOfMany
                    ? ReportPeriod.partial(words).or(() -> runningApart ? Optional.empty() : ReportPeriod.running(words))
                    : period.apply(words));
            source = Text.of("tên tệp", "the file's name");
        }
        if (found.isEmpty()) {
            return false;
        }
        issues.add(new Issue(Finding.PARTIAL_PERIOD, sheet, Text.of(
                "Bảng này là báo cáo '%s' (theo %s), không phải báo cáo cả năm: không số liệu nào của bảng được tính"
                        + " cho năm. Gửi báo cáo cả năm; nếu đây đúng là báo cáo cả năm, dùng tùy chọn --period year",
                "This table is a '%s' report (from %s), not a full year's: none of its figures count for the year."
                        + " Send the full year's report; if this is in fact the full year's, pass --period year")
                .format(found.get(), source)));
        return true;
    }

    /**
     * Whether the letterhead above the header dates the report before its year was over ("Bến Tre,
     * ngày 10 tháng 6 năm 2019" over "BÁO CÁO KẾT QUẢ NĂM 2019"): made then, it holds no full year's
     * figures, whatever its title says; refused with a warning. Only a table of one year is judged
     * so; a date below the table is a note's ({@link UnitNotes}).
     */
    private boolean signedBeforeItsYear(List<Row> rows) {
        OptionalInt year = claims.get(Attribute.YEAR).map(c -> OptionalInt.of(Integer.parseInt(c.value()))).orElse(OptionalInt.empty());
        if (year.isEmpty() || header.column(Role.YEAR).isPresent() || header.yearsInColumns()) {
            return false;
        }
        for (Row row : rows) {
            for (Cell cell : row.number() < header.firstRow ? row.cells() : List.<Cell>of()) {
                Optional<ReportPeriod.Signed> signed = row.day(cell);
                if (signed.isPresent() && signed.get().before(year.getAsInt())) {
                    issues.add(new Issue(Finding.PARTIAL_PERIOD, at(row, cell.column()), Text.of(
                            "Bảng báo cáo năm %d nhưng ô %s ('%s') ghi ngày %s, trước khi hết năm: báo cáo lập khi đó không có số"
                                    + " liệu cả năm, nên không số liệu nào của bảng được tính. Gửi báo cáo cả năm; nếu ngày ghi"
                                    + " nhầm, sửa lại ngày (hoặc dùng tùy chọn --period year)",
                            "The table reports the year %d but %s ('%s') dates it %s, before the year was over: a report made"
                                    + " then holds no full year's figures, so none of the table's count. Send the full year's"
                                    + " report; if the date is a slip, correct it (or pass --period year)")
                            .format(year.getAsInt(), Location.columnName(cell.column()) + row.number(), Header.shorten(cell.text()),
                                    signed.get().written())));
                    return true;
                }
            }
        }
        return false;
    }


    /**
     * Whether the table's title names an association's office of a commune ("HỘI NÔNG DÂN XÃ AN
     * ĐỨC", under its district's letterhead or in a file named for the district): a commune's own
     * report, in a plan of districts, gives no district's figures; said, and none read.
     */
    boolean communesReport(List<Row> titles) {
        if (!plan.units(vn.khlt.plan.UnitLevel.COMMUNE).isEmpty()) {
            return false;
        }
        for (Row row : titles) {
            for (Cell cell : row.cells()) {
                if (cell.kind() == Cell.Kind.TEXT && Clues.communesOffice(plan, cell.text())) {
                    issues.add(new Issue(Finding.COMMUNE_ROW, at(row, cell.column()), Text.of(
                            "Bảng này là báo cáo của '%s', một xã, phường, thị trấn (hay chi hội), không phải của huyện: không số"
                                    + " liệu nào được tính. Gửi báo cáo của huyện (số của các xã cộng lại)",
                            "This table is the report of '%s', a commune (or a branch), not a district's: none of its figures"
                                    + " count. Send the district's report (its communes added up)")
                            .format(Header.shorten(cell.text().strip()))));
                    return true;
                }
            }
        }
        return false;
    }


    /**
     * Whether the sheet's name says it shows an example or how to fill the form ("Ví dụ", "Hướng
     * dẫn", "Cách ghi"), or a draft or an old copy ("Nháp", "Bản cũ"), or the table's title begins
     * "Ví dụ": its figures are not the report's, none counts.
     */
    boolean example(List<Row> rows) {
        String file = fileName();
        boolean sheetSays = EXAMPLE.matcher(Names.key(sheet.sheet())).find()
                || DRAFT.matcher(sheet.sheet().toLowerCase(java.util.Locale.ROOT)).find();
        String found = sheetSays ? sheet.sheet()
                : EXAMPLE_FILE.matcher(Names.key(Names.parted(file).replace('_', ' ').replace('-', ' '))).find() ? file : null;
        for (Row row : rows) {
            for (Cell cell : found == null && row.number() < header.firstRow ? row.cells() : List.<Cell>of()) {
                if (cell.kind() == Cell.Kind.TEXT && Names.key(cell.text()).startsWith("vi du")) {
                    found = cell.text();
                }
            }
        }
        if (found == null) {
            return false;
        }
        issues.add(new Issue(Finding.EXAMPLE_TABLE, sheet, Text.of(
                "Bảng này là ví dụ, hướng dẫn, bản nháp hay bản cũ (theo '%s'): không số liệu nào của bảng được tính. Nếu là"
                        + " số liệu thật, đổi tên đó",
                "This table is an example, instructions, a draft or an old copy (from '%s'): none of its figures count. If"
                        + " they are real, change that name").format(Header.shorten(found))));
        return true;
    }

    /** Words of a file's name that say it is a draft, an old copy or an example ("HND_2019_ban-nhap.xlsx"). */
    private static final java.util.regex.Pattern EXAMPLE_FILE = java.util.regex.Pattern.compile(
            "(?:^| )(?:ban nhap|draft|ban cu|vi du|example|sample)(?: |$)");

    /** A sheet's name (as a key) that says it holds an example, instructions, a draft or an old copy, not the report. */
    private static final java.util.regex.Pattern EXAMPLE = java.util.regex.Pattern.compile(
            "^(?:vi du|vd|huong dan|cach ghi|cach dien|giai thich|example|sample|instructions?|draft|old|khong dung)(?: |$)");
    /**
     * A sheet's name that says it is a draft or an old copy ("Nháp", "Bản nháp", "Cũ 2018", "Số liệu cũ"), told by the
     * accented words: "Nhập liệu" (data entry) and "Củ Chi" (a place) have the same letters without them.
     */
    private static final java.util.regex.Pattern DRAFT = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?:nháp|cũ)(?![\\p{L}\\p{M}])");

    /**
     * Whether the title above the header, the sheet's name or the file's name says the table gives
     * a plan's figures (the targets set or pledged: "KẾ HOẠCH NĂM 2020", a sheet "KH 2020", a file
     * "ChiTieuKeHoach2020.xlsx") and nothing in the title says it reports results: then none of its
     * figures count, with a warning that names it. A title that says both on two of its lines ("BÁO
     * CÁO KẾT QUẢ …" over "KẾ HOẠCH NĂM 2020") is refused as a contradiction, naming both.
     */
    boolean planned(List<Row> rows) {
        List<String> titles = new ArrayList<>();
        Set<String> lines = new HashSet<>();
        for (Row row : rows) {
            for (Cell cell : row.number() < header.firstRow ? row.cells() : List.<Cell>of()) {
                if (cell.kind() == Cell.Kind.TEXT && !cell.blank()) {
                    titles.add(cell.text());
                }
            }
            titleLine(row).ifPresent(line -> lines.add(line.text()));
        }
        Optional<ReportPeriod.PlanTitle> found = ReportPeriod.planned(titles);
        if (found.isPresent() && found.get().results().isPresent() && !lines.contains(found.get().plan())) {
            found = Optional.empty(); // "Kế hoạch năm 2019" over some columns: the header's business, and a title reports results
        }
        if (found.isPresent() && found.get().results().isPresent()) {
            String plan = Header.shorten(found.get().plan());
            String results = Header.shorten(found.get().results().get());
            issues.add(new Issue(Finding.CONTRADICTION, sheet, Text.of(
                    "Tiêu đề vừa ghi báo cáo kết quả ('%s') vừa ghi kế hoạch ('%s'): không rõ số liệu của bảng là kết quả hay"
                            + " chỉ tiêu, nên không số liệu nào được tính. Bỏ dòng không đúng khỏi tiêu đề, hoặc ghi 'Thực hiện' và"
                            + " 'Kế hoạch' trên các cột",
                    "The title says both a report of results ('%s') and a plan ('%s'): whether the table's figures are"
                            + " results or targets is not clear, so none of them count. Take the wrong line out of the title,"
                            + " or head the columns 'Thực hiện' and 'Kế hoạch'").format(results, plan)));
            return true;
        }
        Text source;
        if (found.isPresent()) {
            source = Text.of("tiêu đề '" + Header.shorten(found.get().plan()) + "'",
                    "the title '" + Header.shorten(found.get().plan()) + "'");
        } else if (!sheet.sheet().isEmpty() && ReportPeriod.plannedSheet(sheet.sheet())) {
            source = Text.of("tên trang tính '" + sheet.sheet() + "'", "the sheet's name '" + sheet.sheet() + "'");
        } else if (titles.stream().noneMatch(ReportPeriod::reportsResults) && ReportPeriod.plannedFile(fileName())) {
            source = Text.of("tên tệp '" + fileName() + "'", "the file's name '" + fileName() + "'");
        } else {
            return false;
        }
        issues.add(plannedTable(source));
        return true;
    }

    /** The warning that the table is a plan's, from {@code source} ("tiêu đề 'KẾ HOẠCH NĂM 2020'"). */
    private Issue plannedTable(Text source) {
        return new Issue(Finding.PLANNED_TABLE, sheet, Text.of(
                "Bảng này là kế hoạch, chỉ tiêu giao (theo %s), không phải kết quả thực hiện: không số liệu nào của bảng"
                        + " được tính. Gửi báo cáo kết quả; nếu đây là kết quả, ghi 'Báo cáo kết quả' vào tiêu đề",
                "This table is a plan, the targets set (from %s), not results: none of its figures count. Send the"
                        + " report of results; if these are results, head the table 'Báo cáo kết quả'").format(source));
    }

    /**
     * A title's row's line: its first text, when it stands left of the figures' columns (in the
     * first column, without them); not a band over some of the columns, which is the header's business.
     */
    private Optional<Cell> titleLine(Row row) {
        int figures = header.firstFigureColumn();
        return row.number() >= header.firstRow ? Optional.empty() : row.cells().stream()
                .filter(c -> c.kind() == Cell.Kind.TEXT && !c.blank()).findFirst()
                .filter(c -> figures < 0 ? c.column() == 0 : c.column() < figures);
    }

    /**
     * Whether a line of the table's own title gives what is to be done ("Phương hướng, nhiệm vụ năm
     * 2020", "Biểu 3: Phương hướng nhiệm vụ") and none of its lines reports results: a plan's table,
     * none of its figures count. Under "BÁO CÁO TỔNG KẾT NĂM 2019" the tasks name the next year's work.
     */
    boolean directed(List<Row> own) {
        List<String> texts = own.stream().filter(r -> r.number() < header.firstRow).flatMap(r -> r.cells().stream())
                .filter(c -> c.kind() == Cell.Kind.TEXT && !c.blank()).map(Cell::text).toList();
        Optional<String> line = own.stream().map(this::titleLine).flatMap(Optional::stream).map(Cell::text)
                .filter(ReportPeriod::direction).findFirst();
        if (line.isEmpty() || texts.stream().anyMatch(ReportPeriod::reportsResults)) {
            return false;
        }
        String title = Header.shorten(line.get());
        issues.add(plannedTable(Text.of("tiêu đề '" + title + "'", "the title '" + title + "'")));
        return true;
    }

    /**
     * Whether the sheet's name says its figures are set against others, averaged, of an earlier
     * period or still to do ("So sánh", "Tăng giảm", "Bình quân", "Cùng kỳ", "Còn lại"), or a line of
     * the title begins by saying so ("TĂNG, GIẢM SO VỚI CÙNG KỲ") over columns and rows that do not
     * say which is the year's result (rows of a year each under "(So sánh với năm trước)" do): none
     * of the table's figures count, with a warning that names it.
     */
    boolean compared(List<Row> rows) {
        String found = !sheet.sheet().isEmpty() && ReportPeriod.comparedSheet(sheet.sheet()) ? sheet.sheet() : null;
        Text source = Text.of("tên trang tính", "the sheet's name");
        if (found == null && !columnsSayTheirPart(header)
                && rows.stream().noneMatch(r -> r.number() > header.lastRow && partRows.saysItsPart(r))) {
            for (Row row : rows) {
                Optional<Cell> line = titleLine(row);
                if (found == null && line.isPresent() && ReportPeriod.comparedTitle(line.get().text())) {
                    found = line.get().text();
                    source = Text.of("tiêu đề ô " + Location.columnName(line.get().column()) + row.number(),
                            "the title in " + Location.columnName(line.get().column()) + row.number());
                }
            }
        }
        if (found == null) {
            return false;
        }
        issues.add(new Issue(Finding.COMPARED_TABLE, sheet, Text.of(
                "Bảng này là số so sánh, chênh lệch, bình quân, của kỳ trước hay số còn lại ('%s', theo %s), không phải kết quả"
                        + " của năm: không số liệu nào của bảng được tính. Nếu đây là kết quả, đổi tên trang tính hay tiêu đề",
                "This table holds comparisons, differences, averages, an earlier period's or what is left ('%s', from %s), not"
                        + " the year's results: none of its figures count. If these are results, rename the sheet or the title")
                .format(Header.shorten(found), source)));
        return true;
    }

    /** A year in a column's title ("Năm 2019", "2019"). */
    private static final java.util.regex.Pattern A_YEAR = java.util.regex.Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    /**
     * Whether the header's titles over the figures set the result apart from another part ("Kế
     * hoạch", "Tỷ lệ", "Tăng giảm" beside it) or give each column's year ("Năm 2019"): then the
     * columns, not the title, say which is the year's result. A result's word alone ("Số lượng",
     * "Thực hiện") under a title of averages says nothing against it.
     */
    static boolean columnsSayTheirPart(Header header) {
        int figures = Math.max(header.firstFigureColumn(), 1);
        return header.yearsInColumns() || header.titles.entrySet().stream().filter(title -> title.getKey() >= figures)
                .flatMap(title -> java.util.Arrays.stream(Header.titleRows(title.getValue())))
                .anyMatch(words -> A_YEAR.matcher(words).find() || NO_YEARS_RESULT.contains(Header.Part.ofText(words)));
    }

    /**
     * Whether a row a little above the header, apart from it (a blank row, or the units of measure,
     * between them), says over the figures' columns that they hold no result ("Kế hoạch năm 2019",
     * "Lũy kế", "6 tháng" typed over the indicators): a band of the header it does not hold, or a
     * title typed in a middle cell to centre it; either way the figures under it are not the year's
     * results, so the table is refused, saying where. A title that reports results is not one.
     */
    boolean bandApart(List<Row> rows) {
        if (header.layout == Header.Layout.LONG) {
            return false;
        }
        Set<Integer> figures = new HashSet<>();
        header.indicators.forEach(indicator -> indicator.columns().forEach(figures::add));
        figures.addAll(header.unitColumns.keySet());
        for (Row row : rows) {
            if (row.number() < header.firstRow - 3 || row.number() >= header.firstRow - 1) {
                continue;
            }
            for (Cell cell : row.cells()) {
                if (cell.kind() != Cell.Kind.TEXT || cell.blank() || !figures.contains(cell.column())
                        || !NO_YEARS_RESULT.contains(Header.Part.ofText(cell.text())) || ReportPeriod.reportsResults(cell.text())
                        || Header.Part.of(Names.key(cell.text())) == Header.Part.MEASURE_UNIT) { // "ĐVT: hộ, %"
                    continue;
                }
                issues.add(new Issue(Finding.AMBIGUOUS_COLUMN, at(row, cell.column()), Text.of(
                        "Dòng %d phía trên tiêu đề ghi '%s' trên các cột số liệu từ cột %s, cách tiêu đề (dòng trống hay đơn vị"
                                + " tính ở giữa): là tiêu đề của các cột hay của bảng, số ở dưới cũng không phải kết quả của năm, nên"
                                + " bảng không được đọc. Nếu đó là kết quả, sửa dòng đó (ví dụ 'Thực hiện năm 2019') và để ngay trên"
                                + " tên các chỉ tiêu",
                        "Row %d above the header says '%s' over the figures' columns from column %s, apart from the header (a"
                                + " blank row, or the units of measure, between them): a title of the columns or of the table,"
                                + " the figures under it are not the year's results either way, so the table is not read. If they"
                                + " are, correct that row (such as 'Thực hiện năm 2019') and put it right above the indicators' names")
                        .format(row.number(), Header.shorten(cell.text()), Location.columnName(cell.column()))));
                return true;
            }
        }
        return false;
    }

    /**
     * What a band over the figures may say that makes them no year's result: a plan, a running total,
     * another period, a comparison ("Tăng/giảm so với năm 2018", "Tỷ lệ %"), an average, the rest, another kind.
     */
    private static final Set<Header.Part> NO_YEARS_RESULT = java.util.EnumSet.of(Header.Part.PLAN, Header.Part.RUNNING_TOTAL,
            Header.Part.PREVIOUS, Header.Part.PART_OF_YEAR, Header.Part.RATIO, Header.Part.AVERAGE, Header.Part.REST,
            Header.Part.OTHER_KIND);
    private Location at(Row row, int column) {
        return sheet.at(row.number(), Location.columnName(column));
    }

    private String fileName() {
        return java.nio.file.Path.of(sheet.file()).getFileName().toString();
    }
}
