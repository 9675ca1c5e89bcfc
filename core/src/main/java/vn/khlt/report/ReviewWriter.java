package vn.khlt.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khlt.analyse.GapRow;
import vn.khlt.analyse.Status;
import vn.khlt.facts.Coverage;
import vn.khlt.facts.FactKey;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Plan;
import vn.khlt.plan.Target;
import vn.khlt.plan.TargetText;

/**
 * Writes the year's review from the gap analysis: I. a sentence per target and scope, grouped
 * by indicator as the plan lists them, with the consolidated table; II. the targets behind pace
 * and who did not report; III. the pace each target behind needs; an appendix per association.
 * Every sentence comes from {@link Sentences}; every number from a {@link GapRow}.
 */
public final class ReviewWriter {

    private final Plan plan;
    private final List<GapRow> rows;
    private final int year;
    private final Optional<Integer> from;
    private final Lang lang;
    private final Sentences sentences;

    public ReviewWriter(Plan plan, List<GapRow> rows, int year, Optional<Integer> from, Lang lang, Sentences sentences) {
        this.plan = plan;
        this.rows = List.copyOf(rows);
        this.year = year;
        this.from = from;
        this.lang = lang;
        this.sentences = sentences;
    }

    public Review write(ReviewSettings settings, LocalDate date) {
        String number = plan.number();
        String subtitle = from.isPresent()
                ? say("subtitle.period", "number", number, "from", String.valueOf(from.get()), "year", String.valueOf(year))
                : say("subtitle.year", "number", number, "year", String.valueOf(year));
        String placeDate = sentences.placeDate(settings, date);
        List<Review.Block> body = new ArrayList<>();
        String period = from.isPresent()
                ? say("period.span", "from", String.valueOf(from.get()), "year", String.valueOf(year))
                : say("period.year", "year", String.valueOf(year));
        body.add(new Review.Paragraph(say("opening", "number", number, "issued", issued(), "period", period), false));
        results(body);
        limits(body);
        directions(body);
        List<Review.Block> appendix = new ArrayList<>();
        appendix(appendix);
        return new Review(settings, date, placeDate, sentences.say("title"), subtitle, body, sentences.say("recipients"),
                appendix, year);
    }

    // --- I. results -------------------------------------------------------------------------

    private void results(List<Review.Block> body) {
        body.add(new Review.Heading(sentences.say("section.results")));
        for (Indicator indicator : plan.indicators()) {
            List<GapRow> mine = rows.stream().filter(r -> r.indicator().equals(indicator)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            body.add(new Review.Paragraph(say("indicator", "code", indicator.code(), "label", indicator.label().in(lang)), true));
            for (GapRow row : mine) {
                body.add(new Review.Item(sentence(row)));
            }
        }
        body.add(new Review.Grid(summary(rows, say("table.summary", "year", String.valueOf(year)), true)));
    }

    /** One target and scope in one sentence, with what is missing and an every-year target's record. */
    private String sentence(GapRow row) {
        String scope = scope(row.scope());
        if (row.status() == Status.NO_DATA || row.actual().isEmpty()) {
            return say("result.noData", "scope", scope);
        }
        StringBuilder text = new StringBuilder(say("result", "scope", scope, "actual", actual(row), "percent", percent(row),
                "target", target(row), "status", status(row.status())));
        if (row.target() instanceof Target.EveryYear && !row.note().in(lang).isEmpty()) {
            text.append(' ').append(say("result.record", "record", record(row)));
        }
        if (!row.coverage().complete() && row.status() != Status.NOT_APPLICABLE) {
            text.append(' ').append(say("result.incomplete", "share", row.coverage().share().in(lang),
                    "missing", row.coverage().who(plan).in(lang)));
        }
        return text.toString();
    }

    /** An every-year target's record, without the per-unit count that precedes it in the note. */
    private String record(GapRow row) {
        String note = row.note().in(lang);
        int semicolon = row.target().perUnit() ? note.indexOf("; ") : -1;
        return semicolon < 0 ? note : note.substring(semicolon + 2);
    }

    // --- II. shortcomings ---------------------------------------------------------------------

    private void limits(List<Review.Block> body) {
        body.add(new Review.Heading(sentences.say("section.limits")));
        List<GapRow> behind = behind();
        if (behind.isEmpty()) {
            body.add(new Review.Paragraph(sentences.say("limits.none"), false));
        } else {
            body.add(new Review.Paragraph(sentences.say("limits.behind"), false));
            for (GapRow row : behind) {
                // an every-year target is behind by the years it missed, whatever this year's figure
                boolean everyYear = row.target() instanceof Target.EveryYear;
                body.add(new Review.Item(say(everyYear ? "limits.behind.record" : "limits.behind.item",
                        "code", row.indicator().code(), "label", row.indicator().label().in(lang), "scope", scope(row.scope()),
                        "status", status(row.status()), "percent", percent(row), "record", everyYear ? record(row) : "")));
            }
        }
        Map<String, Set<String>> noReturn = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> blank = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (GapRow row : rows) {
            for (Coverage.Missing missing : row.coverage().missing()) {
                if (missing.year() != year || !seen.add(missing.owner() + "/" + missing.unit() + "/" + row.indicator().code())) {
                    continue;
                }
                if (missing.why() == Coverage.Why.NO_RETURN) {
                    noReturn.computeIfAbsent(missing.owner(), o -> new LinkedHashSet<>()).add(missing.unit());
                } else if (missing.why() == Coverage.Why.BLANK) {
                    blank.computeIfAbsent(missing.owner(), o -> new LinkedHashMap<>()).merge(row.indicator().code(), 1, Integer::sum);
                }
            }
        }
        if (noReturn.isEmpty()) {
            body.add(new Review.Paragraph(say("limits.complete", "year", String.valueOf(year)), false));
        } else {
            body.add(new Review.Paragraph(say("limits.missing", "year", String.valueOf(year)), false));
            noReturn.forEach((owner, units) -> body.add(new Review.Item(say("limits.missing.item", "association", owner(owner),
                    "units", String.join(", ", units.stream().map(this::unit).toList())))));
        }
        if (!blank.isEmpty()) {
            body.add(new Review.Paragraph(say("limits.blank", "year", String.valueOf(year)), false));
            blank.forEach((owner, codes) -> body.add(new Review.Item(say("limits.blank.item", "association", owner(owner),
                    "codes", String.join(", ", codes.keySet())))));
        }
    }

    /** The targets behind: off track, needing acceleration, or not achieved. */
    private List<GapRow> behind() {
        return rows.stream().filter(r -> r.status() == Status.OFF_TRACK || r.status() == Status.NEEDS_ACCELERATION
                || r.status() == Status.NOT_ACHIEVED).toList();
    }

    // --- III. directions ---------------------------------------------------------------------

    private void directions(List<Review.Block> body) {
        body.add(new Review.Heading(sentences.say("section.directions")));
        List<GapRow> behind = behind();
        if (behind.isEmpty()) {
            body.add(new Review.Paragraph(sentences.say("directions.none"), false));
        } else {
            body.add(new Review.Paragraph(sentences.say("directions.intro"), false));
        }
        for (GapRow row : behind) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("code", row.indicator().code());
            values.put("label", row.indicator().label().in(lang));
            values.put("scope", scope(row.scope()));
            values.put("target", row.target().perUnit() || row.indicator().measure() != Measure.COUNT
                    ? TargetText.figure(row.target(), row.indicator(), lang)
                    : TargetText.figure(row.target(), row.indicator(), lang) + " " + row.indicator().unit().in(lang));
            String key;
            if (year >= row.target().deadline() && !(row.target() instanceof Target.EveryYear)) {
                key = "directions.late";
            } else if (row.target() instanceof Target.EveryYear) {
                key = "directions.everyYear";
            } else if (row.requiredAnnualPace().isPresent() && row.actualAnnualPace().isPresent()
                    && row.target() instanceof Target.Cumulative) {
                key = "directions.pace";
                values.put("required", amount(row, row.requiredAnnualPace().get()));
                values.put("pace", amount(row, row.actualAnnualPace().get()));
            } else if (row.requiredAnnualPace().isPresent()) {
                key = "directions.level";
                values.put("required", amount(row, row.requiredAnnualPace().get()));
            } else {
                key = "directions.late";
            }
            body.add(new Review.Item(sentences.say(key, values)));
        }
        if (rows.stream().anyMatch(r -> r.coverage().missing().stream().anyMatch(m -> m.year() == year))) {
            body.add(new Review.Item(sentences.say("directions.reports")));
        }
    }

    // --- appendix ----------------------------------------------------------------------------

    private void appendix(List<Review.Block> body) {
        body.add(new Review.Heading(sentences.say("section.appendix")));
        for (Association association : plan.associations()) {
            List<GapRow> mine = rows.stream().filter(r -> r.scope().equals(association.code())).toList();
            if (!mine.isEmpty()) {
                body.add(new Review.Grid(summary(mine, say("appendix.association", "name", association.name().in(lang)), false)));
            }
        }
    }

    /** A table of rows: code, (scope,) target, actual, percent of target, status, figures in. */
    private Table summary(List<GapRow> of, String title, boolean withScope) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.left(sentences.say("column.code")));
        columns.add(Table.Column.left(sentences.say(withScope ? "column.scope" : "column.indicator")));
        columns.add(Table.Column.left(sentences.say("column.target")));
        columns.add(Table.Column.left(sentences.say("column.actual")));
        columns.add(Table.Column.left(sentences.say("column.percent")));
        columns.add(Table.Column.left(sentences.say("column.status")));
        columns.add(Table.Column.left(sentences.say("column.coverage")));
        List<List<Cell>> lines = new ArrayList<>();
        for (GapRow row : of) {
            boolean figures = row.actual().isPresent() && row.status() != Status.NO_DATA;
            lines.add(List.of(Cell.text(row.indicator().code()),
                    Cell.text(withScope ? scope(row.scope()) : row.indicator().label().in(lang)),
                    Cell.text(target(row)), Cell.text(figures ? actual(row) : ""), Cell.text(figures ? percent(row) : ""),
                    Cell.text(row.status().label().in(lang)), Cell.text(row.coverage().share().in(lang))));
        }
        return new Table(title, columns, lines);
    }

    // --- words and numbers ----------------------------------------------------------------------

    private String actual(GapRow row) {
        BigDecimal value = row.actual().orElse(BigDecimal.ZERO);
        if (row.target().perUnit()) {
            return say("actual.units", "met", number(value, 0), "of", number(row.targetValue(), 0));
        }
        if (row.indicator().measure() != Measure.COUNT) {
            return say("actual.rate", "value", number(value, 1));
        }
        if (row.target() instanceof Target.Cumulative cumulative) {
            return say("actual.cumulative", "value", number(value, 1), "unit", row.indicator().unit().in(lang),
                    "from", String.valueOf(cumulative.from()), "year", String.valueOf(Math.min(year, cumulative.deadline())));
        }
        return say("actual.count", "value", number(value, 1), "unit", row.indicator().unit().in(lang));
    }

    /** A pace or another amount in the row's measure: a count with its unit, a rate's change in percentage points. */
    private String amount(GapRow row, BigDecimal value) {
        return row.indicator().measure() == Measure.COUNT && !row.target().perUnit()
                ? say("actual.count", "value", number(value, 1), "unit", row.indicator().unit().in(lang))
                : say("actual.points", "value", number(value, 1));
    }

    private String percent(GapRow row) {
        return row.percent().map(p -> number(p, 1) + "%").orElse("—");
    }

    private String target(GapRow row) {
        return (TargetText.figure(row.target(), row.indicator(), lang) + " " + TargetText.when(row.target(), lang)).strip();
    }

    private String status(Status status) {
        return sentences.say("status." + status.key());
    }

    private String scope(String scope) {
        return switch (scope) {
            case "joint" -> sentences.say("scope.joint");
            case FactKey.PROVINCE -> sentences.say("scope.province");
            default -> owner(scope);
        };
    }

    private String owner(String code) {
        if (code.equals(FactKey.PROVINCE)) {
            return sentences.say("scope.province");
        }
        return plan.association(code).map(a -> a.name().in(lang)).orElse(code);
    }

    private String unit(String code) {
        return plan.unit(code).map(u -> u.name().in(lang)).orElse(code);
    }

    private String number(BigDecimal value, int decimals) {
        return Numbers.format(value, decimals, lang);
    }

    /** The plan's date as it is written: 05/12/2016. */
    private String issued() {
        String[] parts = plan.issued().split("-");
        return parts.length == 3 ? parts[2] + "/" + parts[1] + "/" + parts[0] : plan.issued();
    }


    private String say(String key, String... pairs) {
        return sentences.say(key, pairs);
    }
}
