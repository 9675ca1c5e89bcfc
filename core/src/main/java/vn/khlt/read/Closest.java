package vn.khlt.read;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.khlt.plan.Names;

/**
 * The known names nearest to an unknown one, for messages ("Huyện Mỏ Cày"? Did you mean Mỏ
 * Cày Nam or Mỏ Cày Bắc?), by edit distance between names without case or diacritics.
 */
final class Closest {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    private static final int SHOWN = 3;

    private Closest() {
    }

    /** Up to three entries, nearest first, each shown by its label; ties keep the plan's order. */
    static <T> List<String> to(String name, List<T> entries, Function<T, List<String>> names, Function<T, String> label) {
        String key = Names.key(name);
        return entries.stream()
                .sorted(Comparator.comparingInt(entry -> names.apply(entry).stream()
                        .mapToInt(n -> DISTANCE.apply(key, Names.key(n))).min().orElse(Integer.MAX_VALUE)))
                .limit(SHOWN).map(label).toList();
    }
}
