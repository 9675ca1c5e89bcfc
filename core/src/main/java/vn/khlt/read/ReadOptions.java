package vn.khlt.read;

import java.util.Optional;

/**
 * What the command line says about inputs that lack it: the association, unit or year of
 * every file read. A file that says otherwise is in contradiction, which is an error. And how
 * many files are read at once ({@code threads}; the result is the same whatever the number).
 */
public record ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year, int threads) {

    public ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year) {
        this(association, unit, year, defaultThreads());
    }

    public static ReadOptions none() {
        return new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** One thread per processor. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public ReadOptions withThreads(int threads) {
        return new ReadOptions(association, unit, year, Math.max(1, threads));
    }
}
