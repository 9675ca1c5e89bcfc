package vn.khlt.read;

import java.util.Optional;

/**
 * What the command line says about inputs that lack it: the association, unit or year of
 * every file read (a file that says otherwise is in contradiction, which is an error), and
 * whether the inputs are full-year reports whatever their titles say ({@code --period year}).
 */
public record ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year,
        boolean fullYear) {

    public ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year) {
        this(association, unit, year, false);
    }

    public static ReadOptions none() {
        return new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
