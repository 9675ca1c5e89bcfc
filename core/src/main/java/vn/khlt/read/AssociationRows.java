package vn.khlt.read;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import vn.khlt.plan.Plan;
import vn.khlt.read.Header.Role;

/**
 * Rows of a wide table that name an association alone, and what the first rows under its header
 * (those a header is looked for in) show of them before any row is read: associations' rows
 * marked under their district's ("Ba Tri", then "- Hội LHPN"), an association's row over its
 * districts' ("Hội LHPN", then "- Ba Tri"), a total split by association ("Tổng cộng", then
 * "Hội LHPN", "Hội Nông dân"), or an association's row right under a district's with neither
 * marked (which of the two, no one can tell). {@link TableReader} reads the rows by what these say.
 */
final class AssociationRows {

    private final Plan plan;
    private final Clues clues;
    private final Header header;
    /**
     * The section numbers ("A", "I") that stand on several rows of the table, each run of them right
     * under a unit's row: sections are numbered once each (or once in each group, "A. Khối huyện"
     * over "I. Hội LHPN", "II. Hội Nông dân"), so a number that starts again under each unit ("1. Ba
     * Tri", "A. Hội LHPN", "B. Hội Nông dân", "2. Chợ Lách", "A. …") numbers the rows under it, as
     * "a", "b" do.
     */
    private final Set<String> restarting;

    /** {@code rows}: the table's rows (the first ones, those the header was looked for in), or none for rows read one by one. */
    AssociationRows(Plan plan, Clues clues, Header header, List<Row> rows) {
        this.plan = plan;
        this.clues = clues;
        this.header = header;
        this.restarting = restarting(rows);
    }

    private Set<String> restarting(List<Row> rows) {
        OptionalInt ordinal = header.column(Role.ORDINAL);
        if (ordinal.isEmpty()) {
            return Set.of();
        }
        Set<String> seen = new HashSet<>();
        Set<String> again = new HashSet<>();
        Row previous = null;
        for (Row row : under(rows)) {
            String number = sectionNumber(row.text(ordinal.getAsInt()));
            if (SECTION_NUMBER.matcher(number).matches()) {
                if (!seen.add(number)) {
                    again.add(number);
                }
                boolean run = previous != null && SECTION_NUMBER.matcher(sectionNumber(previous.text(ordinal.getAsInt()))).matches();
                if (!run && (previous == null || plan.unitNames().candidates(TableReader.withoutSection(name(previous))).isEmpty())) {
                    // a run of them under a group's row ("A. Khối huyện", then "I. Hội LHPN", "1. Ba Tri"): sections, each
                    // group numbering its own
                    return Set.of();
                }
            }
            previous = row;
        }
        return again;
    }

    /** A numbering cell's number without its dot: "A." and "A" are one number. */
    private static String sectionNumber(String text) {
        String number = text.strip();
        return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
    }

    /** What may stand before an association's name on its row under a unit: "+ ", "Trong đó: ". */
    private static final Pattern BREAKDOWN_MARK = Pattern.compile("^(?:[+*•·]\\s*)?(?:trong (?:đó|do)\\s*[:,]?\\s*)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A name without the marks of a row under another ("+ ", "Trong đó: "). */
    static String withoutMark(String text) {
        return BREAKDOWN_MARK.matcher(text).replaceFirst("");
    }

    /** Whether a name is marked as a row under the one above: "- Hội LHPN", "+ Ba Tri", "• …", "Trong đó: …". */
    static boolean marked(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && ("-–+*•·".indexOf(stripped.charAt(0)) >= 0 || !withoutMark(stripped).equals(stripped));
    }

    /**
     * Whether a row is marked as under the one above: by its name ("- Hội LHPN") or by its number,
     * a small letter or a dash in the numbering column ("a", "b)", "-") under a unit numbered 1, 2.
     */
    boolean marked(Row row) {
        if (header.column(Role.UNIT).isEmpty()) {
            return false;
        }
        OptionalInt ordinal = header.column(Role.ORDINAL);
        return marked(name(row)) || ordinal.isPresent() && (SUB_NUMBER.matcher(row.text(ordinal.getAsInt()).strip()).matches()
                || restarting.contains(sectionNumber(row.text(ordinal.getAsInt()))));
    }

    /** A row's number under another's: "a", "b)", "c.", a dash or a plus. */
    private static final Pattern SUB_NUMBER = Pattern.compile("[a-zđ][.)]?|[-–+*•]");

    /** The association a row's name is alone ("Hội LHPN", "Trong đó: Hội Nông dân", "+ CCB"), when it names no unit. */
    Optional<String> named(String unitText) {
        String text = withoutMark(unitText);
        if (text.isEmpty() || clues.resolved(Role.UNIT, text) != null || !plan.unitNames().candidates(text).isEmpty()) {
            return Optional.empty();
        }
        return Header.associationColumn(plan, text);
    }

    /**
     * Whether a row is numbered as a section: "I", "II.", "A" in its numbering column (a number the
     * table does not start again under each unit), or "I. Hội LHPN" in its name.
     */
    boolean numberedSection(Row row) {
        OptionalInt ordinal = header.column(Role.ORDINAL);
        String number = ordinal.isPresent() ? sectionNumber(row.text(ordinal.getAsInt())) : "";
        String name = name(row).strip();
        return SECTION_NUMBER.matcher(number).matches() && !restarting.contains(number) || NUMBERED_NAME.matcher(name).find();
    }

    /** A section's number: a Roman numeral or a capital letter, with or without its dot ("a)", "1." number a row under one). */
    private static final Pattern SECTION_NUMBER = Pattern.compile("(?:[IVX]{1,4}|[A-Z])");
    private static final Pattern NUMBERED_NAME = Pattern.compile("^(?:[IVX]{1,4}|[A-Z])\\s*[.)\\-–]\\s+");

    /** Whether a row gives a figure. */
    boolean figures(Row row) {
        return header.indicators.stream().anyMatch(c -> c.columns().anyMatch(row::filled));
    }

    /** The rows under the header, when it is a wide table's with a units' column; else none. */
    private List<Row> under(List<Row> rows) {
        if (header.layout != Header.Layout.WIDE || header.column(Role.UNIT).isEmpty()) {
            return List.of();
        }
        return rows.stream().filter(r -> r.number() > header.lastRow && !r.blank()).toList();
    }

    private String name(Row row) {
        return row.text(header.column(Role.UNIT).getAsInt());
    }

    /**
     * Whether sections name the associations: a row without figures ("I. HỘI LIÊN HIỆP PHỤ NỮ"), or
     * an association's row of figures not marked ("Hội LHPN" over "- Ba Tri").
     */
    boolean sections(List<Row> rows) {
        return under(rows).stream().anyMatch(r -> figures(r)
                ? !marked(r) && named(TableReader.withoutSection(name(r))).isPresent()
                : clues.association(name(r)).isPresent());
    }

    /** Whether an association's row of figures stands marked under a unit's ("Ba Tri", then "- Hội LHPN"). */
    boolean underUnits(List<Row> rows) {
        return under(rows).stream().anyMatch(r -> figures(r) && marked(r)
                && named(TableReader.withoutSection(name(r))).isPresent());
    }

    /** Whether an association's row of figures follows a total's ("Tổng cộng", then "Hội LHPN", "Hội Nông dân"). */
    boolean totalSplit(List<Row> rows, Predicate<String> total) {
        List<Row> under = under(rows);
        boolean afterTotal = false;
        for (int i = 0; i < under.size(); i++) {
            Row r = under.get(i);
            String text = TableReader.withoutSection(name(r));
            // a section over its units ("I. Hội LHPN", or over "- Ba Tri") under a total is no share of it
            boolean section = numberedSection(r) || i + 1 < under.size() && marked(under.get(i + 1));
            boolean association = figures(r) && named(text).isPresent() && !section;
            if (association && afterTotal) {
                return true;
            }
            afterTotal = total.test(text) || association && afterTotal;
        }
        return false;
    }

    /**
     * An association's row right under a unit's, neither marked ("Ba Tri", then "Hội LHPN"), and the
     * unit's row: whether it is the association's figures of the unit or its section over the units
     * below, no one can tell.
     */
    Optional<Row[]> unclear(List<Row> rows, Predicate<String> total) {
        Row unitRow = null;
        boolean sectioned = false;
        for (Row r : under(rows)) {
            String text = name(r);
            String name = TableReader.withoutSection(text);
            boolean association = figures(r) && named(name).isPresent();
            // a numbered section after a unit's row is the next association's only once the units stand under sections
            // ("I. Hội LHPN", "1. Ba Tri", "II. Hội Nông dân"); before any ("1. Ba Tri", "A. Hội LHPN") it is as unclear
            if (association && unitRow != null && !marked(r) && (!numberedSection(r) || !sectioned)) {
                return Optional.of(new Row[] {r, unitRow});
            }
            sectioned |= association ? numberedSection(r) : !figures(r) && clues.association(text).isPresent();
            unitRow = figures(r) && !association && !marked(r) && !total.test(name)
                    && !plan.unitNames().candidates(name).isEmpty() ? r : null;
        }
        return Optional.empty();
    }
}
