package vn.khlt.analyse;

import vn.khlt.facts.Consolidation;
import vn.khlt.facts.Total;
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
     * that fall short only. Per-unit targets count what each unit misses of its own figure; a
     * rate, the numerator each unit lacks to reach the target on its own denominator; a count,
     * what each unit lacks of an even share of the scope's expected-by-now.
     */
    public List<UnitShortfall> byUnit(GapRow row) {
        List<UnitShortfall> parts = new ArrayList<>();
        Indicator indicator = row.indicator();
        List<ReportingUnit> units = data.expectedUnits(indicator);
        int year = row.asOf();
        for (String owner : owners(indicator, row.scope())) {
            for (ReportingUnit unit : units) {
                Optional<vn.khlt.facts.Fact> fact = data.unit(indicator, owner, unit.code(), year);
                BigDecimal actual;
                BigDecimal expected;
                if (row.target().perUnit()) {
                    actual = fact.map(vn.khlt.facts.Fact::amount).orElse(BigDecimal.ZERO);
                    expected = row.target() instanceof Target.EveryYear every ? every.value() : BigDecimal.ONE;
                } else if (indicator.isRate()) {
                    if (fact.isEmpty() || row.expectedByNow().isEmpty()) {
                        continue;
                    }
                    actual = fact.get().numerator().orElseThrow();
                    expected = row.expectedByNow().get().multiply(fact.get().denominator().orElseThrow())
                            .divide(HUNDRED, 0, RoundingMode.CEILING);
                } else {
                    if (row.expectedByNow().isEmpty()) {
                        continue;
                    }
                    actual = row.target() instanceof Target.Cumulative cumulative
                            ? unitToDate(indicator, owner, unit.code(), cumulative.from(), year)
                            : fact.map(vn.khlt.facts.Fact::amount).orElse(BigDecimal.ZERO);
                    expected = div(row.expectedByNow().get(), BigDecimal.valueOf((long) units.size() * owners(indicator, row.scope()).size()));
                }
                BigDecimal shortfall = expected.subtract(actual);
                if (shortfall.signum() > 0) {
                    parts.add(new UnitShortfall(row, owner, unit.code(), actual, expected, shortfall, BigDecimal.ZERO));
                }
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
            sum = sum.add(data.unit(indicator, owner, unit, y).map(vn.khlt.facts.Fact::amount).orElse(BigDecimal.ZERO));
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

    private GapRow cumulative(Indicator indicator, Target.Cumulative target, String scope, List<String> owners, int year) {
        BigDecimal total = target.value();
        int span = target.deadline() - target.from() + 1;
        int elapsed = Math.max(0, Math.min(year, target.deadline()) - target.from() + 1);
        Optional<BigDecimal> thisYear = value(data.year(indicator, owners, year));
        Optional<BigDecimal> actual = value(data.toDate(indicator, owners, target.from(), Math.min(year, target.deadline())));
        BigDecimal expected = div(total.multiply(BigDecimal.valueOf(elapsed)), BigDecimal.valueOf(span));
        if (actual.isEmpty()) {
            return empty(indicator, target, scope, year, total, Optional.of(expected));
        }
        BigDecimal a = actual.get();
        BigDecimal gap = total.subtract(a);
        int left = target.deadline() - year;
        Optional<BigDecimal> required = left > 0 ? Optional.of(div(gap.max(BigDecimal.ZERO), BigDecimal.valueOf(left)))
                : Optional.empty();
        BigDecimal pace = div(a, BigDecimal.valueOf(Math.max(1, elapsed)));
        BigDecimal projected = left > 0 ? a.add(pace.multiply(BigDecimal.valueOf(left))) : a;
        Optional<Integer> reached = a.compareTo(total) >= 0 ? firstYearReached(indicator, owners, target, total)
                : pace.signum() > 0 ? Optional.of(year + gap.divide(pace, 0, RoundingMode.CEILING).intValueExact())
                : Optional.empty();
        Status status = a.compareTo(total) >= 0 ? reachedStatus(a, total)
                : year >= target.deadline() ? Status.OFF_TRACK : pacing(a, expected);
        return new GapRow(indicator, target, scope, year, total, thisYear, actual, Optional.of(expected), Optional.of(gap),
                Optional.of(percent(a, total)), status, required, Optional.of(pace), Optional.of(projected), reached, "");
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

    private GapRow everyYear(Indicator indicator, Target.EveryYear target, String scope, List<String> owners, int year) {
        BigDecimal value = target.value();
        Optional<BigDecimal> actual = value(data.year(indicator, owners, year));
        if (actual.isEmpty()) {
            return empty(indicator, target, scope, year, value, Optional.of(value));
        }
        int met = 0;
        int reported = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (int y = target.from(); y <= Math.min(year, target.deadline()); y++) {
            Optional<BigDecimal> flow = value(data.year(indicator, owners, y));
            if (flow.isPresent()) {
                reported++;
                sum = sum.add(flow.get());
                met += flow.get().compareTo(value) >= 0 ? 1 : 0;
            }
        }
        BigDecimal a = actual.get();
        Status status = a.compareTo(value) >= 0 ? reachedStatus(a, value) : Status.OFF_TRACK;
        String note = met + "/" + (Math.min(year, target.deadline()) - target.from() + 1);
        return new GapRow(indicator, target, scope, year, value, actual, actual, Optional.of(value),
                Optional.of(value.subtract(a)), Optional.of(percent(a, value)), status, Optional.of(value),
                Optional.of(div(sum, BigDecimal.valueOf(Math.max(1, reported)))), Optional.empty(), Optional.empty(), note);
    }

    /** At least the figure at each unit: counted in units that met it, of the units expected. */
    private GapRow perUnit(Indicator indicator, Target target, String scope, List<String> owners, int year) {
        BigDecimal value = target instanceof Target.EveryYear every ? every.value()
                : target instanceof Target.Level level ? level.value() : BigDecimal.ONE;
        List<ReportingUnit> units = data.expectedUnits(indicator);
        int met = 0;
        int reported = 0;
        for (String owner : owners) {
            for (ReportingUnit unit : units) {
                Optional<BigDecimal> fact = data.unit(indicator, owner, unit.code(), year).map(f -> f.amount());
                if (fact.isPresent()) {
                    reported++;
                    met += fact.get().compareTo(value) >= 0 ? 1 : 0;
                }
            }
        }
        BigDecimal expected = BigDecimal.valueOf((long) units.size() * owners.size());
        if (reported == 0) {
            return empty(indicator, target, scope, year, expected, Optional.of(expected));
        }
        BigDecimal a = BigDecimal.valueOf(met);
        BigDecimal share = percent(a, expected);
        Status status = a.compareTo(expected) >= 0 ? Status.ACHIEVED
                : share.compareTo(ACCELERATION.multiply(HUNDRED)) >= 0 ? Status.NEEDS_ACCELERATION : Status.OFF_TRACK;
        return new GapRow(indicator, target, scope, year, expected, Optional.of(a), Optional.of(a), Optional.of(expected),
                Optional.of(expected.subtract(a)), Optional.of(share), status, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), met + "/" + units.size() * owners.size());
    }

    /** Levels (at least, above, below, at most), ranges and milestones. */
    private GapRow level(Indicator indicator, Target target, String scope, List<String> owners, int year) {
        int deadline = target.deadline();
        int from = plan.period().from();
        BigDecimal goal;
        BigDecimal due;
        boolean ceiling = false;
        Target.Path path = Target.Path.FLAT;
        if (target instanceof Target.Level level) {
            goal = level.value();
            due = goal;
            path = level.path();
            ceiling = level.comparison() == Target.Comparison.BELOW || level.comparison() == Target.Comparison.AT_MOST;
        } else if (target instanceof Target.Range range) {
            goal = range.minimum();
            due = goal;
            path = range.path();
        } else {
            Target.Milestones milestones = (Target.Milestones) target;
            goal = milestones.byYear().get(milestones.deadline());
            SortedMap<Integer, BigDecimal> upTo = milestones.byYear().headMap(year + 1);
            due = upTo.isEmpty() ? milestones.byYear().get(milestones.byYear().firstKey()) : upTo.get(upTo.lastKey());
        }
        Optional<BigDecimal> actual = value(data.year(indicator, owners, year));
        Optional<BigDecimal> base = year > from ? value(data.year(indicator, owners, from)) : Optional.empty();
        BigDecimal expected = due;
        if (path == Target.Path.LINEAR && base.isPresent() && deadline > from) {
            BigDecimal share = div(BigDecimal.valueOf(Math.min(year, deadline) - from), BigDecimal.valueOf(deadline - from));
            expected = base.get().add(goal.subtract(base.get()).multiply(share));
        }
        if (actual.isEmpty()) {
            return empty(indicator, target, scope, year, goal, Optional.of(expected));
        }
        BigDecimal a = actual.get();
        boolean holds = ceiling ? ((Target.Level) target).comparison().holds(a, goal)
                : target instanceof Target.Level level ? level.comparison().holds(a, goal) : a.compareTo(goal) >= 0;
        boolean dueMet = ceiling ? a.compareTo(due) <= 0 : a.compareTo(due) >= 0;
        Status status;
        if (target instanceof Target.Range range && a.compareTo(range.stretch()) >= 0) {
            status = Status.EXCEEDED;
        } else if (holds) {
            status = target instanceof Target.Range || ceiling ? Status.ACHIEVED : reachedStatus(a, goal);
        } else if (year >= deadline) {
            status = Status.OFF_TRACK;
        } else if (target instanceof Target.Milestones && dueMet) {
            status = Status.ON_TRACK;
        } else {
            status = ceiling ? pacing(expected, a) : pacing(a, expected);
        }
        int left = deadline - year;
        Optional<BigDecimal> required = left > 0 ? Optional.of(div(goal.subtract(a), BigDecimal.valueOf(left))) : Optional.empty();
        Optional<BigDecimal> pace = base.map(b -> div(a.subtract(b), BigDecimal.valueOf(year - from)));
        Optional<BigDecimal> projected = pace.map(p -> left > 0 ? a.add(p.multiply(BigDecimal.valueOf(left))) : a);
        BigDecimal gap = ceiling ? a.subtract(goal) : goal.subtract(a);
        Optional<Integer> reached = holds ? Optional.of(year)
                : pace.filter(p -> p.signum() != 0 && p.signum() == goal.subtract(a).signum())
                        .map(p -> year + goal.subtract(a).divide(p, 0, RoundingMode.CEILING).intValueExact());
        Optional<BigDecimal> percent = ceiling ? (a.signum() > 0 ? Optional.of(percent(goal, a)) : Optional.empty())
                : Optional.of(percent(a, goal));
        return new GapRow(indicator, target, scope, year, goal, actual, actual, Optional.of(expected), Optional.of(gap),
                percent, status, required, pace, projected, reached, "");
    }

    private GapRow empty(Indicator indicator, Target target, String scope, int year, BigDecimal goal,
            Optional<BigDecimal> expected) {
        return new GapRow(indicator, target, scope, year, goal, Optional.empty(), Optional.empty(), expected,
                Optional.empty(), Optional.empty(), Status.NO_DATA, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "");
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
