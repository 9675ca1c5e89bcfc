package vn.khlt.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.khlt.finding.Issue;
import vn.khlt.plan.Plan;
import vn.khlt.plan.Plans;

/** One reading of some inputs with the built-in plan, flattened for one-line assertions. */
record Reading(List<Figure> figures, ReadResult result) {

    static final Plan PLAN = Plans.defaultPlan();

    static Reading of(Path... inputs) {
        return of(ReadOptions.none(), inputs);
    }

    static Reading of(ReadOptions options, Path... inputs) {
        List<Figure> figures = new ArrayList<>();
        ReadResult result = Submissions.read(PLAN, Arrays.asList(inputs), options, FigureSink.into(figures));
        return new Reading(figures, result);
    }

    /** Each figure as {@code owner unit year indicator value|numerator/denominator @cell}. */
    List<String> lines() {
        return figures.stream().map(Reading::line).collect(Collectors.toList());
    }

    static String line(Figure f) {
        String amount = f.value().map(v -> v.stripTrailingZeros().toPlainString())
                .or(() -> f.numerator().isPresent() || f.denominator().isPresent()
                        ? java.util.Optional.of(f.numerator().map(n -> n.stripTrailingZeros().toPlainString()).orElse("-")
                                + "/" + f.denominator().map(d -> d.stripTrailingZeros().toPlainString()).orElse("-"))
                        : java.util.Optional.empty())
                .orElse("missing");
        String sheet = f.source().sheet().isEmpty() ? "" : f.source().sheet() + "!";
        return f.owner() + " " + f.unit() + " " + f.year() + " " + f.indicator() + " " + amount + " @" + sheet + f.source().cell();
    }

    /** Each issue as {@code code sheet!cell}, frictionless-style. */
    List<String> issues() {
        return result.issues().stream().map(Reading::issue).collect(Collectors.toList());
    }

    static String issue(Issue i) {
        String sheet = i.location().sheet().isEmpty() ? "" : i.location().sheet() + "!";
        String cell = i.location().cell();
        return i.code() + (sheet.isEmpty() && cell.isEmpty() ? "" : " " + sheet + cell);
    }

    static Path resource(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Reading.class.getResourceAsStream(name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
