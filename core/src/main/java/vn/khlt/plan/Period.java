package vn.khlt.plan;

import java.util.stream.IntStream;

/** The plan's years, both ends included, reported per calendar year. */
public record Period(int from, int to) {

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    public int years() {
        return to - from + 1;
    }

    public IntStream stream() {
        return IntStream.rangeClosed(from, to);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
