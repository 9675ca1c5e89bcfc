package vn.khlt.analyse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import vn.khlt.check.Fact;
import vn.khlt.check.FactKey;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Measure;
import vn.khlt.plan.Nature;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.plan.UnitLevel;

/**
 * The facts rolled up: counts sum; rates sum their numerators and denominators; a yes/no is
 * the share of the units expected to answer that said yes; flows accumulate over years,
 * stocks do not. Sums run over every reporting unit of an owner (the province level and the
 * districts, which do not overlap).
 */
public final class Consolidation {

    private final Plan plan;
    private final SortedMap<FactKey, Fact> facts;
    private final Map<String, Total> byOwnerYear = new HashMap<>();

    public Consolidation(Plan plan, SortedMap<FactKey, Fact> facts) {
        this.plan = plan;
        this.facts = facts;
        for (Fact fact : facts.values()) {
            FactKey key = fact.key();
            byOwnerYear.merge(key(key.indicator(), key.owner(), key.year()), total(fact), Total::plus);
        }
    }

    public Plan plan() {
        return plan;
    }

    public SortedMap<FactKey, Fact> facts() {
        return facts;
    }

    private static String key(String indicator, String owner, int year) {
        return indicator + "|" + owner + "|" + year;
    }

    private static Total total(Fact fact) {
        return fact.isRate() ? Total.rate(fact.numerator().orElseThrow(), fact.denominator().orElseThrow(), 1)
                : Total.count(fact.value().orElseThrow(), 1);
    }

    /** One year's figure of some owners (associations' codes, or {@code province}) together; empty when none reported. */
    public Optional<Total> year(Indicator indicator, List<String> owners, int year) {
        Total sum = null;
        for (String owner : owners) {
            Total total = byOwnerYear.get(key(indicator.code(), owner, year));
            if (total != null) {
                sum = sum == null ? total : sum.plus(total);
            }
        }
        if (sum == null) {
            return Optional.empty();
        }
        if (indicator.measure() == Measure.YES_NO) {
            int units = expectedUnits(indicator).size() * owners.size();
            return Optional.of(Total.rate(sum.numerator(), BigDecimal.valueOf(units), sum.facts()));
        }
        return Optional.of(sum);
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

    /** One unit's fact for a year. */
    public Optional<Fact> unit(Indicator indicator, String owner, String unit, int year) {
        return Optional.ofNullable(facts.get(new FactKey(owner, unit, year, indicator.code())));
    }

    /** The units expected to report an indicator: those of its level, or every unit. */
    public List<ReportingUnit> expectedUnits(Indicator indicator) {
        if (indicator.reportedAt().isPresent()) {
            return plan.units(indicator.reportedAt().get());
        }
        return indicator.provincial() ? plan.units(UnitLevel.PROVINCE) : plan.units();
    }

    /** The latest year of the period that has any fact. */
    public Optional<Integer> latestYear() {
        return facts.keySet().stream().map(FactKey::year).filter(plan.period()::contains).max(Integer::compare);
    }
}
