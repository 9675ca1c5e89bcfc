package vn.khlt.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.khlt.check.Validation;
import vn.khlt.facts.Consolidation;
import vn.khlt.facts.Coverage;
import vn.khlt.facts.Fact;
import vn.khlt.facts.FactTable;
import vn.khlt.finding.Issue;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.plan.Association;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.plan.Scope;
import vn.khlt.plan.Target;
import vn.khlt.plan.TargetText;

/**
 * A letter back to each office (association × unit) about its year's return, as the plan's
 * two-way reporting asks: what was received (files, size, time, checksum), each error or
 * warning in it with its place and how to fix it, its figures beside the median of the
 * association's units and the target that applies to a unit, and what is still missing. An
 * office whose return never came gets a letter that says so.
 */
public final class FeedbackWriter {

    /** A letter and where it goes: the association's folder and a file name. */
    public record Letter(String association, String unit, String file, Review review) {
    }

    private final Plan plan;
    private final Validation validation;
    private final Consolidation data;
    private final int year;
    private final Lang lang;
    private final Sentences sentences;

    public FeedbackWriter(Plan plan, Validation validation, int year, Lang lang, Sentences sentences) {
        this.plan = plan;
        this.validation = validation;
        this.data = new Consolidation(plan, validation.facts());
        this.year = year;
        this.lang = lang;
        this.sentences = sentences;
    }

    /** A letter per association and unit expected to report any of its indicators, in plan order. */
    public List<Letter> letters(ReviewSettings settings, LocalDate date) {
        List<Letter> letters = new ArrayList<>();
        for (Association association : plan.associations()) {
            for (ReportingUnit unit : plan.units()) {
                List<Indicator> expected = expected(association, unit);
                if (!expected.isEmpty()) {
                    letters.add(letter(association, unit, expected, settings, date));
                }
            }
        }
        return letters;
    }

    private List<Indicator> expected(Association association, ReportingUnit unit) {
        return plan.indicators().stream().filter(i -> !i.provincial() && i.reportedBy().contains(association.code()))
                .filter(i -> expectedUnits.computeIfAbsent(i, k -> data.expectedUnits(k).stream().map(ReportingUnit::code)
                        .collect(java.util.stream.Collectors.toSet())).contains(unit.code())).toList();
    }

    // Each of these is the same for every letter: found once, so that a national plan's ten thousand letters
    // do not hash the same files, scan the same units or list the same issues again for each office.
    private final Map<Indicator, Set<String>> expectedUnits = new HashMap<>();
    private final Map<String, Provenance.Input> inputs = new HashMap<>();
    private final Map<String, Optional<BigDecimal>> medians = new HashMap<>();
    private final Map<String, Map<String, Coverage.Why>> missing = new HashMap<>();
    private Map<String, List<Issue>> issuesByFile;

    /** An indicator's missing figures of an association's units this year, by unit. */
    private Map<String, Coverage.Why> missing(Indicator indicator, String owner) {
        return missing.computeIfAbsent(owner + "/" + indicator.code(), k -> {
            Map<String, Coverage.Why> byUnit = new HashMap<>();
            data.coverage(indicator, List.of(owner), year, year).missing().forEach(m -> byUnit.put(m.unit(), m.why()));
            return byUnit;
        });
    }

    /** The errors and warnings of a file read. */
    private List<Issue> issues(String file) {
        if (issuesByFile == null) {
            issuesByFile = new HashMap<>();
            validation.issues().stream().filter(i -> i.severity() != vn.khlt.finding.Severity.NOTE)
                    .forEach(i -> issuesByFile.computeIfAbsent(i.location().file(), f -> new ArrayList<>()).add(i));
        }
        return issuesByFile.getOrDefault(file, List.of());
    }

    private Letter letter(Association association, ReportingUnit unit, List<Indicator> expected, ReviewSettings settings,
            LocalDate date) {
        String owner = association.code();
        String name = association.name().in(lang);
        String unitName = unit.name().in(lang);
        FactTable facts = validation.facts();
        List<Review.Block> body = new ArrayList<>();
        body.add(new Review.Paragraph(say("feedback.to", "association", name, "unit", unitName), true));
        body.add(new Review.Paragraph(say("feedback.opening", "number", plan.number(), "year", String.valueOf(year),
                "lead", settings.issuers().isEmpty() ? "" : settings.issuers().get(0)), false));
        // 1. what came, and from which files
        Set<String> files = new LinkedHashSet<>();
        for (Indicator indicator : expected) {
            long address = facts.address(owner, unit.code(), year, indicator.code());
            if (address >= 0 && facts.standing(owner, unit.code(), year, indicator.code()) != FactTable.Standing.NOTHING) {
                facts.first(address).sources().forEach(l -> files.add(l.file()));
            }
        }
        body.add(new Review.Heading(sentences.say("feedback.received")));
        if (files.isEmpty()) {
            body.add(new Review.Paragraph(say("feedback.received.none", "year", String.valueOf(year)), false));
        } else {
            for (String file : files) {
                Provenance.Input input = inputs.computeIfAbsent(file, Provenance::input);
                body.add(new Review.Item(say("feedback.received.item", "file", Path.of(input.path()).getFileName().toString(),
                        "size", Numbers.format(BigDecimal.valueOf(input.size()), 0, lang), "modified",
                        input.modified().toString(), "sha", input.sha256())));
            }
        }
        // 2. what to correct
        body.add(new Review.Heading(sentences.say("feedback.findings")));
        List<Issue> issues = files.stream().flatMap(f -> issues(f).stream()).toList();
        if (issues.isEmpty() && !files.isEmpty()) {
            body.add(new Review.Paragraph(sentences.say("feedback.findings.none"), false));
        }
        for (Issue issue : issues) {
            body.add(new Review.Item(say("feedback.findings.item", "where", issue.location().describe(lang),
                    "message", issue.message().in(lang), "fix", issue.finding().fix().in(lang))));
        }
        // 3. its figures beside the others'
        body.add(new Review.Heading(sentences.say("feedback.figures")));
        body.add(new Review.Grid(figures(association, unit, expected)));
        // 4. what is missing
        body.add(new Review.Heading(sentences.say("feedback.missing")));
        int absent = 0;
        for (Indicator indicator : expected) {
            Coverage.Why why = missing(indicator, owner).get(unit.code());
            if (why != null) {
                absent++;
                body.add(new Review.Item(say("feedback.missing.item", "code", indicator.code(),
                        "label", indicator.label().in(lang), "why", why.label().in(lang))));
            }
        }
        if (absent == 0) {
            body.add(new Review.Paragraph(sentences.say("feedback.missing.none"), false));
        }
        body.add(new Review.Paragraph(sentences.say("feedback.closing"), false));
        ReviewSettings from = new ReviewSettings(settings.issuers().isEmpty() ? List.of() : List.of(settings.issuers().get(0)),
                settings.number().replace("/BC-LT", "/TB"), settings.heading(), settings.place(),
                settings.signers().isEmpty() ? List.of() : List.of(settings.signers().get(0)),
                List.of(sentences.say("feedback.recipient.0"), sentences.say("feedback.recipient.1")));
        String placeDate = sentences.placeDate(settings, date);
        Review review = new Review(from, date, placeDate, sentences.say("feedback.title"),
                say("feedback.subtitle", "year", String.valueOf(year), "association", name, "unit", unitName), body,
                sentences.say("recipients"), List.of(), year);
        return new Letter(owner, unit.code(), "phan-hoi-" + owner + "-" + unit.code() + "-" + year + ".docx", review);
    }

    /** Each indicator: the unit's figure, the median of the association's units, the target a unit is held to. */
    private Table figures(Association association, ReportingUnit unit, List<Indicator> expected) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Indicator indicator : expected) {
            Optional<Fact> fact = data.unit(indicator, association.code(), unit.code(), year);
            Optional<BigDecimal> median = medians.computeIfAbsent(association.code() + "/" + indicator.code(), k -> {
                List<BigDecimal> all = new ArrayList<>();
                for (ReportingUnit other : data.expectedUnits(indicator)) {
                    data.unit(indicator, association.code(), other.code(), year).flatMap(this::figure).ifPresent(all::add);
                }
                return median(all);
            });
            rows.add(List.of(Cell.text(indicator.code()), Cell.text(indicator.label().in(lang)),
                    Cell.text(fact.map(f -> shown(indicator, f)).orElse("—")),
                    Cell.text(median.map(m -> shownNumber(indicator, m)).orElse("—")),
                    Cell.text(target(indicator, association.code()))));
        }
        return new Table(say("feedback.table", "year", String.valueOf(year), "association", association.name().in(lang),
                "unit", unit.name().in(lang)), List.of(Table.Column.left(sentences.say("column.code")),
                Table.Column.left(sentences.say("column.indicator")), Table.Column.left(sentences.say("feedback.column.figure")),
                Table.Column.left(sentences.say("feedback.column.median")),
                Table.Column.left(sentences.say("feedback.column.target"))), rows);
    }

    /** A unit's figure as one number: a rate in percent, a yes as 100, a count as it is. */
    private Optional<BigDecimal> figure(Fact fact) {
        if (fact.isRate()) {
            return fact.percent();
        }
        return Optional.of(fact.amount());
    }

    private String shown(Indicator indicator, Fact fact) {
        if (indicator.measure() == Measure.YES_NO) {
            return sentences.say(fact.amount().signum() > 0 ? "feedback.yes" : "feedback.no");
        }
        return figure(fact).map(v -> shownNumber(indicator, v)).orElse("—");
    }

    private String shownNumber(Indicator indicator, BigDecimal value) {
        if (indicator.measure() == Measure.YES_NO) {
            return Numbers.format(value.multiply(BigDecimal.valueOf(100)), 1, lang) + "%";
        }
        return Numbers.format(value, 1, lang) + (indicator.measure() == Measure.RATE ? "%" : "");
    }

    /** The median of some figures: the middle one, or the mean of the two middle ones. */
    static Optional<BigDecimal> median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return Optional.of(sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_EVEN));
    }

    /** The target a unit is held to: a rate's or a yes/no's (each unit's own), a per-unit target; a province's total is not shared out. */
    private String target(Indicator indicator, String association) {
        for (Target target : indicator.targets()) {
            boolean mine = target.scope() instanceof Scope.Each || target.scope().key().equals(association);
            if (mine && (target.perUnit() || indicator.measure() != Measure.COUNT)) {
                return (TargetText.figure(target, indicator, lang) + " " + TargetText.when(target, lang)).strip();
            }
        }
        return "—";
    }

    private String say(String key, String... pairs) {
        return sentences.say(key, pairs);
    }
}
