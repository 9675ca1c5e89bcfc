package vn.khlt.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.khlt.facts.Fact;
import vn.khlt.facts.FactKey;
import vn.khlt.facts.FactTable;
import vn.khlt.finding.Location;
import vn.khlt.facts.Sums;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Nature;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.plan.UnitLevel;

/**
 * The facts rolled up along the plan's units: counts sum; rates sum their numerators and
 * denominators; a yes/no is the share of the units expected to answer that said yes; flows
 * accumulate over years, stocks do not. A unit's figure is its own work, so an owner's total
 * is every unit's figure added (the province level and its districts, a district and its
 * communes). Tables by unit list the units down to a detail level; each listed unit stands
 * for itself and for the units below that level under it.
 */
public final class Consolidation {

    /** The default detail level is the deepest whose units a table can list: at most this many. */
    public static final int LISTABLE_UNITS = 100;

    private final Plan plan;
    private final FactTable facts;
    private final Optional<Set<String>> within;
    private final Optional<String> asked;
    private final UnitLevel detail;
    /** The units listed at detail, in plan order, and the listed unit each unit of the table counts under. */
    private final List<ReportingUnit> listed;
    private final Map<String, Integer> listedIndex = new HashMap<>();
    private final Set<String> rollsUp = new HashSet<>();
    private final Sums totals;
    private final Sums rolled;

    public Consolidation(Plan plan, FactTable facts) {
        this(plan, facts, Optional.empty(), Optional.empty());
    }

    /**
     * @param unit   count only this unit and the units under it
     * @param detail the deepest level tables list (the default: see {@link #defaultDetail})
     */
    public Consolidation(Plan plan, FactTable facts, Optional<String> unit, Optional<UnitLevel> detail) {
        this.plan = plan;
        this.facts = facts;
        this.within = unit.map(code -> subtree(plan, code));
        this.asked = unit;
        this.detail = detail.orElseGet(() -> defaultDetail(plan));
        this.listed = plan.units().stream().filter(u -> u.level().compareTo(this.detail) <= 0)
                .filter(u -> within.map(w -> w.contains(u.code())).orElse(true)).toList();
        for (int i = 0; i < listed.size(); i++) {
            listedIndex.put(listed.get(i).code(), i);
        }
        List<ReportingUnit> order = facts.unitOrder();
        int[] all = new int[order.size()];
        int[] under = new int[order.size()];
        for (int i = 0; i < order.size(); i++) {
            ReportingUnit u = order.get(i);
            all[i] = within.map(w -> w.contains(u.code())).orElse(true) ? 0 : -1;
            under[i] = all[i] < 0 ? -1 : listedAncestor(u);
            if (under[i] >= 0 && !listed.get(under[i]).code().equals(u.code())) {
                rollsUp.add(listed.get(under[i]).code());
            }
        }
        this.totals = facts.sum(all, 1);
        this.rolled = facts.sum(under, listed.size());
    }

    /** The deepest level of the plan with at most {@link #LISTABLE_UNITS} units (the top level when none is that small). */
    public static UnitLevel defaultDetail(Plan plan) {
        Map<UnitLevel, Integer> counts = new HashMap<>();
        plan.units().forEach(u -> counts.merge(u.level(), 1, Integer::sum));
        UnitLevel detail = counts.keySet().stream().min(Comparator.naturalOrder()).orElse(UnitLevel.PROVINCE);
        for (UnitLevel level : UnitLevel.values()) {
            if (counts.getOrDefault(level, 0) > 0 && counts.get(level) <= LISTABLE_UNITS) {
                detail = level;
            }
        }
        return detail;
    }

    /** A unit's code with the codes of every unit under it. */
    public static Set<String> subtree(Plan plan, String code) {
        Map<String, List<String>> children = new HashMap<>();
        plan.units().forEach(u -> u.parent().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(u.code())));
        Set<String> found = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(code));
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            if (found.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    private int listedAncestor(ReportingUnit unit) {
        Optional<ReportingUnit> at = Optional.of(unit);
        while (at.isPresent()) {
            Integer index = listedIndex.get(at.get().code());
            if (index != null) {
                return index;
            }
            at = at.get().parent().flatMap(plan::unit);
        }
        return -1;
    }

    public Plan plan() {
        return plan;
    }

    /** The unit counted when one was asked for: its figures and those under it, never the province's. */
    public Optional<String> unitAsked() {
        return asked;
    }

    public FactTable facts() {
        return facts;
    }

    /** The deepest level that tables by unit list. */
    public UnitLevel detail() {
        return detail;
    }

    private static Total total(Sums.Sum sum) {
        return sum.b().isPresent() ? Total.rate(sum.a(), sum.b().get(), sum.facts()) : Total.count(sum.a(), sum.facts());
    }

    /** One year's figure of some owners (associations' codes, or {@code province}) together; empty when none reported. */
    public Optional<Total> year(Indicator indicator, List<String> owners, int year) {
        if (!plan.period().contains(year)) {
            return Optional.empty();
        }
        Total sum = null;
        int reporting = 0;
        for (String owner : owners) {
            Optional<Total> total = totals.get(indicator.code(), owner, 0, year - plan.period().from()).map(Consolidation::total);
            if (total.isPresent()) {
                sum = sum == null ? total.get() : sum.plus(total.get());
                reporting++;
            }
        }
        if (sum == null) {
            return Optional.empty();
        }
        if (indicator.measure() == Measure.YES_NO) {
            // over the units of the owners that answered: an owner that does not report it says neither yes nor no
            int units = expectedUnits(indicator).size() * reporting;
            return Optional.of(Total.rate(sum.numerator(), BigDecimal.valueOf(units), sum.facts()));
        }
        return Optional.of(sum);
    }

    /**
     * Who of those expected gave a figure that counts for an indicator, some owners and the
     * years from {@code from} to {@code to}: see {@link Coverage}.
     */
    public Coverage coverage(Indicator indicator, List<String> owners, int from, int to) {
        List<ReportingUnit> units = expectedUnits(indicator);
        int[] slots = slots(indicator, units);
        List<Coverage.Missing> missing = new ArrayList<>();
        List<String> reporting = new ArrayList<>();
        int years = Math.max(0, to - from + 1);
        FactTable.Standing[][] standing = new FactTable.Standing[years][units.size()];
        for (String owner : owners) {
            for (int y = 0; y < years; y++) {
                facts.standings(owner, indicator.code(), slots, from + y, standing[y]);
            }
            boolean any = false;
            for (int u = 0; u < units.size(); u++) { // by unit, then year: a unit's years side by side
                for (int y = 0; y < years; y++) {
                    if (standing[y][u] == FactTable.Standing.COUNTS) {
                        any = true;
                        continue;
                    }
                    String unit = units.get(u).code();
                    Coverage.Why why = standing[y][u] == FactTable.Standing.RECEIVED ? Coverage.Why.REFUSED
                            : facts.returned(owner, unit, from + y) ? Coverage.Why.BLANK : Coverage.Why.NO_RETURN;
                    missing.add(new Coverage.Missing(owner, unit, from + y, why));
                }
            }
            if (any) {
                reporting.add(owner);
            }
        }
        return new Coverage(owners.size() * units.size() * years, missing, owners, reporting, years);
    }

    /** By indicator: where its expected units sit in the fact table. */
    private final Map<Indicator, int[]> slots = new HashMap<>();
    private int[] slots(Indicator indicator, List<ReportingUnit> units) {
        return slots.computeIfAbsent(indicator, i -> facts.unitSlots(units));
    }

    /**
     * Two years' figures of a stock over the same units only, those with a counted figure in
     * both: a level compared across years whose coverage differs compares like with like.
     * Empty when no unit has both.
     */
    public Optional<Total[]> matched(Indicator indicator, List<String> owners, int before, int after) {
        List<ReportingUnit> units = expectedUnits(indicator);
        int[] slots = slots(indicator, units);
        FactTable.Standing[] first = new FactTable.Standing[units.size()];
        FactTable.Standing[] second = new FactTable.Standing[units.size()];
        boolean same = true;
        for (String owner : owners) {
            facts.standings(owner, indicator.code(), slots, before, first);
            facts.standings(owner, indicator.code(), slots, after, second);
            for (int u = 0; u < first.length && same; u++) {
                same = (first[u] == FactTable.Standing.COUNTS) == (second[u] == FactTable.Standing.COUNTS);
            }
        }
        if (same) {
            // the same units in both years: the years' own figures
            Optional<Total> a = year(indicator, owners, before);
            Optional<Total> b = year(indicator, owners, after);
            return a.isPresent() && b.isPresent() ? Optional.of(new Total[] {a.get(), b.get()}) : Optional.empty();
        }
        Total a = null;
        Total b = null;
        int both = 0;
        for (String owner : owners) {
            for (ReportingUnit unit : units) {
                Optional<Fact> x = unit(indicator, owner, unit.code(), before);
                Optional<Fact> y = unit(indicator, owner, unit.code(), after);
                if (x.isEmpty() || y.isEmpty()) {
                    continue;
                }
                both++;
                a = plus(a, x.get());
                b = plus(b, y.get());
            }
        }
        if (a == null) {
            return Optional.empty();
        }
        if (indicator.measure() == Measure.YES_NO) {
            a = Total.rate(a.numerator(), BigDecimal.valueOf(both), a.facts());
            b = Total.rate(b.numerator(), BigDecimal.valueOf(both), b.facts());
        }
        return Optional.of(new Total[] {a, b});
    }

    private static Total plus(Total sum, Fact fact) {
        Total one = fact.isRate() ? Total.rate(fact.numerator().orElseThrow(), fact.denominator().orElseThrow(), 1)
                : Total.count(fact.amount(), 1);
        return sum == null ? one : sum.plus(one);
    }

    /** The figure to date: a flow summed from {@code from} to the year (empty when no year reported), a stock's level that year. */
    public Optional<Total> toDate(Indicator indicator, List<String> owners, int from, int year) {
        if (indicator.nature() == Nature.STOCK) {
            return year(indicator, owners, year);
        }
        Total sum = null;
        for (int y = from; y <= year; y++) {
            Optional<Total> total = year(indicator, owners, y);
            if (total.isPresent()) {
                sum = sum == null ? total.get() : sum.plus(total.get());
            }
        }
        return Optional.ofNullable(sum);
    }

    /** One unit's own fact for a year. */
    public Optional<Fact> unit(Indicator indicator, String owner, String unit, int year) {
        if (within.isPresent() && !within.get().contains(unit)) {
            return Optional.empty();
        }
        return facts.get(new FactKey(owner, unit, year, indicator.code()));
    }

    /** Whether a listed unit stands for units below the detail level as well as for itself. */
    public boolean rollsUp(String unit) {
        return rollsUp.contains(unit);
    }

    /** A listed unit's figure: its own and that of the units below the detail level under it. */
    public Optional<Total> rolled(Indicator indicator, String owner, String unit, int year) {
        Integer index = listedIndex.get(unit);
        if (index == null || !plan.period().contains(year)) {
            return Optional.empty();
        }
        Optional<Total> sum = rolled.get(indicator.code(), owner, index, year - plan.period().from()).map(Consolidation::total);
        if (sum.isPresent() && indicator.measure() == Measure.YES_NO && rollsUp(unit)) {
            int expected = expectedUnder.computeIfAbsent(indicator, this::expectedUnder)[index];
            return Optional.of(Total.rate(sum.get().numerator(), BigDecimal.valueOf(expected), sum.get().facts()));
        }
        return sum;
    }

    /** By indicator: how many of its expected units each listed unit stands for. */
    private final Map<Indicator, int[]> expectedUnder = new HashMap<>();

    private int[] expectedUnder(Indicator indicator) {
        int[] counts = new int[listed.size()];
        for (ReportingUnit unit : expectedUnits(indicator)) {
            int index = listedAncestor(unit);
            if (index >= 0) {
                counts[index]++;
            }
        }
        return counts;
    }

    /** The units expected to report an indicator: those of its level, or every unit; within the unit asked for. */
    public List<ReportingUnit> expectedUnits(Indicator indicator) {
        List<ReportingUnit> units;
        if (indicator.reportedAt().isPresent()) {
            units = plan.units(indicator.reportedAt().get());
        } else {
            units = indicator.provincial() ? plan.units(UnitLevel.PROVINCE) : plan.units();
        }
        return within.isEmpty() ? units : units.stream().filter(u -> within.get().contains(u.code())).toList();
    }

    /**
     * The units a table lists for an indicator: those expected at the detail level or above,
     * and the detail level's units that stand for expected units below it.
     */
    public List<ReportingUnit> listed(Indicator indicator) {
        List<ReportingUnit> expected = expectedUnits(indicator);
        Set<Integer> shown = new HashSet<>();
        for (ReportingUnit unit : expected) {
            int index = listedAncestor(unit);
            if (index >= 0) {
                shown.add(index);
            }
        }
        List<ReportingUnit> units = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            if (shown.contains(i)) {
                units.add(listed.get(i));
            }
        }
        return units;
    }

    /** A figure of the tables that list facts: a unit's own fact, or the sum a listed unit stands for. */
    public record Line(FactKey key, Optional<BigDecimal> value, Optional<BigDecimal> numerator,
            Optional<BigDecimal> denominator, List<Location> sources, int facts) {
    }

    /** Every figure at the detail level, in key order (indicator, owner, unit code, year). */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        List<String> owners = facts.owners();
        List<ReportingUnit> units = listed.stream().sorted(Comparator.comparing(ReportingUnit::code)).toList();
        List<Indicator> indicators = plan.indicators().stream().sorted(Comparator.comparing(Indicator::code)).toList();
        for (Indicator indicator : indicators) {
            for (String owner : owners) {
                for (ReportingUnit unit : units) {
                    for (int year = plan.period().from(); year <= plan.period().to(); year++) {
                        FactKey key = new FactKey(owner, unit.code(), year, indicator.code());
                        if (!rollsUp(unit.code())) {
                            facts.get(key).ifPresent(f -> lines.add(new Line(key, f.value(), f.numerator(), f.denominator(),
                                    f.sources(), 1)));
                            continue;
                        }
                        int y = year - plan.period().from();
                        rolled.get(indicator.code(), owner, listedIndex.get(unit.code()), y).ifPresent(sum -> lines.add(
                                new Line(key, sum.b().isPresent() ? Optional.empty() : Optional.of(sum.a()),
                                        sum.b().map(b -> sum.a()), sum.b(), List.of(), sum.facts())));
                    }
                }
            }
        }
        return lines;
    }

    /** What a summed line's sources say. */
    public static Text summed(int facts) {
        // joined, not formatted: a national report says it of some twenty thousand lines
        return Text.of("tổng " + facts + " số liệu của các đơn vị trực thuộc", "sum of " + facts + " figures of the units under it");
    }

    /**
     * The year a report is about when nobody says: the latest year whose returns (an association
     * and a unit that sent any figure) number at least half of the best-covered year's. A stray
     * figure of a later year cannot flip it; a year still coming in counts once half has come.
     * Empty when nothing came.
     */
    public Optional<Integer> reportingYear() {
        int[] returns = facts.returnsByYear(code -> within.map(w -> w.contains(code)).orElse(true));
        int best = java.util.Arrays.stream(returns).max().orElse(0);
        for (int y = returns.length - 1; best > 0 && y >= 0; y--) {
            if (returns[y] * 2 >= best) {
                return Optional.of(plan.period().from() + y);
            }
        }
        return Optional.empty();
    }

}
