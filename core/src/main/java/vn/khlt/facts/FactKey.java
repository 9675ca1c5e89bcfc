package vn.khlt.facts;

/**
 * What a figure is about: whose (an association's code, or {@code province}), which unit, year
 * and indicator. The same key given twice is a duplicate.
 */
public record FactKey(String owner, String unit, int year, String indicator) implements Comparable<FactKey> {

    public static final String PROVINCE = "province";

    @Override
    public int compareTo(FactKey other) {
        int c = indicator.compareTo(other.indicator);
        if (c == 0) {
            c = owner.compareTo(other.owner);
        }
        if (c == 0) {
            c = unit.compareTo(other.unit);
        }
        return c != 0 ? c : Integer.compare(year, other.year);
    }
}
