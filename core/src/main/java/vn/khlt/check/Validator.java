package vn.khlt.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Numbers;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.read.Figure;
import vn.khlt.read.FigureSink;
import vn.khlt.read.ReadResult;

/**
 * Checks figures as they are read and keeps those that count. Each figure is checked on its
 * own (its year, whether the plan expects it, its numbers), then against the figures already
 * seen for the same association, unit, year and indicator; {@link #finish} runs the checks
 * that need every figure (year-on-year changes, completeness). docs/checks.md lists them all.
 */
public final class Validator implements FigureSink {

    private final Plan plan;
    private final ValidationOptions options;
    private final List<Issue> issues = new ArrayList<>();
    private final Map<FactKey, Entry> entries = new HashMap<>();
    private final Map<FactKey, String> received = new HashMap<>();
    private long figures;

    /** The first figure seen for a key (where, its numbers, its fact if sound), and whether another has contradicted it. */
    private static final class Entry {
        final Figure first;
        final Fact fact;
        boolean conflicted;

        Entry(Figure figure, Optional<Fact> fact) {
            this.first = figure;
            this.fact = fact.orElse(null);
        }
    }

    /** Reads every input and checks what was read: the one call behind {@code khlt validate}. */
    public static Validation validate(Plan plan, List<java.nio.file.Path> inputs, vn.khlt.read.ReadOptions read,
            ValidationOptions options) {
        Validator validator = new Validator(plan, options);
        ReadResult result = vn.khlt.read.Submissions.read(plan, inputs, read, validator);
        return validator.finish(result);
    }

    public Validator(Plan plan, ValidationOptions options) {
        this.plan = plan;
        this.options = options;
    }

    @Override
    public void accept(Figure figure) {
        figures++;
        Indicator indicator = plan.indicator(figure.indicator()).orElseThrow();
        FactKey key = new FactKey(figure.owner(), figure.unit(), figure.year(), figure.indicator());
        if (!plan.period().contains(figure.year())) {
            add("year-outside-period", Severity.ERROR, figure.source(), Text.of(
                    "Năm %d nằm ngoài giai đoạn %s của kế hoạch: kiểm tra lại năm báo cáo",
                    "The year %d is outside the plan's period %s: check the report's year")
                    .format(figure.year(), plan.period()));
            return;
        }
        if (figure.missing()) {
            return; // a blank is not a submission, and never a zero
        }
        received.putIfAbsent(key, figure.source().file());
        if (!expected(indicator, figure)) {
            return;
        }
        Optional<Fact> fact = ValueChecks.check(indicator, figure, this::add).map(f -> new Fact(key, f.value(),
                f.numerator(), f.denominator(), sources(figure)));
        Entry entry = entries.get(key);
        if (entry == null) {
            entries.put(key, new Entry(figure, fact));
        } else if (fact.isPresent()) {
            duplicate(entry, figure);
        }
    }

    @Override
    public void discard(String file) {
        entries.values().removeIf(e -> e.first.source().file().equals(file));
        received.values().removeIf(file::equals);
    }

    /** Runs the checks that need every figure, and gives the outcome. */
    public Validation finish(ReadResult read) {
        TreeMap<FactKey, Fact> facts = new TreeMap<>();
        entries.forEach((key, entry) -> {
            if (!entry.conflicted && entry.fact != null) {
                facts.put(key, entry.fact);
            }
        });
        TrendChecks.check(plan, facts, options.jumpFactor(), this::add);
        List<Completeness> completeness = CompletenessCheck.check(plan, facts, received, options, this::add);
        List<Issue> all = new ArrayList<>(read.issues());
        all.addAll(issues);
        return new Validation(plan.id(), read.files(), IssueOrder.sort(all, read.files()), facts, completeness,
                read.figures());
    }

    /** Whether the plan expects this figure from its association and at its unit's level. */
    private boolean expected(Indicator indicator, Figure figure) {
        Optional<String> association = figure.association();
        if (association.isPresent() && !indicator.reportedBy().contains(association.get())) {
            add("not-expected", Severity.WARNING, figure.source(), Text.of(
                    "Kế hoạch không giao chỉ tiêu %s cho %s nên số liệu này không được tính",
                    "The plan does not expect %s from %s, so this figure is not counted")
                    .format(indicator.code(), association.get()));
            return false;
        }
        Optional<ReportingUnit> unit = plan.unit(figure.unit());
        if (indicator.reportedAt().isPresent() && unit.isPresent() && unit.get().level() != indicator.reportedAt().get()) {
            Text level = indicator.reportedAt().get().label();
            add("not-expected", Severity.WARNING, figure.source(), Text.of(
                    "Chỉ tiêu %s chỉ do đơn vị cấp " + level.vi() + " báo cáo, không phải %s, nên số liệu này không được tính",
                    "%s is reported by units at " + level.en() + " level only, not by %s, so this figure is not counted")
                    .format(indicator.code(), unit.get().name().vi()));
            return false;
        }
        return true;
    }

    private void duplicate(Entry entry, Figure figure) {
        Location first = entry.first.source();
        boolean same = amounts(entry.first).equals(amounts(figure));
        if (same && !entry.conflicted) {
            add("duplicate", Severity.WARNING, figure.source(), Text.of(
                    String.format("Số liệu này đã có ở %s với cùng giá trị; chỉ tính một lần. Xóa bản trùng",
                            first.describe(Lang.VI)),
                    String.format("This figure is also given at %s with the same value; it counts once. Remove the copy",
                            first.describe(Lang.EN))));
            return;
        }
        entry.conflicted = true;
        add("conflicting-duplicate", Severity.ERROR, figure.source(), Text.of(
                String.format("Số liệu %s này khác với số đã báo cáo ở %s (%s so với %s); cả hai không được tính cho đến khi "
                        + "thống nhất một số", figure.indicator(), first.describe(Lang.VI), display(figure, Lang.VI),
                        display(entry.first, Lang.VI)),
                String.format("This %s figure differs from the one given at %s (%s against %s); neither counts until "
                        + "they agree", figure.indicator(), first.describe(Lang.EN), display(figure, Lang.EN),
                        display(entry.first, Lang.EN))));
    }

    private static String amounts(Figure f) {
        return plain(f.value()) + "|" + plain(f.numerator()) + "|" + plain(f.denominator());
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(v -> v.stripTrailingZeros().toPlainString()).orElse("");
    }

    static String display(Figure f, Lang lang) {
        if (f.value().isPresent()) {
            return Numbers.format(f.value().get(), 6, lang);
        }
        return f.numerator().map(n -> Numbers.format(n, 6, lang)).orElse("?") + "/"
                + f.denominator().map(d -> Numbers.format(d, 6, lang)).orElse("?");
    }

    private static List<Location> sources(Figure figure) {
        List<Location> sources = new ArrayList<>();
        sources.add(figure.source());
        figure.denominatorSource().ifPresent(sources::add);
        return sources;
    }

    private void add(String code, Severity severity, Location location, Text message) {
        issues.add(new Issue(code, severity, location, message));
    }

    /** Receives an issue found by a check. */
    interface Findings {
        void add(String code, Severity severity, Location location, Text message);
    }

    static boolean isCount(Indicator indicator) {
        return indicator.measure() != Measure.RATE;
    }
}
