package vn.khlt.analyse;

import vn.khlt.facts.Consolidation;
import vn.khlt.facts.Coverage;
import vn.khlt.facts.Fact;
import vn.khlt.facts.Total;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Measure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.plan.Scope;
import vn.khlt.plan.Target;

/**
 * For every target and scope as of a year: actual, target, expected by now, gap, percent,
 * status, the pace needed against the pace so far, and a projection to the deadline. Every
 * rule and formula is in docs/gap-analysis.md.
 */
public final class GapAnalysis {

    /** A figure at least this share of its target is "exceeded" rather than "achieved". */
    static final BigDecimal EXCEEDED = new BigDecimal("1.10");
    /** Below expected-by-now but at least this share of it: "needs acceleration"; lower: "off track". */
    static final BigDecimal ACCELERATION = new BigDecimal("0.90");
    /** A year past the deadline is given as "reached in" only this many years past it: further on, a pace means nothing. */
    static final int HORIZON = 3;
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Consolidation data;
    private final Plan plan;

    public GapAnalysis(Consolidation data) {
        this.data = data;
        this.plan = data.plan();
    }

    /** Every target of every indicator, in plan order; each target once per association for scope {@code each}. */
    public List<GapRow> asOf(int year) {
        List<GapRow> rows = new ArrayList<>();
        for (Indicator indicator : plan.indicators()) {
            for (Target target : indicator.targets()) {
                for (String scope : scopes(indicator, target.scope())) {
                    rows.add(row(indicator, target, scope, year));
                }
            }
        }
        return rows;
    }

    /**
     * The units of a row's scope ranked by their share of its shortfall, largest first; units
     * that fall short only. A joint scope looks at each unit's figures of all the associations
     * together. Per-unit targets count what each unit misses of its own figure; a rate, the
     * numerator each unit lacks to reach the target on its own denominator; a count, what each
     * unit lacks of an even share of the scope's expected-by-now.
     */
    public List<UnitShortfall> byUnit(GapRow row) {
        List<UnitShortfall> parts = new ArrayList<>();
        Indicator indicator = row.indicator();
        List<ReportingUnit> units = data.expectedUnits(indicator);
        List<String> owners = owners(indicator, row.scope());
        int year = row.asOf();
        for (ReportingUnit unit : units) {
            List<Fact> facts = owners.stream().map(o -> data.unit(indicator, o, unit.code(), year)).flatMap(Optional::stream).toList();
            BigDecimal actual;
            BigDecimal expected;
            if (row.target().perUnit()) {
                actual = facts.stream().map(Fact::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                expected = row.target() instanceof Target.EveryYear every ? every.value() : BigDecimal.ONE;
            } else if (indicator.isRate()) {
                if (facts.isEmpty() || row.expectedByNow().isEmpty()) {
                    continue;
                }
                actual = facts.stream().map(f -> f.numerator().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal families = facts.stream().map(f -> f.denominator().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
                expected = row.expectedByNow().get().multiply(families).divide(HUNDRED, 0, RoundingMode.CEILING);
            } else {
                if (row.expectedByNow().isEmpty()) {
                    continue;
                }
                actual = BigDecimal.ZERO;
                for (String owner : owners) {
                    actual = actual.add(row.target() instanceof Target.Cumulative cumulative
                            ? unitToDate(indicator, owner, unit.code(), cumulative.from(), year)
                            : data.unit(indicator, owner, unit.code(), year).map(Fact::amount).orElse(BigDecimal.ZERO));
                }
                expected = div(row.expectedByNow().get(), BigDecimal.valueOf(units.size()));
            }
            BigDecimal shortfall = expected.subtract(actual);
            if (shortfall.signum() > 0) {
                parts.add(new UnitShortfall(row, row.scope(), unit.code(), actual, expected, shortfall, BigDecimal.ZERO));
            }
        }
        BigDecimal total = parts.stream().map(UnitShortfall::shortfall).reduce(BigDecimal.ZERO, BigDecimal::add);
        return parts.stream()
                .map(p -> new UnitShortfall(p.row(), p.owner(), p.unit(), p.actual(), p.expected(), p.shortfall(),
                        percent(p.shortfall(), total)))
                .sorted(java.util.Comparator.comparing(UnitShortfall::shortfall).reversed())
                .toList();
    }

    private BigDecimal unitToDate(Indicator indicator, String owner, String unit, int from, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int y = from; y <= year; y++) {
            sum = sum.add(data.unit(indicator, owner, unit, y).map(Fact::amount).orElse(BigDecimal.ZERO));
        }
        return sum;
    }

    private List<String> scopes(Indicator indicator, Scope scope) {
        if (scope instanceof Scope.Each) {
            return indicator.reportedBy();
        }
        return List.of(scope.key());
    }

    private List<String> owners(Indicator indicator, String scope) {
        if (scope.equals("joint")) {
            return indicator.reportedBy();
        }
        return List.of(scope);
    }

    GapRow row(Indicator indicator, Target target, String scope, int year) {
        List<String> owners = owners(indicator, scope);
        if (forTheWholeProvince(indicator, target)) {
            return notApplicable(indicator, target, scope, owners, year);
        }
        if (target.perUnit()) {
            return perUnit(indicator, target, scope, owners, year);
        }
        if (target instanceof Target.Cumulative cumulative) {
            return cumulative(indicator, cumulative, scope, owners, year);
        }
        if (target instanceof Target.EveryYear every) {
            return everyYear(indicator, every, scope, owners, year);
        }
        return level(indicator, target, scope, owners, year);
    }

    /**
     * Whether the target is the province's whole and a unit below it was asked for: a count
     * summed over the province (no share of it is set for a district), or a provincial figure.
     */
    private boolean forTheWholeProvince(Indicator indicator, Target target) {
        boolean below = data.unitAsked().flatMap(plan::unit).map(u -> u.parent().isPresent()).orElse(false);
        return below && (indicator.provincial() || indicator.measure() == Measure.COUNT && !target.perUnit());
    }

    private GapRow notApplicable(Indicator indicator, Target target, String scope, List<String> owners, int year) {
        Optional<BigDecimal> thisYear = value(data.year(indicator, owners, year));
        Optional<BigDecimal> actual = target instanceof Target.Cumulative cumulative
                ? value(data.toDate(indicator, owners, cumulative.from(), Math.min(year, cumulative.deadline()))) : thisYear;
        return new GapRow(indicator, target, scope, year, target.goal(), thisYear, actual, Optional.empty(),
                Optional.empty(), Optional.empty(), Status.NOT_APPLICABLE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Text.of("mục tiêu đặt cho cả tỉnh, không chia cho từng đơn vị",
                        "a target for the whole province, not shared out among its units"),
                data.coverage(indicator, owners, year, year), Status.NOT_APPLICABLE);
    }

    private GapRow cumulative(Indicator indicator, Target.Cumulative target, String scope, List<String> owners, int year) {
        BigDecimal total = target.value();
        int span = target.deadline() - target.from() + 1;
        int last = Math.min(year, target.deadline());
        int elapsed = Math.max(0, last - target.from() + 1);
        Coverage coverage = data.coverage(indicator, owners, target.from(), last);
        Optional<BigDecimal> thisYear = value(data.year(indicator, owners, year));
        Optional<BigDecimal> actual = value(data.toDate(indicator, owners, target.from(), last));
        BigDecimal expected = div(total.multiply(BigDecimal.valueOf(elapsed)), BigDecimal.valueOf(span));
        if (actual.isEmpty()) {
            return empty(indicator, target, scope, year, total, Optional.of(expected), coverage);
        }
        BigDecimal a = actual.get();
        BigDecimal gap = total.subtract(a);
        int left = target.deadline() - year;
        List<Text> notes = new ArrayList<>();
        Optional<BigDecimal> required = left > 0 ? Optional.of(div(gap.max(BigDecimal.ZERO), BigDecimal.valueOf(left)))
                : Optional.empty();
        BigDecimal pace = div(a, BigDecimal.valueOf(Math.max(1, elapsed)));
        BigDecimal projected = left > 0 ? a.add(pace.multiply(BigDecimal.valueOf(left))) : a;
        boolean reached = a.compareTo(total) >= 0;
        Optional<Integer> reachedIn = reached ? firstYearReached(indicator, owners, target, total)
                : left > 0 ? ahead(year, gap, Optional.of(pace), target.deadline(), notes) : Optional.empty();
        Status figures = reached ? reachedStatus(a, total)
                : year >= target.deadline() ? Status.NOT_ACHIEVED : pacing(a, expected);
        return new GapRow(indicator, target, scope, year, total, thisYear, actual, Optional.of(expected), Optional.of(gap),
                Optional.of(percent(a, total)), settle(figures, coverage, indicator, target), required, Optional.of(pace),
                Optional.of(projected), reachedIn, join(notes), coverage, figures);
    }

    private Optional<Integer> firstYearReached(Indicator indicator, List<String> owners, Target.Cumulative target, BigDecimal total) {
        for (int y = target.from(); y <= target.deadline(); y++) {
            Optional<BigDecimal> sum = value(data.toDate(indicator, owners, target.from(), y));
            if (sum.isPresent() && sum.get().compareTo(total) >= 0) {
                return Optional.of(y);
            }
        }
        return Optional.empty();
    }

    /**
     * Judged year by year: the period is met only if every year so far was. A year is met when
     * its figure meets the target (a count short of units already meeting it counts as met, as
     * the missing can only add to it), missed when its figures are complete and fall short, and
     * unknown otherwise.
     */
    private GapRow everyYear(Indicator indicator, Target.EveryYear target, String scope, List<String> owners, int year) {
        BigDecimal value = target.value();
        int last = Math.min(year, target.deadline());
        Coverage coverage = data.coverage(indicator, owners, target.from(), last);
        Optional<BigDecimal> actual = value(data.year(indicator, owners, year));
        if (actual.isEmpty()) {
            return empty(indicator, target, scope, year, value, Optional.of(value), coverage);
        }
        Record record = new Record();
        int reported = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int y = target.from(); y <= last; y++) {
            Optional<BigDecimal> flow = value(data.year(indicator, owners, y));
            if (flow.isEmpty()) {
                record.unknown.add(y);
                continue;
            }
            reported++;
            sum = sum.add(flow.get());
            boolean holds = flow.get().compareTo(value) >= 0;
            boolean complete = data.coverage(indicator, owners, y, y).complete();
            record.add(y, holds, complete || holds && indicator.measure() == Measure.COUNT);
        }
        BigDecimal a = actual.get();
        Status figures = record.below.isEmpty() ? reachedStatus(a, value) : Status.NOT_ACHIEVED;
        Status status = !record.missed.isEmpty() ? Status.NOT_ACHIEVED
                : !record.unknown.isEmpty() ? Status.INCOMPLETE : reachedStatus(a, value);
        Optional<BigDecimal> pace = indicator.isRate() ? Optional.empty()
                : Optional.of(div(sum, BigDecimal.valueOf(Math.max(1, reported))));
        return new GapRow(indicator, target, scope, year, value, actual, actual, Optional.of(value),
                Optional.of(value.subtract(a)), Optional.of(percent(a, value)), status, Optional.of(value),
                pace, Optional.empty(), Optional.empty(), record.describe(last - target.from() + 1), coverage, figures);
    }

    /** The years of an every-year target: met, missed, unknown, and those whose own figures fall short. */
    private static final class Record {
        final List<Integer> met = new ArrayList<>();
        final List<Integer> missed = new ArrayList<>();
        final List<Integer> unknown = new ArrayList<>();
        final List<Integer> below = new ArrayList<>();

        void add(int year, boolean holds, boolean sure) {
            if (!holds) {
                below.add(year);
            }
            (sure ? holds ? met : missed : unknown).add(year);
        }

        /** "đạt 3/4 năm; không đạt: 2018; chưa đủ số liệu: 2017". */
        Text describe(int years) {
            String vi = "đạt " + met.size() + "/" + years + " năm";
            String en = "met " + met.size() + " of " + years + " years";
            if (!missed.isEmpty()) {
                vi += "; không đạt: " + years(missed);
                en += "; missed: " + years(missed);
            }
            if (!unknown.isEmpty()) {
                vi += "; chưa đủ số liệu: " + years(unknown);
                en += "; incomplete: " + years(unknown);
            }
            return Text.of(vi, en);
        }

        private static String years(List<Integer> years) {
            return years.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /**
     * At least the figure at each unit: counted in units that met it, of the units expected. An
     * every-year per-unit target is judged year by year; a year is missed as soon as one unit
     * that reported fell short, met when every unit expected reported and met it.
     */
    private GapRow perUnit(Indicator indicator, Target target, String scope, List<String> owners, int year) {
        BigDecimal value = target instanceof Target.EveryYear every ? every.value()
                : target instanceof Target.Level level ? level.value() : BigDecimal.ONE;
        int first = target instanceof Target.EveryYear every ? every.from() : year;
        int last = Math.min(year, Math.max(first, target.deadline()));
        List<ReportingUnit> units = data.expectedUnits(indicator);
        int expectedUnits = units.size() * owners.size();
        Coverage coverage = data.coverage(indicator, owners, first, last);
        Record record = new Record();
        int met = 0;
        int reported = 0;
        for (int y = first; y <= last; y++) {
            int metThen = 0;
            int reportedThen = 0;
            for (String owner : owners) {
                for (ReportingUnit unit : units) {
                    Optional<BigDecimal> fact = data.unit(indicator, owner, unit.code(), y).map(Fact::amount);
                    if (fact.isPresent()) {
                        reportedThen++;
                        metThen += fact.get().compareTo(value) >= 0 ? 1 : 0;
                    }
                }
            }
            boolean missed = metThen < reportedThen;
            record.add(y, !missed && reportedThen == expectedUnits, missed || reportedThen == expectedUnits);
            if (y == year) {
                met = metThen;
                reported = reportedThen;
            }
        }
        BigDecimal expected = BigDecimal.valueOf(expectedUnits);
        if (reported == 0) {
            return empty(indicator, target, scope, year, expected, Optional.of(expected), coverage);
        }
        BigDecimal a = BigDecimal.valueOf(met);
        BigDecimal share = percent(a, expected);
        Status behind = year >= target.deadline() || target instanceof Target.EveryYear ? Status.NOT_ACHIEVED
                : share.compareTo(ACCELERATION.multiply(HUNDRED)) >= 0 ? Status.NEEDS_ACCELERATION : Status.OFF_TRACK;
        Status figures = met == reported && record.missed.isEmpty() ? Status.ACHIEVED : behind;
        Status status = !record.missed.isEmpty() ? behind : !record.unknown.isEmpty() ? Status.INCOMPLETE : Status.ACHIEVED;
        Text note = Text.of(met + "/" + expectedUnits + " đơn vị đạt", met + " of " + expectedUnits + " units met it");
        if (target instanceof Target.EveryYear) {
            Text years = record.describe(last - first + 1);
            note = Text.of(note.vi() + "; " + years.vi(), note.en() + "; " + years.en());
        }
        return new GapRow(indicator, target, scope, year, expected, Optional.of(a), Optional.of(a), Optional.of(expected),
                Optional.of(expected.subtract(a)), Optional.of(share), status, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), note, coverage, figures);
    }

    /** Levels (at least, above, below, at most), ranges and milestones. */
    private GapRow level(Indicator indicator, Target target, String scope, List<String> owners, int year) {
        int deadline = target.deadline();
        int from = plan.period().from();
        BigDecimal due;
        boolean ceiling = false;
        Target.Path path = Target.Path.FLAT;
        BigDecimal goal = target.goal();
        if (target instanceof Target.Level level) {
            due = goal;
            path = level.path();
            ceiling = level.comparison() == Target.Comparison.BELOW || level.comparison() == Target.Comparison.AT_MOST;
        } else if (target instanceof Target.Range range) {
            due = goal;
            path = range.path();
        } else {
            Target.Milestones milestones = (Target.Milestones) target;
            SortedMap<Integer, BigDecimal> upTo = milestones.byYear().headMap(year + 1);
            due = upTo.isEmpty() ? milestones.byYear().get(milestones.byYear().firstKey()) : upTo.get(upTo.lastKey());
        }
        Coverage coverage = data.coverage(indicator, owners, year, year);
        Optional<BigDecimal> actual = value(data.year(indicator, owners, year));
        Optional<BigDecimal> base = year > from ? value(data.year(indicator, owners, from)) : Optional.empty();
        BigDecimal expected = due;
        if (path == Target.Path.LINEAR && base.isPresent() && deadline > from) {
            BigDecimal share = div(BigDecimal.valueOf(Math.min(year, deadline) - from), BigDecimal.valueOf(deadline - from));
            expected = base.get().add(goal.subtract(base.get()).multiply(share));
        }
        if (actual.isEmpty()) {
            return empty(indicator, target, scope, year, goal, Optional.of(expected), coverage);
        }
        BigDecimal a = actual.get();
        java.util.function.Predicate<BigDecimal> meets = v -> target instanceof Target.Level level
                ? level.comparison().holds(v, goal) : v.compareTo(goal) >= 0;
        boolean holds = meets.test(a);
        boolean dueMet = ceiling ? a.compareTo(due) <= 0 : a.compareTo(due) >= 0;
        Status figures;
        if (target instanceof Target.Range range && a.compareTo(range.stretch()) >= 0) {
            figures = Status.EXCEEDED;
        } else if (holds) {
            figures = target instanceof Target.Range || ceiling ? Status.ACHIEVED : reachedStatus(a, goal);
        } else if (year >= deadline) {
            figures = Status.NOT_ACHIEVED;
        } else if (target instanceof Target.Milestones && dueMet) {
            figures = Status.ON_TRACK;
        } else {
            figures = ceiling ? pacing(expected, a) : pacing(a, expected);
        }
        int left = deadline - year;
        BigDecimal gap = ceiling ? a.subtract(goal) : goal.subtract(a);
        Optional<BigDecimal> required = left > 0 ? Optional.of(div(gap.max(BigDecimal.ZERO), BigDecimal.valueOf(left)))
                : Optional.empty();
        List<Text> notes = new ArrayList<>();
        Optional<BigDecimal> pace = year > from ? pace(indicator, owners, from, year, coverage, notes) : Optional.empty();
        Optional<BigDecimal> projected = pace.map(p -> left > 0 ? bounded(indicator, a.add(p.multiply(BigDecimal.valueOf(left)))) : a);
        Optional<Integer> reached = holds ? Optional.of(firstHeld(indicator, owners, year, meets))
                : left > 0 ? ahead(year, goal.subtract(a), pace, deadline, notes) : Optional.empty();
        Optional<BigDecimal> percent = ceiling ? (a.signum() > 0 ? Optional.of(percent(goal, a)) : Optional.empty())
                : Optional.of(percent(a, goal));
        return new GapRow(indicator, target, scope, year, goal, actual, actual, Optional.of(expected), Optional.of(gap),
                percent, settle(figures, coverage, indicator, target), required, pace, projected, reached, join(notes),
                coverage, figures);
    }

    /**
     * A level's change a year from the period's first year to {@code year}, over the units that
     * reported both years: when coverage differs between them, like is compared with like, and
     * the note says on how many.
     */
    private Optional<BigDecimal> pace(Indicator indicator, List<String> owners, int from, int year, Coverage now,
            List<Text> notes) {
        Optional<Total[]> both = data.matched(indicator, owners, from, year);
        if (both.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> before = both.get()[0].value();
        Optional<BigDecimal> after = both.get()[1].value();
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        int matched = both.get()[1].facts();
        int then = data.coverage(indicator, owners, from, from).reported();
        if (matched < now.reported() || matched < then) {
            notes.add(Text.of("nhịp tính trên " + matched + " đơn vị có số liệu cả năm " + from + " và " + year
                    + " (năm " + from + ": " + then + ", năm " + year + ": " + now.reported() + ")",
                    "pace over the " + matched + " units with figures in both " + from + " and " + year
                            + " (" + from + ": " + then + ", " + year + ": " + now.reported() + ")"));
        }
        return Optional.of(div(after.get().subtract(before.get()), BigDecimal.valueOf(year - from)));
    }

    /** The first year of the unbroken run of years, ending in {@code year}, in which the level met its target. */
    private int firstHeld(Indicator indicator, List<String> owners, int year,
            java.util.function.Predicate<BigDecimal> meets) {
        int first = year;
        for (int y = year - 1; y >= plan.period().from(); y--) {
            Optional<BigDecimal> level = value(data.year(indicator, owners, y));
            if (level.isEmpty() || !meets.test(level.get())) {
                break;
            }
            first = y;
        }
        return first;
    }

    /**
     * The year the pace so far would close {@code toward} (the signed distance to the target):
     * none when the pace does not lead there; past the deadline, a note that the target is not
     * reached within the plan, and the year only within {@link #HORIZON} years of it.
     */
    private static Optional<Integer> ahead(int year, BigDecimal toward, Optional<BigDecimal> pace, int deadline,
            List<Text> notes) {
        if (pace.isEmpty() || pace.get().signum() == 0 || pace.get().signum() != toward.signum()) {
            notes.add(Text.of("không đạt ở nhịp hiện tại", "not reached at the current pace"));
            return Optional.empty();
        }
        long years = toward.divide(pace.get(), 0, RoundingMode.CEILING).min(BigDecimal.valueOf(10_000)).longValue();
        int when = (int) (year + years);
        if (when > deadline) {
            notes.add(Text.of("không đạt trong kỳ kế hoạch ở nhịp hiện tại", "not reached within the plan at the current pace"));
            return when <= deadline + HORIZON ? Optional.of(when) : Optional.empty();
        }
        return Optional.of(when);
    }

    /** A projection within what the figure can be: a rate between 0 and 100 %, a count not below 0. */
    private static BigDecimal bounded(Indicator indicator, BigDecimal projected) {
        BigDecimal floor = projected.max(BigDecimal.ZERO);
        return indicator.measure() == Measure.COUNT ? floor : floor.min(HUNDRED);
    }

    /**
     * The status a row reads: the figures' own, when every expected figure counts; with some
     * missing, {@link Status#INCOMPLETE}, unless the figure is a count that already meets a
     * floor (what is missing can only add to it).
     */
    private static Status settle(Status figures, Coverage coverage, Indicator indicator, Target target) {
        if (figures == Status.NO_DATA || coverage.complete()) {
            return figures;
        }
        boolean floor = !(target instanceof Target.Level level)
                || level.comparison() == Target.Comparison.AT_LEAST || level.comparison() == Target.Comparison.ABOVE;
        boolean reached = figures == Status.ACHIEVED || figures == Status.EXCEEDED;
        return reached && floor && indicator.measure() == Measure.COUNT && !target.perUnit() ? figures : Status.INCOMPLETE;
    }

    private static Text join(List<Text> notes) {
        return Text.of(notes.stream().map(Text::vi).collect(java.util.stream.Collectors.joining("; ")),
                notes.stream().map(Text::en).collect(java.util.stream.Collectors.joining("; ")));
    }

    private GapRow empty(Indicator indicator, Target target, String scope, int year, BigDecimal goal,
            Optional<BigDecimal> expected, Coverage coverage) {
        return new GapRow(indicator, target, scope, year, goal, Optional.empty(), Optional.empty(), expected,
                Optional.empty(), Optional.empty(), Status.NO_DATA, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Text.same(""), coverage, Status.NO_DATA);
    }

    /** Reached: exceeded from 110 % of the target on. */
    private static Status reachedStatus(BigDecimal actual, BigDecimal target) {
        return target.signum() > 0 && actual.compareTo(target.multiply(EXCEEDED)) >= 0 ? Status.EXCEEDED : Status.ACHIEVED;
    }

    /** Not reached yet: against what is expected by now. */
    private static Status pacing(BigDecimal actual, BigDecimal expected) {
        if (actual.compareTo(expected) >= 0) {
            return Status.ON_TRACK;
        }
        return actual.compareTo(expected.multiply(ACCELERATION)) >= 0 ? Status.NEEDS_ACCELERATION : Status.OFF_TRACK;
    }

    private static Optional<BigDecimal> value(Optional<Total> total) {
        return total.flatMap(Total::value);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO : part.multiply(HUNDRED).divide(whole, MC);
    }

    private static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, MC);
    }
}
