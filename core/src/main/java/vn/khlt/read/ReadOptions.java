package vn.khlt.read;

import java.util.Optional;

/**
 * What the command line says about inputs that lack it: the association, unit or year of
 * every file read. A file that says otherwise is in contradiction, which is an error.
 */
public record ReadOptions(Optional<String> association, Optional<String> unit, Optional<Integer> year) {

    public static ReadOptions none() {
        return new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
