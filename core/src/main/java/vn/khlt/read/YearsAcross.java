package vn.khlt.read;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.khlt.plan.Names;
import vn.khlt.read.Header.Role;

/**
 * The header of one unit's report over its years, an indicator a row and a year a column
 * (a district office's summary of a term): {@code Chỉ tiêu | ĐVT | Năm 2016 | Năm 2017 | ...}, or
 * one year's ({@code Chỉ tiêu | ĐVT | Năm 2019 | So với năm 2018}), or
 * {@code Thực hiện} over {@code 2016 | 2017 | ...} in the row below. A column is a year's result
 * only when its words say one year and, besides, at most that it holds the result ("Thực hiện
 * 2018", "TH năm 2019", 2016 typed as a number): a plan's, an estimate's or part of a year's
 * ("Năm 2020 (kế hoạch)", "Ước 2019", "6 tháng 2019") never is. The unit and association are the
 * table's own, from its title or file name.
 */
final class YearsAcross {

    private YearsAcross() {
    }

    /**
     * What such a header holds: its roles' columns (the indicator's, the numbering's, a note's),
     * each year's column and its year, the columns of totals ("Tổng cộng", "Cả giai đoạn" are not:
     * only a total's words), the row the years stand in; and, where each year heads several
     * columns ("Năm 2018" over "KH | TH | %"), the years whose result cannot be told (by the
     * year's first column: what each column under it holds), left out of {@code years}.
     */
    record Found(Map<Role, Integer> roles, Map<Integer, Integer> years, Set<Integer> totals, int lastRow,
            Map<Integer, Map<Integer, Header.Part>> unclear) {
    }

    /** The words a year's column may hold besides its year, as {@link Names#key} writes them ("năm" taken out). */
    private static final Set<String> RESULT_WORDS = Set.of("", "thuc hien", "th", "ket qua", "ket qua thuc hien", "so lieu",
            "gia tri");

    /** The header whose first row is {@code row} (and, for years under a band, {@code below}), if it is one of years. */
    /** A header row's headings: the roles its words name, each year's column, the columns of totals. */
    private record Headings(Map<Role, Integer> roles, Map<Integer, Integer> years, Set<Integer> totals) {
    }

    private static Headings headings(Row row) {
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        Map<Integer, Integer> years = new TreeMap<>();
        Set<Integer> totals = new TreeSet<>();
        for (Cell cell : row.cells()) {
            OptionalInt year = yearOf(cell);
            if (year.isPresent()) {
                years.put(cell.column(), year.getAsInt());
            } else if (cell.kind() == Cell.Kind.TEXT && !cell.blank() && Header.yearIn(cell.text()).isEmpty()) {
                // a column that names a year with other words ("Năm 2020 (KH)") has no role here: said or passed over after
                Optional<Role> role = Role.of(Names.key(cell.text()));
                role.ifPresent(r -> roles.putIfAbsent(r, cell.column()));
                if (role.isEmpty() && Header.totalWords(Names.key(cell.text()))) {
                    totals.add(cell.column());
                }
            }
        }
        return new Headings(roles, years, totals);
    }

    /**
     * The year columns of a long table of units and indicators with a column a year ("Đơn vị |
     * Chỉ tiêu | Năm 2018 | Năm 2019"): two or more, each a different year, beside a unit's and an
     * indicator's column; empty otherwise. Each figure is its column's year.
     */
    static Map<Integer, Integer> besideUnits(Row row) {
        Headings found = headings(row);
        boolean each = found.years().size() >= 2 && new HashSet<>(found.years().values()).size() == found.years().size();
        return each && found.roles().containsKey(Role.UNIT) && found.roles().containsKey(Role.INDICATOR) ? found.years()
                : new TreeMap<>();
    }

    static Optional<Found> find(Row row, Optional<Row> below) {
        Headings headings = headings(row);
        Map<Role, Integer> roles = headings.roles();
        Map<Integer, Integer> years = headings.years();
        Set<Integer> totals = headings.totals();
        if (!roles.containsKey(Role.INDICATOR) || roles.containsKey(Role.UNIT)) {
            return Optional.empty();
        }
        int lastRow = row.number();
        Map<Integer, Map<Integer, Header.Part>> unclear = new TreeMap<>();
        Optional<Row> parts = below.filter(b -> b.text(roles.get(Role.INDICATOR)).isBlank()
                && b.cells().stream().anyMatch(c -> !years.isEmpty() && c.column() >= years.keySet().iterator().next()
                        && Header.headerWords(c)));
        if (!years.isEmpty() && parts.isPresent()) {
            // "Năm 2018" over "KH | TH | Tỷ lệ %": each year's figure is its one result column
            Map<Integer, Integer> results = new TreeMap<>();
            for (Map.Entry<Integer, Integer> year : years.entrySet()) {
                int end = row.cells().stream().filter(c -> c.column() > year.getKey() && !c.blank()).mapToInt(Cell::column).min()
                        .orElse(Integer.MAX_VALUE);
                Map<Integer, Header.Part> under = new TreeMap<>();
                parts.get().cells().stream().filter(c -> c.column() >= year.getKey() && c.column() < end && !c.blank())
                        .forEach(c -> under.put(c.column(), Header.Part.ofText(c.text())));
                java.util.List<Integer> result = Header.with(under, Header.Part.RESULT);
                if (result.size() == 1) {
                    results.put(result.get(0), year.getValue());
                } else if (!under.isEmpty()) {
                    unclear.put(year.getKey(), under);
                } else {
                    results.put(year.getKey(), year.getValue()); // nothing under it: the year's one column
                }
            }
            years.clear();
            years.putAll(results);
            totals.clear(); // a total over several columns: which is its sum is not told
            lastRow = parts.get().number();
        } else if (years.isEmpty()) {
            // "Thực hiện", "Kết quả các năm", "Năm" over the years in the row below
            Integer over = roles.containsKey(Role.VALUE) ? roles.remove(Role.VALUE) : roles.remove(Role.YEAR);
            Optional<Row> under = below.filter(b -> b.text(roles.get(Role.INDICATOR)).isBlank());
            if (over == null || under.isEmpty() || Header.notTheYears(row.text(over)) != null) {
                return Optional.empty();
            }
            int end = row.cells().stream().filter(c -> c.column() > over && !c.blank()).mapToInt(Cell::column).min()
                    .orElse(Integer.MAX_VALUE);
            for (Cell cell : under.get().cells()) {
                if (cell.column() < over || cell.column() >= end || cell.blank()) {
                    continue;
                }
                OptionalInt year = yearOf(cell);
                if (year.isPresent()) {
                    years.put(cell.column(), year.getAsInt());
                } else if (cell.kind() == Cell.Kind.TEXT && Header.totalWords(Names.key(cell.text()))) {
                    totals.add(cell.column());
                } else {
                    return Optional.empty(); // "Kế hoạch | Thực hiện" under it: not a year's column each
                }
            }
            lastRow = under.get().number();
        }
        if (years.size() + unclear.size() < 1 || new HashSet<>(years.values()).size() < years.size()
                || Stream.of(Role.VALUE, Role.NUMERATOR, Role.DENOMINATOR, Role.YEAR).anyMatch(roles::containsKey)) {
            return Optional.empty(); // a result's column beside the years' ("Năm 2018 | Thực hiện"): which is the figure?
        }
        return Optional.of(new Found(roles, years, totals, lastRow, unclear));
    }

    /** The year a header cell gives its column: one year, and besides it at most a result's words. */
    static OptionalInt yearOf(Cell cell) {
        if (cell.kind() == Cell.Kind.NUMBER) {
            boolean whole = cell.number().map(n -> n.stripTrailingZeros().scale() <= 0).orElse(false);
            return whole && !cell.dateFormat() ? Header.yearIn(cell.text().strip()) : OptionalInt.empty();
        }
        if (cell.kind() != Cell.Kind.TEXT) {
            return OptionalInt.empty();
        }
        OptionalInt year = Header.yearIn(cell.text());
        if (year.isEmpty()) {
            return year;
        }
        String rest = (" " + Names.key(cell.text()) + " ").replace(" " + year.getAsInt() + " ", " ").replace(" nam ", " ").strip();
        return RESULT_WORDS.contains(rest) ? year : OptionalInt.empty();
    }
}
