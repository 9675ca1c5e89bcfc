package vn.khlt.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import vn.khlt.finding.Finding;
import vn.khlt.i18n.Text;
import vn.khlt.plan.PlanFile.AssociationEntry;
import vn.khlt.plan.PlanFile.IndicatorEntry;
import vn.khlt.plan.PlanFile.TargetEntry;
import vn.khlt.plan.PlanFile.UnitEntry;
import vn.khlt.plan.PlanFile.Words;

/**
 * Checks a plan file as Jackson bound it, once, and makes the plan of it: what is required,
 * what each word means, and whether the parts agree (one lead, known parents and associations,
 * no two codes or names alike, targets within the period). Each problem names the place of the
 * document it is about, by its JSON pointer.
 */
final class PlanChecks {

    private final PlanLoader.Problems problems;
    private final PlanLoader.Includes includes;
    private final String source;
    private Period period = new Period(Integer.MIN_VALUE, Integer.MAX_VALUE);
    private final Set<String> associationCodes = new LinkedHashSet<>();
    /** Name keys, made once: the aliases check and the plan's name indexes both need them. */
    private final Map<String, String> keys = new HashMap<>();

    PlanChecks(PlanLoader.Problems problems, PlanLoader.Includes includes, String source) {
        this.problems = problems;
        this.includes = includes;
        this.source = source;
    }

    Optional<Plan> plan(PlanFile.Document d) {
        Optional<String> id = text(d.id(), "/id", true);
        Optional<String> number = text(d.number(), "/number", false);
        Optional<Text> title = words(d.title(), "/title", true);
        Optional<String> issued = text(d.issued(), "/issued", false);
        Optional<Period> readPeriod = period(d.period(), "/period");
        readPeriod.ifPresent(p -> period = p);
        List<Association> associations = list(d.associations(), "/associations", true, this::association);
        associations.forEach(a -> associationCodes.add(a.code()));
        checkLead(associations);
        String unitsAt = "/units";
        List<UnitEntry> unitEntries = List.of();
        if (d.units() == null) {
            required(null, unitsAt);
        } else if (d.units().file().isPresent()) {
            UnitsFile.Read read = UnitsFile.read(d.units().file().get(), includes, problems, unitsAt);
            unitEntries = read.units();
            unitsAt = UnitsFile.POINTER;
        } else {
            unitEntries = d.units().list();
        }
        List<ReportingUnit> units = list(unitEntries, unitsAt, false, this::unit);
        checkParents(unitEntries, unitsAt);
        checkAliases(associations, "/associations", Association::names, Association::code);
        checkAliases(units, unitsAt, ReportingUnit::names, ReportingUnit::code);
        List<Indicator> indicators = list(d.indicators(), "/indicators", true, this::indicator);
        duplicates(associations.stream().map(Association::code).toList(), "/associations");
        duplicates(units.stream().map(ReportingUnit::code).toList(), unitsAt);
        duplicates(indicators.stream().map(Indicator::code).toList(), "/indicators");
        if (id.isEmpty() || title.isEmpty() || readPeriod.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(id.get(), number.orElse(id.get()), title.get(), issued.orElse(""),
                readPeriod.get(), associations, units, indicators, source, this::key));
    }

    private Optional<Period> period(PlanFile.Years years, String at) {
        if (!required(years, at)) {
            return Optional.empty();
        }
        Optional<Integer> from = whole(years.from(), at + "/from", true);
        Optional<Integer> to = whole(years.to(), at + "/to", true);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.get() > to.get()) {
            problems.add(Finding.PLAN_BAD_PERIOD, at, Text.of(
                    "Giai đoạn bắt đầu (%d) sau khi kết thúc (%d)",
                    "The period starts (%d) after it ends (%d)").format(from.get(), to.get()));
            return Optional.empty();
        }
        return Optional.of(new Period(from.get(), to.get()));
    }

    private Optional<Association> association(AssociationEntry e, String at) {
        Optional<String> code = text(e.code(), at + "/code", true);
        Optional<Text> name = words(e.name(), at + "/name", true);
        List<String> aliases = strings(e.aliases(), at + "/aliases");
        if (code.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Association(code.get(), name.get(), aliases, Boolean.TRUE.equals(e.lead())));
    }

    private Optional<ReportingUnit> unit(UnitEntry e, String at) {
        Optional<String> code = text(e.code(), at + "/code", true);
        Optional<Text> name = words(e.name(), at + "/name", true);
        Optional<UnitLevel> level = word(e.level(), at + "/level", true, UnitLevel::parse,
                "nation, province, district, commune");
        Optional<String> parent = text(e.parent(), at + "/parent", false);
        List<String> aliases = strings(e.aliases(), at + "/aliases");
        if (code.isEmpty() || name.isEmpty() || level.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportingUnit(code.get(), name.get(), level.get(), parent, aliases));
    }

    private Optional<Indicator> indicator(IndicatorEntry e, String at) {
        Optional<String> code = text(e.code(), at + "/code", true);
        Optional<Text> name = words(e.name(), at + "/name", true);
        Optional<Text> label = words(e.label(), at + "/label", false);
        Optional<Text> unit = words(e.unit(), at + "/unit", true);
        Optional<Measure> measure = word(e.measure(), at + "/measure", true, Measure::parse, "count, rate, yes-no");
        Optional<Nature> nature = word(e.nature(), at + "/nature", true, Nature::parse, "flow, stock");
        Optional<Text> numerator = words(e.numerator(), at + "/numerator", false);
        Optional<Text> denominator = words(e.denominator(), at + "/denominator", false);
        if (measure.filter(m -> m == Measure.RATE).isPresent()) {
            if (numerator.isEmpty()) {
                problems.add(Finding.PLAN_RATE_WITHOUT_NUMERATOR, at + "/measure", Text.of(
                        "Chỉ tiêu tỷ lệ %s cần nhãn tử số (numerator)",
                        "Rate indicator %s needs a numerator label").format(code.orElse("?")));
            }
            if (denominator.isEmpty()) {
                problems.add(Finding.PLAN_RATE_WITHOUT_DENOMINATOR, at + "/measure", Text.of(
                        "Chỉ tiêu tỷ lệ %s cần nhãn mẫu số (denominator)",
                        "Rate indicator %s needs a denominator label").format(code.orElse("?")));
            }
        }
        List<String> reportedBy = reporters(e.reportedBy(), at + "/reportedBy");
        Optional<UnitLevel> reportedAt = word(e.reportedAt(), at + "/reportedAt", false, UnitLevel::parse,
                "nation, province, district, commune");
        String source = text(e.source(), at + "/source", false).orElse("");
        Optional<Text> note = words(e.note(), at + "/note", false);
        List<Target> targets = new ArrayList<>();
        List<TargetEntry> entries = e.targets() == null ? List.of() : e.targets();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) != null) {
                target(entries.get(i), at + "/targets/" + i, code.orElse("?"), measure.orElse(Measure.COUNT), reportedBy)
                        .ifPresent(targets::add);
            }
        }
        if (code.isEmpty() || name.isEmpty() || unit.isEmpty() || measure.isEmpty() || nature.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(code.get(), name.get(), label.orElse(name.get()), unit.get(),
                measure.get(), nature.get(), numerator, denominator, reportedBy, reportedAt, source, note, targets));
    }

    /** {@code all} (the default), {@code province}, or a list of association codes. */
    private List<String> reporters(PlanFile.Reporters reporters, String at) {
        if (reporters == null || reporters.word().filter("all"::equals).isPresent()) {
            return List.copyOf(associationCodes);
        }
        if (reporters.word().filter("province"::equals).isPresent()) {
            return List.of();
        }
        if (reporters.word().isPresent()) {
            bad(at, reporters.word().get(), "all, province, [HLHPN, HND, ...]");
            return List.of();
        }
        List<String> codes = strings(reporters.codes(), at);
        for (int i = 0; i < codes.size(); i++) {
            knownAssociation(at + "/" + i, codes.get(i));
        }
        return codes;
    }

    private Optional<Target> target(TargetEntry e, String at, String indicator, Measure measure, List<String> reporters) {
        Optional<String> kind = text(e.kind(), at + "/kind", true);
        Optional<Scope> scope = text(e.scope(), at + "/scope", true).map(Scope::parse);
        scope.ifPresent(s -> checkScope(at + "/scope", s, indicator, reporters));
        boolean perUnit = Boolean.TRUE.equals(e.perUnit());
        int deadline = year(e.deadline(), at + "/deadline").orElse(period.to());
        int from = year(e.from(), at + "/from").orElse(period.from());
        Target.Path path = word(e.path(), at + "/path", false, Target.Path::parse, "flat, linear").orElse(Target.Path.FLAT);
        if (kind.isEmpty() || scope.isEmpty()) {
            return Optional.empty();
        }
        Optional<Target.Comparison> comparison = Target.Comparison.parse(kind.get());
        if (comparison.isPresent()) {
            return value(e.value(), at + "/value", measure).map(v ->
                    new Target.Level(comparison.get(), v, deadline, path, scope.get(), perUnit));
        }
        switch (kind.get()) {
            case "cumulative-at-least":
                return value(e.value(), at + "/value", measure).map(v ->
                        new Target.Cumulative(v, from, deadline, scope.get(), perUnit));
            case "every-year-at-least":
                return value(e.value(), at + "/value", measure).map(v ->
                        new Target.EveryYear(v, from, deadline, scope.get(), perUnit));
            case "range":
                return range(e, at, measure, deadline, path, scope.get(), perUnit);
            case "milestones":
                return milestones(e.milestones(), at + "/milestones", measure, scope.get(), perUnit);
            default:
                problems.add(Finding.PLAN_UNKNOWN_TARGET_KIND, at + "/kind", Text.of(
                        "Loại chỉ tiêu không hợp lệ '%s' (các loại hợp lệ: %s)",
                        "Unknown target kind '%s' (valid kinds: %s)").format(kind.get(), Target.kinds()));
                return Optional.empty();
        }
    }

    private Optional<Target> range(TargetEntry e, String at, Measure measure, int deadline, Target.Path path,
            Scope scope, boolean perUnit) {
        Optional<BigDecimal> min = value(e.min(), at + "/min", measure);
        Optional<BigDecimal> stretch = value(e.stretch(), at + "/stretch", measure);
        if (min.isEmpty() || stretch.isEmpty()) {
            return Optional.empty();
        }
        if (min.get().compareTo(stretch.get()) > 0) {
            problems.add(Finding.PLAN_RANGE_MIN_ABOVE_STRETCH, at + "/min", Text.of(
                    "Mức tối thiểu %s lớn hơn mức phấn đấu %s",
                    "The minimum %s is above the stretch %s").format(min.get().toPlainString(),
                    stretch.get().toPlainString()));
            return Optional.empty();
        }
        return Optional.of(new Target.Range(min.get(), stretch.get(), deadline, path, scope, perUnit));
    }

    private Optional<Target> milestones(Map<String, BigDecimal> milestones, String at, Measure measure, Scope scope,
            boolean perUnit) {
        if (!required(milestones, at)) {
            return Optional.empty();
        }
        if (milestones.isEmpty()) {
            return bad(at, "{}", Text.of("một bảng năm: giá trị", "a mapping year: value"));
        }
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
        boolean ok = true;
        for (Map.Entry<String, BigDecimal> entry : milestones.entrySet()) {
            String item = at + "/" + entry.getKey();
            Optional<Integer> year = parseYear(entry.getKey());
            if (year.isEmpty()) {
                bad(item, entry.getKey(), Text.of("một năm", "a year"));
                ok = false;
                continue;
            }
            if (!period.contains(year.get())) {
                outsidePeriod(item, year.get());
                ok = false;
            }
            Optional<BigDecimal> value = value(entry.getValue(), item, measure);
            value.ifPresent(v -> byYear.put(year.get(), v));
            ok &= value.isPresent();
        }
        return ok ? Optional.of(new Target.Milestones(byYear, scope, perUnit)) : Optional.empty();
    }

    private void checkScope(String at, Scope scope, String indicator, List<String> reporters) {
        if (scope instanceof Scope.Of of) {
            if (knownAssociation(at, of.association()) && !reporters.contains(of.association())) {
                problems.add(Finding.PLAN_SCOPE_NOT_REPORTING, at, Text.of(
                        "Chỉ tiêu %s giao cho %s nhưng đoàn thể này không báo cáo chỉ tiêu (reportedBy: %s)",
                        "Target of %s is set for %s, which does not report it (reportedBy: %s)")
                        .format(indicator, of.association(), reporters));
            }
        } else if (reporters.isEmpty() != (scope instanceof Scope.Province)) {
            problems.add(Finding.PLAN_SCOPE_MISMATCH, at, Text.of(
                    "Phạm vi '%s' không phù hợp: chỉ tiêu %s do %s báo cáo",
                    "Scope '%s' does not fit: %s is reported by %s").format(scope.key(), indicator,
                    reporters.isEmpty() ? "province" : String.join(", ", reporters)));
        }
    }

    private boolean knownAssociation(String at, String code) {
        if (associationCodes.contains(code)) {
            return true;
        }
        problems.add(Finding.PLAN_UNKNOWN_ASSOCIATION, at, Text.of(
                "'%s' không phải là đoàn thể của kế hoạch (các đoàn thể: %s)",
                "'%s' is not an association of the plan (associations: %s)")
                .format(code, String.join(", ", associationCodes)));
        return false;
    }

    private void checkLead(List<Association> associations) {
        long leads = associations.stream().filter(Association::lead).count();
        if (!associations.isEmpty() && leads != 1) {
            problems.add(Finding.PLAN_LEAD, "/associations", Text.of(
                    "Cần đúng một đoàn thể chủ trì (lead: true), đang có %d",
                    "Exactly one association must lead (lead: true); found %d").format(leads));
        }
    }

    private void checkParents(List<UnitEntry> entries, String at) {
        Set<String> codes = new HashSet<>(); // declared, even when the unit itself has a problem
        entries.forEach(e -> codes.add(e == null || e.code() == null ? "" : e.code().trim()));
        for (int i = 0; i < entries.size(); i++) {
            String parent = entries.get(i) == null || entries.get(i).parent() == null ? "" : entries.get(i).parent().trim();
            if (!parent.isEmpty() && !codes.contains(parent)) {
                problems.add(Finding.PLAN_UNKNOWN_UNIT, at + "/" + i + "/parent", Text.of(
                        "Đơn vị cấp trên '%s' không có trong danh sách đơn vị",
                        "Parent unit '%s' is not among the plan's units").format(parent));
            }
        }
    }

    private String key(String name) {
        return keys.computeIfAbsent(name, Names::key);
    }

    /** Two entries that declare the same name or alias (after normalising) cannot be told apart. */
    private <T> void checkAliases(List<T> entries, String at, Function<T, List<String>> names, Function<T, String> code) {
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            for (String name : names.apply(entries.get(i))) {
                Integer previous = owner.putIfAbsent(key(name), i);
                if (previous != null && previous != i) {
                    problems.add(Finding.PLAN_ALIAS_COLLISION, at + "/" + i, Text.of(
                            "Tên '%s' trùng với một tên của %s",
                            "The name '%s' is also a name of %s").format(name, code.apply(entries.get(previous))));
                }
            }
        }
    }

    private void duplicates(List<String> codes, String at) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            Integer previous = first.putIfAbsent(codes.get(i), i);
            if (previous != null) {
                problems.add(Finding.PLAN_DUPLICATE_CODE, at + "/" + i + "/code", Text.of(
                        "Mã '%s' bị trùng, đã khai báo ở dòng %d",
                        "Duplicate code '%s', already declared on line %d")
                        .format(codes.get(i), problems.line(at + "/" + previous + "/code")));
            }
        }
    }

    /** The entries of a list, each made by {@code item} from its pointer; entries left empty by a problem skipped. */
    private <E, T> List<T> list(List<E> entries, String at, boolean required, BiFunction<E, String, Optional<T>> item) {
        if (required && !required(entries, at) || entries == null) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) != null) {
                item.apply(entries.get(i), at + "/" + i).ifPresent(items::add);
            }
        }
        return items;
    }

    /** Whether a required field is there; a problem at its parent when it is not (unless its value was already said to be wrong). */
    private boolean required(Object value, String at) {
        if (value != null) {
            return true;
        }
        if (!problems.told(at)) {
            String name = at.substring(at.lastIndexOf('/') + 1);
            problems.add(Finding.PLAN_MISSING_FIELD, at.substring(0, Math.max(0, at.lastIndexOf('/'))), Text.of(
                    "Thiếu trường bắt buộc '%s'", "Required field '%s' is missing").format(name));
        }
        return false;
    }

    private <T> Optional<T> present(T value, String at, boolean required) {
        return (required ? required(value, at) : value != null) ? Optional.of(value) : Optional.empty();
    }

    private Optional<String> text(String value, String at, boolean required) {
        Optional<String> text = present(value, at, required);
        if (text.isPresent() && text.get().isBlank()) {
            return bad(at, "\"" + text.get() + "\"", Text.of("một chuỗi không rỗng", "a non-empty text"));
        }
        return text.map(String::trim);
    }

    /** A plan word ({@code count}, {@code district}, ...) as what it means, or a problem naming the choices. */
    private <T> Optional<T> word(String value, String at, boolean required, Function<String, Optional<T>> parse,
            String choices) {
        return text(value, at, required).flatMap(word -> parse.apply(word).or(() -> bad(at, word,
                Text.of("một trong: " + choices, "one of: " + choices))));
    }

    private Optional<Text> words(Words value, String at, boolean required) {
        if (!present(value, at, required).isPresent()) {
            return Optional.empty();
        }
        Optional<String> vi = text(value.vi(), at + "/vi", true);
        Optional<String> en = text(value.en(), at + "/en", true);
        return vi.isPresent() && en.isPresent() ? Optional.of(Text.of(vi.get(), en.get())) : Optional.empty();
    }

    private List<String> strings(List<String> values, String at) {
        if (values == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            text(values.get(i), at + "/" + i, true).ifPresent(texts::add);
        }
        return texts;
    }

    /** A whole number (a year), or a problem: 2016.5 is no year. */
    private Optional<Integer> whole(BigDecimal value, String at, boolean required) {
        Optional<BigDecimal> number = present(value, at, required);
        if (number.isPresent() && (number.get().stripTrailingZeros().scale() > 0
                || number.get().abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
            return bad(at, number.get().toPlainString(), Text.of("một số nguyên", "a whole number"));
        }
        return number.map(BigDecimal::intValue);
    }

    private Optional<Integer> year(BigDecimal value, String at) {
        Optional<Integer> year = whole(value, at, false);
        year.filter(y -> !period.contains(y)).ifPresent(y -> outsidePeriod(at, y));
        return year;
    }

    private void outsidePeriod(String at, int year) {
        problems.add(Finding.PLAN_OUTSIDE_PERIOD, at, Text.of(
                "Năm %d nằm ngoài giai đoạn của kế hoạch (%s)",
                "Year %d is outside the plan's period (%s)").format(year, period));
    }

    /** A target figure: a number, at least zero, and for a rate a percentage up to 100. */
    private Optional<BigDecimal> value(BigDecimal value, String at, Measure measure) {
        if (!required(value, at)) {
            return Optional.empty();
        }
        boolean percent = measure != Measure.COUNT;
        if (value.signum() < 0 || percent && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return bad(at, value.toPlainString(), percent
                    ? Text.of("một tỷ lệ phần trăm từ 0 đến 100", "a percentage from 0 to 100")
                    : Text.of("một số không âm", "a number at least zero"));
        }
        return Optional.of(value);
    }

    private static Optional<Integer> parseYear(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private <T> Optional<T> bad(String at, String value, Text expected) {
        String name = at.substring(at.lastIndexOf('/') + 1);
        problems.add(Finding.PLAN_BAD_VALUE, at, Text.of(
                String.format("'%s' phải là %s, nhưng là %s", name, expected.vi(), value),
                String.format("'%s' must be %s, but is %s", name, expected.en(), value)));
        return Optional.empty();
    }

    private <T> Optional<T> bad(String at, String value, String choices) {
        return bad(at, value, Text.of("một trong: " + choices, "one of: " + choices));
    }
}
