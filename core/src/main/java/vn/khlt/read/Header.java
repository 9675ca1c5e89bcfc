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
import java.util.Set;
import java.util.TreeMap;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.finding.Severity;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;

/**
 * A table's header, found among the first rows of a sheet: which layout it has (long: one row
 * per figure; wide: one row per unit, a column per indicator) and what each column holds.
 */
final class Header {

    enum Layout {
        LONG, WIDE
    }

    /** What a column holds, besides the indicators of a wide table. */
    enum Role {
        ASSOCIATION("doan the", "hoi doan the", "association", "to chuc", "ma doan the", "hoi"),
        UNIT("don vi", "ten don vi", "ma don vi", "don vi bao cao", "unit", "huyen", "huyen thanh pho",
                "huyen tp", "dia ban", "district"),
        YEAR("nam", "nam bao cao", "year", "ky bao cao"),
        INDICATOR("chi tieu", "ma chi tieu", "ten chi tieu", "indicator", "ma", "code"),
        VALUE("gia tri", "value", "so luong", "ket qua", "so lieu", "thuc hien", "ket qua thuc hien"),
        NUMERATOR("tu so", "numerator"),
        DENOMINATOR("mau so", "denominator"),
        NOTE("ghi chu", "note", "notes"),
        ORDINAL("stt", "tt", "so thu tu", "no"),
        /** Where a figure came from, as khlt inspect writes it: read back, these are passed over. */
        SOURCE("tep", "trang tinh", "dong", "cot", "file", "sheet", "row", "column");

        final List<String> words;

        Role(String... words) {
            this.words = List.of(words);
        }

        static Optional<Role> of(String key) {
            for (Role role : values()) {
                for (String word : role.words) {
                    if (key.equals(word) || key.startsWith(word + " ")) {
                        return Optional.of(role);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** The columns of one indicator in a wide table: one for a count, two for a rate. */
    record IndicatorColumns(Indicator indicator, OptionalInt value, OptionalInt numerator, OptionalInt denominator) {
    }

    /** How many rows from the top a header may stand. */
    static final int SEARCH_ROWS = 40;

    final Layout layout;
    /** The row number (as the sheet shows it) of the header's first row and of its last. */
    final int firstRow;
    final int lastRow;
    final Map<Role, Integer> columns;
    final List<IndicatorColumns> indicators;
    final List<Issue> issues;

    private Header(Layout layout, int firstRow, int lastRow, Map<Role, Integer> columns,
            List<IndicatorColumns> indicators, List<Issue> issues) {
        this.layout = layout;
        this.firstRow = firstRow;
        this.lastRow = lastRow;
        this.columns = columns;
        this.indicators = indicators;
        this.issues = issues;
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
            Optional<Header> header = at(plan, row, next, sheet);
            if (header.isPresent()) {
                return header;
            }
        }
        return Optional.empty();
    }

    private static Optional<Header> at(Plan plan, Row row, Optional<Row> next, Location sheet) {
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        Map<Integer, Indicator> indicatorCells = new LinkedHashMap<>();
        List<Issue> issues = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (Cell cell : row.cells()) {
            String key = Names.key(cell.text());
            if (key.isEmpty() || cell.kind() == Cell.Kind.NUMBER) {
                continue;
            }
            Optional<Indicator> indicator = indicator(plan, key);
            if (indicator.isPresent()) {
                indicatorCells.put(cell.column(), indicator.get());
                continue;
            }
            Optional<Role> role = Role.of(key);
            if (role.isPresent()) {
                if (roles.putIfAbsent(role.get(), cell.column()) != null && role.get() != Role.SOURCE) {
                    issues.add(duplicateColumn(sheet.at(row.number(), Location.columnName(cell.column())), cell.text()));
                }
            } else {
                unknown.add(cell.column());
            }
        }
        boolean isLong = roles.containsKey(Role.INDICATOR)
                && (roles.containsKey(Role.VALUE) || roles.containsKey(Role.NUMERATOR));
        boolean isWide = !indicatorCells.isEmpty()
                && (roles.containsKey(Role.UNIT) || new java.util.HashSet<>(indicatorCells.values()).size() >= 2);
        if (!isLong && !isWide) {
            return Optional.empty();
        }
        for (int column : unknown) {
            issues.add(new Issue(Finding.UNKNOWN_COLUMN, sheet.at(row.number(), Location.columnName(column)), Text.of(
                    "Cột '%s' không thuộc mẫu báo cáo nên bị bỏ qua; nếu đó là một chỉ tiêu, ghi mã chỉ tiêu (ví dụ CT08) vào tiêu đề cột",
                    "Column '%s' is not part of the report form and is ignored; if it is an indicator, put its code (such as CT08) in the header")
                    .format(shorten(row.text(column)))));
        }
        if (isLong) {
            return Optional.of(new Header(Layout.LONG, row.number(), row.number(), roles, List.of(), issues));
        }
        return Optional.of(wide(row, next, roles, indicatorCells, issues, sheet));
    }

    private static Header wide(Row row, Optional<Row> next, Map<Role, Integer> roles,
            Map<Integer, Indicator> indicatorCells, List<Issue> issues, Location sheet) {
        Map<Integer, Indicator> owners = new TreeMap<>(indicatorCells);
        Map<Integer, Role> parts = new TreeMap<>();
        indicatorCells.keySet().forEach(column -> parts.put(column, part(Names.key(row.text(column)))));
        int lastRow = row.number();
        // a second header row under merged cells: "Tử số" and "Mẫu số" under "CT04 ..."
        Map<Integer, Indicator> subOwners = new TreeMap<>();
        Map<Integer, Role> subParts = new TreeMap<>();
        // a data row (it holds numbers) is never a second header row, whatever its notes say
        boolean numbers = next.map(r -> r.cells().stream().anyMatch(c -> c.kind() == Cell.Kind.NUMBER
                || NumberText.parse(c.text()).isPresent())).orElse(true);
        for (Cell cell : numbers ? List.<Cell>of() : next.get().cells()) {
            Role part = part(Names.key(cell.text()));
            Optional<Indicator> owner = indicatorCells.entrySet().stream()
                    .filter(e -> e.getKey() <= cell.column()).reduce((a, b) -> b).map(Map.Entry::getValue);
            if (part != Role.VALUE && cell.kind() == Cell.Kind.TEXT && owner.isPresent()) {
                subOwners.put(cell.column(), owner.get());
                subParts.put(cell.column(), part);
            }
        }
        if (!subParts.isEmpty()) {
            lastRow = next.orElseThrow().number();
            Set<Indicator> grouped = new HashSet<>(subOwners.values());
            indicatorCells.forEach((column, indicator) -> {
                if (grouped.contains(indicator) && parts.get(column) == Role.VALUE) {
                    parts.remove(column); // the merged title above the indicator's parts
                }
            });
            owners.putAll(subOwners);
            parts.putAll(subParts);
        }
        Map<Indicator, int[]> byIndicator = new LinkedHashMap<>();
        parts.forEach((column, part) -> {
            Indicator indicator = owners.get(column);
            int[] slots = byIndicator.computeIfAbsent(indicator, i -> new int[] {-1, -1, -1});
            int slot = part == Role.NUMERATOR ? 1 : part == Role.DENOMINATOR ? 2 : 0;
            if (slots[slot] >= 0) {
                issues.add(duplicateColumn(sheet.at(row.number(), Location.columnName(column)), indicator.code()));
            } else {
                slots[slot] = column;
            }
        });
        List<IndicatorColumns> indicators = new ArrayList<>();
        byIndicator.forEach((indicator, slots) -> {
            Location at = sheet.at(row.number(), Location.columnName(Math.max(slots[0], Math.max(slots[1], slots[2]))));
            if (indicator.isRate() && (slots[1] < 0 || slots[2] < 0)) {
                issues.add(new Issue(Finding.RATE_NEEDS_TWO_COLUMNS, at, Text.of(
                        "%s là tỷ lệ: cần hai cột, tử số (%s) và mẫu số (%s), không phải một cột tỷ lệ phần trăm; cột này bị bỏ qua",
                        "%s is a rate: it needs two columns, numerator (%s) and denominator (%s), not one column of percentages; the column is ignored")
                        .format(indicator.code(), indicator.numerator().map(Text::vi).orElse(""),
                                indicator.denominator().map(Text::vi).orElse(""))));
                return;
            }
            indicators.add(indicator.isRate()
                    ? new IndicatorColumns(indicator, OptionalInt.empty(), OptionalInt.of(slots[1]), OptionalInt.of(slots[2]))
                    : new IndicatorColumns(indicator, OptionalInt.of(slots[0] >= 0 ? slots[0] : Math.max(slots[1], slots[2])),
                            OptionalInt.empty(), OptionalInt.empty()));
        });
        return new Header(Layout.WIDE, row.number(), lastRow, roles, indicators, issues);
    }

    /** Whether a header names a rate's numerator, its denominator, or a value. */
    private static Role part(String key) {
        String padded = " " + key + " ";
        if (padded.contains(" tu so ") || padded.contains(" numerator ")) {
            return Role.NUMERATOR;
        }
        if (padded.contains(" mau so ") || padded.contains(" denominator ")) {
            return Role.DENOMINATOR;
        }
        return Role.VALUE;
    }

    /** The indicator a header names, by its code ("CT08", "CT 8", "ct08 - Số hộ ...") or its name. */
    static Optional<Indicator> indicator(Plan plan, String key) {
        return IndicatorNames.of(plan).find(key);
    }

    /** The indicator a cell of a long table's indicator column names: its code or its name. */
    static Optional<Indicator> indicatorCell(Plan plan, String text) {
        Optional<Indicator> byCode = plan.indicator(text.strip().replace(" ", ""));
        return byCode.isPresent() ? byCode : indicator(plan, Names.key(text));
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
