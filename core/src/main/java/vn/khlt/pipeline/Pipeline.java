package vn.khlt.pipeline;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.khlt.analyse.GapAnalysis;
import vn.khlt.analyse.GapRow;
import vn.khlt.analyse.UnitShortfall;
import vn.khlt.check.Validation;
import vn.khlt.check.ValidationOptions;
import vn.khlt.check.Validator;
import vn.khlt.facts.Consolidation;
import vn.khlt.i18n.Lang;
import vn.khlt.plan.Plan;
import vn.khlt.plan.UnitLevel;
import vn.khlt.read.Figure;
import vn.khlt.read.FigureSink;
import vn.khlt.read.ReadOptions;
import vn.khlt.read.ReadResult;
import vn.khlt.read.Submissions;
import vn.khlt.read.TableNote;
import vn.khlt.report.AnnualReport;
import vn.khlt.report.ReportTables;

/**
 * The one way a figure goes, whatever the command and however many files: the plan, then
 * {@code read} (files to figures with their cells), {@code check} (every figure against the
 * catalogue of findings, as it is read), {@code facts} (the figures that count, rolled up),
 * {@code analyse} (each target's standing) and {@code report} (the tables). Each command is one
 * call here; what it prints or writes is the renderers' business.
 */
public final class Pipeline {

    private final Plan plan;

    public Pipeline(Plan plan) {
        this.plan = plan;
    }

    public Plan plan() {
        return plan;
    }

    /** {@code khlt inspect}: every figure read, in order, beside the checks of all of them, and what was understood of each table. */
    public record Inspection(List<Figure> figures, Validation validation, List<TableNote> tables) {
    }

    public Inspection inspect(List<Path> inputs, ReadOptions read) {
        List<Figure> figures = new ArrayList<>();
        FigureSink kept = FigureSink.into(figures);
        Validator validator = new Validator(plan, ValidationOptions.defaults());
        ReadResult result = Submissions.read(plan, inputs, read, new FigureSink() {
            @Override
            public void accept(Figure figure) {
                kept.accept(figure);
                validator.accept(figure);
            }

            @Override
            public void discard(String file) {
                kept.discard(file);
                validator.discard(file);
            }
        });
        return new Inspection(figures, validator.finish(result), result.tables());
    }

    /** {@code khlt validate}: every input read, every figure checked, who sent what. */
    public Validation validate(List<Path> inputs, ReadOptions read, ValidationOptions options) {
        Validator validator = new Validator(plan, options);
        return validator.finish(Submissions.read(plan, inputs, read, validator));
    }

    /** {@code khlt gap}: the figures that count, and every target's standing as of a year. */
    public GapReport gap(List<Path> inputs, ReadOptions read, GapReport.Question question) {
        Validation validation = validate(inputs, read, ValidationOptions.defaults());
        Consolidation data = new Consolidation(plan, validation.facts(), question.unit(), Optional.empty());
        Optional<Integer> asOf = question.asOf().or(data::reportingYear);
        GapAnalysis analysis = new GapAnalysis(data);
        List<GapRow> rows = new ArrayList<>(asOf.map(analysis::asOf).orElse(List.of()));
        rows.removeIf(row -> !question.wants(row));
        if (question.ranking().isPresent()) {
            rows.sort(Comparator.comparing((GapRow r) -> r.indicator().code())
                    .thenComparing(r -> r.percent().orElse(BigDecimal.valueOf(-1))));
        }
        List<UnitShortfall> shortfalls = question.ranking().filter(GapReport.Ranking.UNIT::equals).isEmpty() ? List.of()
                : rows.stream().filter(r -> r.status().stillShort()).flatMap(r -> analysis.byUnit(r).stream()).toList();
        return new GapReport(validation, asOf, rows, shortfalls);
    }

    /**
     * {@code khlt report}: the annual report of a year (by default {@link Consolidation#reportingYear},
     * or the period's last when nothing came), its tables by unit down to a level (by default, see
     * {@link Consolidation#defaultDetail}).
     */
    public AnnualReport report(List<Path> inputs, ReadOptions read, Optional<Integer> year, Optional<UnitLevel> detail,
            Lang lang) {
        Validation validation = validate(inputs, read, ValidationOptions.defaults());
        Consolidation data = new Consolidation(plan, validation.facts(), Optional.empty(), detail);
        int reported = year.or(data::reportingYear).orElse(plan.period().to());
        List<GapRow> gap = new GapAnalysis(data).asOf(reported);
        return new AnnualReport(plan, reported, lang, validation,
                new ReportTables(plan, validation, data, gap, reported, lang).all());
    }

    /** {@code khlt review}: the checked inputs, the standing of every target as of the year, and the review written from it. */
    public record Reviewed(Validation validation, List<GapRow> rows, vn.khlt.report.Review review) {
    }

    /**
     * {@code khlt review}: the year's review (from {@code from}, the mid-term review over the
     * years so far), its sentences from {@code sentences}, laid out as {@code settings} says.
     */
    public Reviewed review(List<Path> inputs, ReadOptions read, int year, Optional<Integer> from, Lang lang,
            vn.khlt.report.ReviewSettings settings, vn.khlt.report.Sentences sentences, java.time.LocalDate date) {
        Validation validation = validate(inputs, read, ValidationOptions.defaults());
        List<GapRow> rows = new GapAnalysis(new Consolidation(plan, validation.facts())).asOf(year);
        vn.khlt.report.Review review = new vn.khlt.report.ReviewWriter(plan, rows, year, from, lang, sentences)
                .write(settings, date);
        return new Reviewed(validation, rows, review);
    }

    /** {@code khlt feedback}: the checked inputs and a letter to each office about its year's return. */
    public record Feedback(Validation validation, List<vn.khlt.report.FeedbackWriter.Letter> letters) {
    }

    public Feedback feedback(List<Path> inputs, ReadOptions read, int year, Lang lang, vn.khlt.report.ReviewSettings settings,
            vn.khlt.report.Sentences sentences, java.time.LocalDate date) {
        Validation validation = validate(inputs, read, ValidationOptions.defaults());
        return new Feedback(validation,
                new vn.khlt.report.FeedbackWriter(plan, validation, year, lang, sentences).letters(settings, date));
    }
}
