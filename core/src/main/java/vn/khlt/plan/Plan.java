package vn.khlt.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Locale;
import java.util.Optional;
import vn.khlt.i18n.Text;

/**
 * A joint plan as data: its period, associations, reporting units, indicators and targets.
 * Built by {@link PlanLoader}, which has checked it; immutable.
 */
public final class Plan {

    private final String id;
    private final String number;
    private final Text title;
    private final String issued;
    private final Period period;
    private final List<Association> associations;
    private final List<ReportingUnit> units;
    private final List<Indicator> indicators;
    private final String source;
    private final Map<String, Association> associationsByCode;
    private final Map<String, ReportingUnit> unitsByCode;
    private final Map<UnitLevel, List<ReportingUnit>> unitsByLevel = new EnumMap<>(UnitLevel.class);
    private final Map<String, Indicator> indicatorsByCode;
    private final NameIndex<Association> associationNames;
    private final NameIndex<ReportingUnit> unitNames;

    Plan(String id, String number, Text title, String issued, Period period,
            List<Association> associations, List<ReportingUnit> units, List<Indicator> indicators,
            String source, Function<String, String> key) {
        this.id = id;
        this.number = number;
        this.title = title;
        this.issued = issued;
        this.period = period;
        this.associations = List.copyOf(associations);
        this.units = List.copyOf(units);
        this.indicators = List.copyOf(indicators);
        this.source = source;
        this.associationsByCode = byCode(this.associations, Association::code);
        this.unitsByCode = byCode(this.units, ReportingUnit::code);
        for (UnitLevel level : UnitLevel.values()) {
            unitsByLevel.put(level, this.units.stream().filter(u -> u.level() == level).toList());
        }
        this.indicatorsByCode = byCode(this.indicators, Indicator::code);
        this.associationNames = new NameIndex<>(this.associations, Association::names, key);
        this.unitNames = new NameIndex<>(this.units, ReportingUnit::names, key);
    }

    private static <T> Map<String, T> byCode(List<T> entries, Function<T, String> code) {
        Map<String, T> map = new HashMap<>();
        entries.forEach(e -> map.putIfAbsent(code.apply(e), e));
        return map;
    }

    static List<String> names(String code, Text name, List<String> aliases) {
        // a plain list: a national plan asks this of ten thousand units, twice
        List<String> names = new ArrayList<>(3 + aliases.size());
        names.add(code);
        names.add(name.vi());
        names.add(name.en());
        names.addAll(aliases);
        return Collections.unmodifiableList(names);
    }

    /** The plan's identifier, as {@code --plan} and {@code plan show} name it. */
    public String id() {
        return id;
    }

    /** The document's number, such as {@code 02/KHLT}. */
    public String number() {
        return number;
    }

    public Text title() {
        return title;
    }

    /** The date the plan was signed, as written in the plan file (ISO 8601). */
    public String issued() {
        return issued;
    }

    public Period period() {
        return period;
    }

    public List<Association> associations() {
        return associations;
    }

    public List<ReportingUnit> units() {
        return units;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    /** The plan file's text as it was loaded, comments included. */
    public String source() {
        return source;
    }

    public Optional<Association> association(String code) {
        return Optional.ofNullable(associationsByCode.get(code));
    }

    public Optional<ReportingUnit> unit(String code) {
        return Optional.ofNullable(unitsByCode.get(code));
    }

    /** The indicator with this code, in any case: {@code ct08} finds CT08. */
    public Optional<Indicator> indicator(String code) {
        Indicator exact = indicatorsByCode.get(code);
        return exact != null ? Optional.of(exact)
                : Optional.ofNullable(indicatorsByCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** The association that leads the plan and consolidates the others' reports. */
    public Optional<Association> lead() {
        return associations.stream().filter(Association::lead).findFirst();
    }

    /** Finds associations by any name or alias. */
    public NameIndex<Association> associationNames() {
        return associationNames;
    }

    /** Finds reporting units by any name or alias. */
    public NameIndex<ReportingUnit> unitNames() {
        return unitNames;
    }

    /** The units of one level, in plan order. */
    public List<ReportingUnit> units(UnitLevel level) {
        return unitsByLevel.get(level);
    }

    /** The associations expected to report an indicator. */
    public List<Association> reporters(Indicator indicator) {
        return indicator.reportedBy().stream().map(this::association).flatMap(Optional::stream).toList();
    }

}
