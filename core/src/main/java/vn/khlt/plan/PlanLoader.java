package vn.khlt.plan;

import vn.khlt.finding.Finding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import vn.khlt.i18n.Text;

/**
 * Reads a plan file (YAML) and checks it, reporting every problem with its line. The format
 * is documented in docs/plan-format.md.
 */
public final class PlanLoader {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PlanLoader() {
    }

    /** Reads a file that a plan names (its units file), by the name the plan gives it. */
    @FunctionalInterface
    public interface Includes {
        String read(String name) throws IOException;

        /** For a plan given as text alone: it cannot name other files. */
        Includes NONE = name -> {
            throw new java.nio.file.NoSuchFileException(name);
        };
    }

    /** Loads a plan, or fails with every problem found in it. */
    public static Plan load(String file, String yaml) throws InvalidPlanException {
        return load(file, yaml, Includes.NONE);
    }

    /** Loads a plan that may name a units file, or fails with every problem found in them. */
    public static Plan load(String file, String yaml, Includes includes) throws InvalidPlanException {
        return planOf(check(file, yaml, includes));
    }

    private static Plan planOf(PlanCheck check) throws InvalidPlanException {
        if (!check.valid()) {
            throw new InvalidPlanException(check);
        }
        return check.plan().orElseThrow();
    }

    /** Checks a plan without failing: the plan when valid, and the problems. */
    public static PlanCheck check(String file, String yaml) {
        return check(file, yaml, Includes.NONE);
    }

    /** Checks a plan, and the units file it names, without failing. */
    public static PlanCheck check(String file, String yaml, Includes includes) {
        JsonNode root;
        try {
            root = yamlTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String reason = e.getOriginalMessage().lines().findFirst().orElse("");
            return new PlanCheck(file, Optional.empty(), List.of(new PlanProblem(Finding.PLAN_SYNTAX, line,
                    Text.of("Không đọc được YAML: %s", "Not valid YAML: %s").format(reason))));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a plan from memory", e);
        }
        return check(file, root, yaml, includes);
    }

    /** The plan of a document's tree, and the problems in it; the YAML gives the lines problems name. */
    private static PlanCheck check(String file, JsonNode root, String yaml, Includes includes) {
        if (root == null || !root.isObject()) {
            return new PlanCheck(file, Optional.empty(), List.of(new PlanProblem(Finding.PLAN_SYNTAX, 1,
                    Text.of("Tệp kế hoạch phải là một bảng YAML (id, title, period, ...)",
                            "A plan file must be a YAML mapping (id, title, period, ...)"))));
        }
        Reader reader = new Reader(yaml, includes);
        Optional<Plan> plan = reader.plan(new At(root, ""));
        List<PlanProblem> problems = new ArrayList<>(reader.problems);
        problems.sort(Comparator.comparing(PlanProblem::file).thenComparingInt(PlanProblem::line));
        return new PlanCheck(file, problems.isEmpty() ? plan : Optional.empty(), problems);
    }

    /** A YAML document's tree, as plans are read. */
    static JsonNode yamlTree(String yaml) throws IOException {
        try (JsonParser parser = YAML.createParser(yaml)) {
            return YamlTree.read(parser);
        }
    }

    /** The line on which each JSON pointer of the document starts. */
    private static Map<String, Integer> lines(String yaml) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                if (token.isStructStart() && context.getParent() != null) {
                    context = context.getParent();
                }
                lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        }
        return lines;
    }

    /** A node of the document with its JSON pointer, so that a problem can name its line. */
    record At(JsonNode node, String pointer) {
        At field(String name) {
            boolean plain = name.indexOf('~') < 0 && name.indexOf('/') < 0; // as field names nearly always are
            return new At(node.path(name), pointer + "/" + (plain ? name : name.replace("~", "~0").replace("/", "~1")));
        }

        At item(int index) {
            return new At(node.path(index), pointer + "/" + index);
        }

        boolean present() {
            return !node.isMissingNode() && !node.isNull();
        }
    }

    /** Receives a problem found at a place of the plan. */
    interface Problems {
        void add(Finding finding, At at, Text message);
    }

    /** Walks the document once, building the plan and collecting problems. */
    private static final class Reader {

        private static final Set<String> PLAN_FIELDS = Set.of(
                "id", "number", "title", "issued", "period", "associations", "units", "indicators");
        private static final Set<String> ASSOCIATION_FIELDS = Set.of("code", "name", "aliases", "lead");
        private static final Set<String> UNIT_FIELDS = Set.of("code", "name", "level", "parent", "aliases");
        private static final Set<String> INDICATOR_FIELDS = Set.of("code", "name", "label", "unit",
                "measure", "nature", "numerator", "denominator", "reportedBy", "reportedAt", "source",
                "note", "targets");
        private static final Set<String> TARGET_FIELDS = Set.of("kind", "scope", "perUnit", "value",
                "deadline", "from", "path", "min", "stretch", "milestones");

        /** Lines by JSON pointer: the units file's as it is read, the YAML's once a problem needs one. */
        private final Map<String, Integer> lines = new HashMap<>();
        private boolean yamlLines;
        private final List<PlanProblem> problems = new ArrayList<>();
        private final String source;
        private Period period = new Period(Integer.MIN_VALUE, Integer.MAX_VALUE);
        private final Set<String> associationCodes = new LinkedHashSet<>();
        private final Includes includes;
        private String unitsFile = "";

        Reader(String source, Includes includes) {
            this.source = source;
            this.includes = includes;
        }

        Optional<Plan> plan(At root) {
            fields(root, PLAN_FIELDS);
            Optional<String> id = text(root.field("id"), true);
            Optional<String> number = text(root.field("number"), false);
            Optional<Text> title = bilingual(root.field("title"), true);
            Optional<String> issued = text(root.field("issued"), false);
            Optional<Period> readPeriod = period(root.field("period"));
            readPeriod.ifPresent(p -> period = p);
            List<Association> associations = list(root.field("associations"), true, this::association);
            associations.forEach(a -> associationCodes.add(a.code()));
            checkLead(root.field("associations"), associations);
            At unitsAt = root.field("units");
            if (unitsAt.node().isTextual()) {
                unitsAt = UnitsFile.read(unitsAt.node().asText(), includes, lines, this::problem, unitsAt);
                unitsFile = unitsAt.node().isArray() ? root.field("units").node().asText() : "";
            }
            List<ReportingUnit> units = list(unitsAt, true, this::unit);
            checkParents(unitsAt, units);
            checkAliases(root.field("associations"), associations, Association::names);
            checkAliases(unitsAt, units, ReportingUnit::names);
            List<Indicator> indicators = list(root.field("indicators"), true, this::indicator);
            duplicates(root.field("associations"), associations.stream().map(Association::code).toList());
            duplicates(unitsAt, units.stream().map(ReportingUnit::code).toList());
            duplicates(root.field("indicators"), indicators.stream().map(Indicator::code).toList());
            if (id.isEmpty() || title.isEmpty() || readPeriod.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Plan(id.get(), number.orElse(id.get()), title.get(), issued.orElse(""),
                    readPeriod.get(), associations, units, indicators, source, this::key));
        }

        private Optional<Period> period(At at) {
            if (!required(at)) {
                return Optional.empty();
            }
            fields(at, Set.of("from", "to"));
            Optional<Integer> from = integer(at.field("from"), true);
            Optional<Integer> to = integer(at.field("to"), true);
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            if (from.get() > to.get()) {
                problem(Finding.PLAN_BAD_PERIOD, at, Text.of(
                        "Giai đoạn bắt đầu (%d) sau khi kết thúc (%d)",
                        "The period starts (%d) after it ends (%d)").format(from.get(), to.get()));
                return Optional.empty();
            }
            return Optional.of(new Period(from.get(), to.get()));
        }

        private Optional<Association> association(At at) {
            fields(at, ASSOCIATION_FIELDS);
            Optional<String> code = text(at.field("code"), true);
            Optional<Text> name = bilingual(at.field("name"), true);
            List<String> aliases = strings(at.field("aliases"));
            boolean lead = bool(at.field("lead")).orElse(false);
            if (code.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Association(code.get(), name.get(), aliases, lead));
        }

        private Optional<ReportingUnit> unit(At at) {
            fields(at, UNIT_FIELDS);
            Optional<String> code = text(at.field("code"), true);
            Optional<Text> name = bilingual(at.field("name"), true);
            Optional<UnitLevel> level = text(at.field("level"), true).flatMap(word -> UnitLevel.parse(word)
                    .or(() -> bad(at.field("level"), word, "nation, province, district, commune")));
            Optional<String> parent = text(at.field("parent"), false);
            List<String> aliases = strings(at.field("aliases"));
            if (code.isEmpty() || name.isEmpty() || level.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ReportingUnit(code.get(), name.get(), level.get(), parent, aliases));
        }

        private Optional<Indicator> indicator(At at) {
            fields(at, INDICATOR_FIELDS);
            Optional<String> code = text(at.field("code"), true);
            Optional<Text> name = bilingual(at.field("name"), true);
            Optional<Text> label = bilingual(at.field("label"), false);
            Optional<Text> unit = bilingual(at.field("unit"), true);
            Optional<Measure> measure = text(at.field("measure"), true).flatMap(word -> Measure.parse(word)
                    .or(() -> bad(at.field("measure"), word, "count, rate, yes-no")));
            Optional<Nature> nature = text(at.field("nature"), true).flatMap(word -> Nature.parse(word)
                    .or(() -> bad(at.field("nature"), word, "flow, stock")));
            Optional<Text> numerator = bilingual(at.field("numerator"), false);
            Optional<Text> denominator = bilingual(at.field("denominator"), false);
            if (measure.filter(m -> m == Measure.RATE).isPresent()) {
                if (numerator.isEmpty()) {
                    problem(Finding.PLAN_RATE_WITHOUT_NUMERATOR, at.field("measure"), Text.of(
                            "Chỉ tiêu tỷ lệ %s cần nhãn tử số (numerator)",
                            "Rate indicator %s needs a numerator label").format(code.orElse("?")));
                }
                if (denominator.isEmpty()) {
                    problem(Finding.PLAN_RATE_WITHOUT_DENOMINATOR, at.field("measure"), Text.of(
                            "Chỉ tiêu tỷ lệ %s cần nhãn mẫu số (denominator)",
                            "Rate indicator %s needs a denominator label").format(code.orElse("?")));
                }
            }
            List<String> reportedBy = reporters(at.field("reportedBy"));
            Optional<UnitLevel> reportedAt = text(at.field("reportedAt"), false).flatMap(word -> UnitLevel.parse(word)
                    .or(() -> bad(at.field("reportedAt"), word, "nation, province, district, commune")));
            String source = text(at.field("source"), false).orElse("");
            Optional<Text> note = bilingual(at.field("note"), false);
            List<Target> targets = new ArrayList<>();
            At list = at.field("targets");
            if (list.present() && !list.node().isArray()) {
                bad(list, list.node().toString(), Text.of("một danh sách", "a list"));
            }
            for (int i = 0; i < list.node().size(); i++) {
                target(list.item(i), code.orElse("?"), measure.orElse(Measure.COUNT), reportedBy)
                        .ifPresent(targets::add);
            }
            if (code.isEmpty() || name.isEmpty() || unit.isEmpty() || measure.isEmpty() || nature.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Indicator(code.get(), name.get(), label.orElse(name.get()), unit.get(),
                    measure.get(), nature.get(), numerator, denominator, reportedBy, reportedAt, source,
                    note, targets));
        }

        /** {@code all} (the default), {@code province}, or a list of association codes. */
        private List<String> reporters(At at) {
            if (!at.present() || at.node().isTextual() && at.node().asText().equals("all")) {
                return List.copyOf(associationCodes);
            }
            if (at.node().isTextual() && at.node().asText().equals("province")) {
                return List.of();
            }
            List<String> codes = strings(at);
            for (int i = 0; i < codes.size(); i++) {
                knownAssociation(at.item(i), codes.get(i));
            }
            return codes;
        }

        private Optional<Target> target(At at, String indicator, Measure measure, List<String> reporters) {
            fields(at, TARGET_FIELDS);
            Optional<String> kind = text(at.field("kind"), true);
            Optional<Scope> scope = text(at.field("scope"), true).map(Scope::parse);
            scope.ifPresent(s -> checkScope(at.field("scope"), s, indicator, reporters));
            boolean perUnit = bool(at.field("perUnit")).orElse(false);
            int deadline = year(at.field("deadline"), false).orElse(period.to());
            int from = year(at.field("from"), false).orElse(period.from());
            Target.Path path = text(at.field("path"), false).map(word -> Target.Path.parse(word)
                    .or(() -> bad(at.field("path"), word, "flat, linear")).orElse(Target.Path.FLAT))
                    .orElse(Target.Path.FLAT);
            if (kind.isEmpty() || scope.isEmpty()) {
                return Optional.empty();
            }
            Optional<Target.Comparison> comparison = Target.Comparison.parse(kind.get());
            if (comparison.isPresent()) {
                return value(at.field("value"), measure).map(v ->
                        new Target.Level(comparison.get(), v, deadline, path, scope.get(), perUnit));
            }
            switch (kind.get()) {
                case "cumulative-at-least":
                    return value(at.field("value"), measure).map(v ->
                            new Target.Cumulative(v, from, deadline, scope.get(), perUnit));
                case "every-year-at-least":
                    return value(at.field("value"), measure).map(v ->
                            new Target.EveryYear(v, from, deadline, scope.get(), perUnit));
                case "range":
                    return range(at, measure, deadline, path, scope.get(), perUnit);
                case "milestones":
                    return milestones(at.field("milestones"), measure, scope.get(), perUnit);
                default:
                    problem(Finding.PLAN_UNKNOWN_TARGET_KIND, at.field("kind"), Text.of(
                            "Loại chỉ tiêu không hợp lệ '%s' (các loại hợp lệ: %s)",
                            "Unknown target kind '%s' (valid kinds: %s)").format(kind.get(), Target.kinds()));
                    return Optional.empty();
            }
        }

        private Optional<Target> range(At at, Measure measure, int deadline, Target.Path path, Scope scope,
                boolean perUnit) {
            Optional<BigDecimal> min = value(at.field("min"), measure);
            Optional<BigDecimal> stretch = value(at.field("stretch"), measure);
            if (min.isEmpty() || stretch.isEmpty()) {
                return Optional.empty();
            }
            if (min.get().compareTo(stretch.get()) > 0) {
                problem(Finding.PLAN_RANGE_MIN_ABOVE_STRETCH, at.field("min"), Text.of(
                        "Mức tối thiểu %s lớn hơn mức phấn đấu %s",
                        "The minimum %s is above the stretch %s").format(min.get().toPlainString(),
                        stretch.get().toPlainString()));
                return Optional.empty();
            }
            return Optional.of(new Target.Range(min.get(), stretch.get(), deadline, path, scope, perUnit));
        }

        private Optional<Target> milestones(At at, Measure measure, Scope scope, boolean perUnit) {
            if (!required(at)) {
                return Optional.empty();
            }
            if (!at.node().isObject() || at.node().isEmpty()) {
                bad(at, at.node().toString(), Text.of("một bảng năm: giá trị", "a mapping year: value"));
                return Optional.empty();
            }
            TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
            boolean ok = true;
            for (Iterator<String> names = at.node().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                At item = at.field(name);
                Optional<Integer> year = parseYear(name);
                if (year.isEmpty()) {
                    bad(item, name, Text.of("một năm", "a year"));
                    ok = false;
                    continue;
                }
                if (!period.contains(year.get())) {
                    outsidePeriod(item, year.get());
                    ok = false;
                }
                Optional<BigDecimal> value = value(item, measure);
                value.ifPresent(v -> byYear.put(year.get(), v));
                ok &= value.isPresent();
            }
            return ok ? Optional.of(new Target.Milestones(byYear, scope, perUnit)) : Optional.empty();
        }

        private void checkScope(At at, Scope scope, String indicator, List<String> reporters) {
            if (scope instanceof Scope.Of of) {
                if (knownAssociation(at, of.association()) && !reporters.contains(of.association())) {
                    problem(Finding.PLAN_SCOPE_NOT_REPORTING, at, Text.of(
                            "Chỉ tiêu %s giao cho %s nhưng đoàn thể này không báo cáo chỉ tiêu (reportedBy: %s)",
                            "Target of %s is set for %s, which does not report it (reportedBy: %s)")
                            .format(indicator, of.association(), reporters));
                }
            } else if (reporters.isEmpty() != (scope instanceof Scope.Province)) {
                problem(Finding.PLAN_SCOPE_MISMATCH, at, Text.of(
                        "Phạm vi '%s' không phù hợp: chỉ tiêu %s do %s báo cáo",
                        "Scope '%s' does not fit: %s is reported by %s").format(scope.key(), indicator,
                        reporters.isEmpty() ? "province" : String.join(", ", reporters)));
            }
        }

        private boolean knownAssociation(At at, String code) {
            if (associationCodes.contains(code)) {
                return true;
            }
            problem(Finding.PLAN_UNKNOWN_ASSOCIATION, at, Text.of(
                    "'%s' không phải là đoàn thể của kế hoạch (các đoàn thể: %s)",
                    "'%s' is not an association of the plan (associations: %s)")
                    .format(code, String.join(", ", associationCodes)));
            return false;
        }

        private void checkLead(At at, List<Association> associations) {
            long leads = associations.stream().filter(Association::lead).count();
            if (!associations.isEmpty() && leads != 1) {
                problem(Finding.PLAN_LEAD, at, Text.of(
                        "Cần đúng một đoàn thể chủ trì (lead: true), đang có %d",
                        "Exactly one association must lead (lead: true); found %d").format(leads));
            }
        }

        private void checkParents(At at, List<ReportingUnit> units) {
            Set<String> codes = new java.util.HashSet<>(); // declared, even when the unit itself has a problem
            units.forEach(u -> codes.add(u.code()));
            at.node().forEach(node -> codes.add(node.path("code").asText("")));
            for (int i = 0; i < at.node().size(); i++) {
                At item = at.item(i);
                String parent = item.node().path("parent").asText("");
                if (!parent.isEmpty() && !codes.contains(parent)) {
                    problem(Finding.PLAN_UNKNOWN_UNIT, item.field("parent"), Text.of(
                            "Đơn vị cấp trên '%s' không có trong danh sách đơn vị",
                            "Parent unit '%s' is not among the plan's units").format(parent));
                }
            }
        }

        /** Name keys, made once: the aliases check and the plan's name indexes both need them. */
        private final Map<String, String> keys = new HashMap<>();

        private String key(String name) {
            return keys.computeIfAbsent(name, Names::key);
        }

        /** Two entries that declare the same name or alias (after normalising) cannot be told apart. */
        private <T> void checkAliases(At at, List<T> entries, Function<T, List<String>> names) {
            Map<String, Integer> owner = new HashMap<>();
            for (int i = 0; i < entries.size() && i < at.node().size(); i++) {
                for (String name : names.apply(entries.get(i))) {
                    String key = key(name);
                    Integer previous = owner.putIfAbsent(key, i);
                    if (previous != null && previous != i) {
                        problem(Finding.PLAN_ALIAS_COLLISION, at.item(i), Text.of(
                                "Tên '%s' trùng với một tên của %s",
                                "The name '%s' is also a name of %s")
                                .format(name, at.node().get(previous).path("code").asText()));
                    }
                }
            }
        }

        private void duplicates(At at, List<String> codes) {
            Map<String, Integer> first = new HashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                Integer previous = first.putIfAbsent(codes.get(i), i);
                if (previous != null) {
                    problem(Finding.PLAN_DUPLICATE_CODE, at.item(i).field("code"), Text.of(
                            "Mã '%s' bị trùng, đã khai báo ở dòng %d",
                            "Duplicate code '%s', already declared on line %d")
                            .format(codes.get(i), line(at.item(previous).field("code").pointer())));
                }
            }
        }

        private <T> List<T> list(At at, boolean required, Function<At, Optional<T>> item) {
            if (required && !required(at) || !at.present()) {
                return List.of();
            }
            if (!at.node().isArray()) {
                bad(at, at.node().toString(), Text.of("một danh sách", "a list"));
                return List.of();
            }
            List<T> items = new ArrayList<>();
            for (int i = 0; i < at.node().size(); i++) {
                At entry = at.item(i);
                if (!entry.node().isObject()) {
                    bad(entry, entry.node().toString(), Text.of("một bảng (code, name, ...)", "a mapping (code, name, ...)"));
                    continue;
                }
                item.apply(entry).ifPresent(items::add);
            }
            return items;
        }

        private void fields(At at, Set<String> allowed) {
            for (Iterator<String> names = at.node().fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    problem(Finding.PLAN_UNKNOWN_FIELD, at.field(name), Text.of(
                            "Trường không được hỗ trợ '%s' (các trường hợp lệ: %s)",
                            "Unknown field '%s' (valid fields: %s)")
                            .format(name, String.join(", ", new TreeSet<>(allowed))));
                }
            }
        }

        private boolean required(At at) {
            if (at.present()) {
                return true;
            }
            String pointer = at.pointer();
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            problem(Finding.PLAN_MISSING_FIELD, parent(at), Text.of(
                    "Thiếu trường bắt buộc '%s'", "Required field '%s' is missing").format(name));
            return false;
        }

        private At parent(At at) {
            return new At(at.node(), at.pointer().substring(0, Math.max(0, at.pointer().lastIndexOf('/'))));
        }

        private Optional<String> text(At at, boolean required) {
            if (required ? !required(at) : !at.present()) {
                return Optional.empty();
            }
            if (!at.node().isValueNode() || at.node().asText().isBlank()) {
                return bad(at, at.node().toString(), Text.of("một chuỗi không rỗng", "a non-empty text"));
            }
            return Optional.of(at.node().asText().trim());
        }

        private Optional<Text> bilingual(At at, boolean required) {
            if (required ? !required(at) : !at.present()) {
                return Optional.empty();
            }
            if (!at.node().isObject()) {
                return bad(at, at.node().toString(), Text.of("một bảng {vi: ..., en: ...}", "a mapping {vi: ..., en: ...}"));
            }
            fields(at, Set.of("vi", "en"));
            Optional<String> vi = text(at.field("vi"), true);
            Optional<String> en = text(at.field("en"), true);
            return vi.isPresent() && en.isPresent() ? Optional.of(Text.of(vi.get(), en.get())) : Optional.empty();
        }

        private List<String> strings(At at) {
            if (!at.present()) {
                return List.of();
            }
            if (!at.node().isArray()) {
                bad(at, at.node().toString(), Text.of("một danh sách", "a list"));
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < at.node().size(); i++) {
                text(at.item(i), true).ifPresent(values::add);
            }
            return values;
        }

        private Optional<Boolean> bool(At at) {
            if (!at.present()) {
                return Optional.empty();
            }
            if (!at.node().isBoolean()) {
                return bad(at, at.node().toString(), Text.of("true hoặc false", "true or false"));
            }
            return Optional.of(at.node().booleanValue());
        }

        private Optional<Integer> integer(At at, boolean required) {
            if (required ? !required(at) : !at.present()) {
                return Optional.empty();
            }
            if (!at.node().canConvertToInt() || !at.node().isIntegralNumber()) {
                return bad(at, at.node().toString(), Text.of("một số nguyên", "a whole number"));
            }
            return Optional.of(at.node().intValue());
        }

        private Optional<Integer> year(At at, boolean required) {
            Optional<Integer> year = integer(at, required);
            year.filter(y -> !period.contains(y)).ifPresent(y -> outsidePeriod(at, y));
            return year;
        }

        private void outsidePeriod(At at, int year) {
            problem(Finding.PLAN_OUTSIDE_PERIOD, at, Text.of(
                    "Năm %d nằm ngoài giai đoạn của kế hoạch (%s)",
                    "Year %d is outside the plan's period (%s)").format(year, period));
        }

        /** A target figure: a number, at least zero, and for a rate a percentage up to 100. */
        private Optional<BigDecimal> value(At at, Measure measure) {
            if (!required(at)) {
                return Optional.empty();
            }
            if (!at.node().isNumber()) {
                return bad(at, at.node().toString(), Text.of("một số", "a number"));
            }
            BigDecimal value = at.node().decimalValue();
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

        private <T> Optional<T> bad(At at, String value, String choices) {
            return bad(at, value, Text.of("một trong: " + choices, "one of: " + choices));
        }

        private <T> Optional<T> bad(At at, String value, Text expected) {
            String pointer = at.pointer();
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            problem(Finding.PLAN_BAD_VALUE, at, Text.of(
                    String.format("'%s' phải là %s, nhưng là %s", name, expected.vi(), value),
                    String.format("'%s' must be %s, but is %s", name, expected.en(), value)));
            return Optional.empty();
        }

        private void problem(Finding finding, At at, Text message) {
            boolean inUnitsFile = at.pointer().startsWith(UnitsFile.POINTER);
            problems.add(new PlanProblem(finding, line(at.pointer()), message, inUnitsFile ? unitsFile : ""));
        }

        /** The line of a pointer, or of its nearest ancestor that the document has. */
        private int line(String pointer) {
            if (!yamlLines) {
                yamlLines = true;
                try {
                    lines(source).forEach(lines::putIfAbsent); // the units file's lines stand
                } catch (IOException e) {
                    throw new UncheckedIOException("reading a plan from memory", e);
                }
            }
            String p = pointer;
            while (true) {
                Integer line = lines.get(p);
                if (line != null) {
                    return line;
                }
                if (p.isEmpty()) {
                    return 1;
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
        }
    }
}
