package vn.khlt.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a plan's association or unit by any of its names and aliases, whatever the case,
 * diacritics or administrative prefix. A key that two entries share is ambiguous and finds
 * neither, so that "Bến Tre" (the province or its city?) is never silently resolved.
 */
public final class NameIndex<T> {

    private final Map<String, List<T>> byKey = new LinkedHashMap<>();

    /** An index of the entries' names, keyed by {@code keyOf} (which gives {@link Names#key}, perhaps remembered). */
    NameIndex(List<T> entries, Function<T, List<String>> names, Function<String, String> keyOf) {
        for (T entry : entries) {
            for (String name : names.apply(entry)) {
                String key = keyOf.apply(name);
                add(key, entry);
                Names.withoutPrefix(key).ifPresent(k -> add(k, entry));
            }
        }
    }

    private void add(String key, T entry) {
        if (key.isEmpty()) {
            return;
        }
        List<T> found = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (T known : found) {
            if (known == entry) { // the same entry by another of its names; two entries never merge
                return;
            }
        }
        found.add(entry);
    }

    /** The one entry that the name stands for, if exactly one does. */
    public Optional<T> find(String name) {
        List<T> found = candidates(name);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Every entry that the name could stand for: none, one, or several when it is ambiguous. */
    public List<T> candidates(String name) {
        String key = Names.key(name);
        List<T> found = byKey.get(key);
        if (found == null) {
            found = Names.withoutPrefix(key).map(byKey::get)
                    .or(() -> Names.withoutSuffix(key).map(byKey::get)) // "Giồng Trôm (huyện)"
                    .or(() -> Names.placeOfOffice(key).map(this::candidates)) // "Huyện hội Ba Tri"
                    .orElse(List.of());
        }
        return List.copyOf(found);
    }

    /** Every key with the entries it stands for, in the order they were added. */
    Map<String, List<T>> keys() {
        return byKey;
    }
}
