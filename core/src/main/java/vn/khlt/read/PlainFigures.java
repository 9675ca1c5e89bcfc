package vn.khlt.read;

import java.math.BigDecimal;
import java.util.Optional;
import vn.khlt.check.Location;
import vn.khlt.plan.Indicator;

/**
 * A run of plain figures from one table of a long layout: each row's association, unit and
 * year resolved, its numbers whole and written as plain digits, nothing said about it while
 * reading. What nearly every row of a large CSV is. They travel as arrays, a few numbers a
 * figure, and become {@link Figure}s only when asked: a sink that checks them can take the
 * ordinary ones without making an object per row. {@link #figure} gives exactly the figure
 * the table would have given.
 */
public final class PlainFigures {

    static final int CAPACITY = 512;

    private final Location sheet;
    private final String valueColumn;
    private final String numeratorColumn;
    private final String denominatorColumn;
    private final Location valuePlace;
    private final Location numeratorPlace;
    private final Optional<Location> denominatorPlace;

    private int size;
    private final Indicator[] indicators = new Indicator[CAPACITY];
    private final String[] associations = new String[CAPACITY];
    private final String[] units = new String[CAPACITY];
    private final int[] years = new int[CAPACITY];
    private final int[] rows = new int[CAPACITY];
    private final int[] a = new int[CAPACITY];
    private final int[] b = new int[CAPACITY];

    /** The figures of a sheet whose counts are in one column and rates in two others (-1 for none). */
    PlainFigures(Location sheet, int countColumn, int numeratorColumn, int denominatorColumn) {
        this(sheet, sheet.at(0, countColumn < 0 ? "" : Location.columnName(countColumn)),
                sheet.at(0, numeratorColumn < 0 ? "" : Location.columnName(numeratorColumn)),
                Optional.of(sheet.at(0, denominatorColumn < 0 ? "" : Location.columnName(denominatorColumn))));
    }

    private PlainFigures(Location sheet, Location valuePlace, Location numeratorPlace, Optional<Location> denominatorPlace) {
        this.sheet = sheet;
        this.valueColumn = valuePlace.column();
        this.numeratorColumn = numeratorPlace.column();
        this.denominatorColumn = denominatorPlace.get().column();
        this.valuePlace = valuePlace;
        this.numeratorPlace = numeratorPlace;
        this.denominatorPlace = denominatorPlace;
    }

    /** An empty run from the same sheet and columns. */
    PlainFigures next() {
        return new PlainFigures(sheet, valuePlace, numeratorPlace, denominatorPlace);
    }

    /** Adds a figure: a count's value in {@code a}, a rate's numerator and denominator in {@code a} and {@code b}. */
    void add(Indicator indicator, String association, String unit, int year, int row, int a, int b) {
        indicators[size] = indicator;
        associations[size] = association;
        units[size] = unit;
        years[size] = year;
        rows[size] = row;
        this.a[size] = a;
        this.b[size] = b;
        size++;
    }

    boolean full() {
        return size == CAPACITY;
    }

    public int size() {
        return size;
    }

    /** The file the figures were read from. */
    public String file() {
        return sheet.file();
    }

    public Indicator indicator(int i) {
        return indicators[i];
    }

    /** The association's code, or null for the province's context figures. */
    public String association(int i) {
        return associations[i];
    }

    public String unit(int i) {
        return units[i];
    }

    public int year(int i) {
        return years[i];
    }

    public int row(int i) {
        return rows[i];
    }

    /** A count's value, or a rate's numerator: never negative. */
    public int a(int i) {
        return a[i];
    }

    /** A rate's denominator (0 for a count). */
    public int b(int i) {
        return b[i];
    }

    /** The cell of the value (or numerator) with its row left out: where every figure of this kind in the run is. */
    public Location place(int i) {
        return indicators[i].isRate() ? numeratorPlace : valuePlace;
    }

    /** The denominator's cell with its row left out, for a rate. */
    public Optional<Location> denominatorPlace(int i) {
        return indicators[i].isRate() ? denominatorPlace : Optional.empty();
    }

    /** The figure as the table reads it. */
    public Figure figure(int i) {
        Indicator indicator = indicators[i];
        Optional<String> association = Optional.ofNullable(associations[i]);
        if (indicator.isRate()) {
            return new Figure(association, units[i], years[i], indicator.code(), Optional.empty(),
                    Optional.of(BigDecimal.valueOf(a[i])), Optional.of(BigDecimal.valueOf(b[i])),
                    sheet.at(rows[i], numeratorColumn), Optional.of(sheet.at(rows[i], denominatorColumn)));
        }
        return new Figure(association, units[i], years[i], indicator.code(), Optional.of(BigDecimal.valueOf(a[i])),
                Optional.empty(), Optional.empty(), sheet.at(rows[i], valueColumn), Optional.empty());
    }
}
