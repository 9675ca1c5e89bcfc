package vn.khlt.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.khlt.analyse.Status;
import vn.khlt.pipeline.GapReport;
import vn.khlt.plan.Names;

/**
 * Option values that name things of the plan, as users guess them: the English word, or the
 * Vietnamese one with or without accents ({@code --by huyen}, {@code --by huyện}, {@code --by
 * unit}; {@code --status "chậm tiến độ"}, {@code --status cham-tien-do}, {@code --status off_track}).
 */
final class PlainWords {

    private PlainWords() {
    }

    /** A word as it is compared: no accents, no case, spaces, dashes and underscores alike. */
    static String plain(String word) {
        return Names.key(word.replace('_', ' ').replace('-', ' ')).strip().toLowerCase(Locale.ROOT);
    }

    /** A status by its key (on_track), its English or its Vietnamese label. */
    static final class StatusWord implements ITypeConverter<Status> {
        @Override
        public Status convert(String value) {
            String word = plain(value);
            for (Status status : Status.values()) {
                if (word.equals(plain(status.key())) || word.equals(plain(status.label().vi()))
                        || word.equals(plain(status.label().en()))) {
                    return status;
                }
            }
            throw new TypeConversionException("expected one of [" + String.join(", ", java.util.Arrays.stream(Status.values())
                    .map(Status::key).toList()) + "] or a status in Vietnamese (chậm tiến độ) but was '" + value + "'");
        }
    }

    /** --by: association (hội, đoàn thể) or unit (huyện, đơn vị). */
    static final class RankingWord implements ITypeConverter<GapReport.Ranking> {
        private static final List<String> ASSOCIATION = List.of("association", "hoi", "doan the");
        private static final List<String> UNIT = List.of("unit", "huyen", "don vi", "district");

        @Override
        public GapReport.Ranking convert(String value) {
            String word = plain(value);
            if (ASSOCIATION.contains(word)) {
                return GapReport.Ranking.ASSOCIATION;
            }
            if (UNIT.contains(word)) {
                return GapReport.Ranking.UNIT;
            }
            throw new TypeConversionException("expected one of [association, unit] (or hội, huyện) but was '" + value + "'");
        }
    }
}
