package vn.khlt.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.khlt.finding.Finding;
import vn.khlt.i18n.Text;

/**
 * Reads a plan file (YAML) and checks it, reporting every problem with its line and column.
 * Jackson binds the file to the records of {@link PlanFile}; a value of the wrong kind or an
 * unknown field is collected as a problem where Jackson's parser stands ({@link Collector}, a
 * {@link DeserializationProblemHandler}) and reading goes on; {@link PlanChecks} then checks
 * what is required and what the values mean, and makes the plan. The format is in
 * docs/plan-format.md.
 */
public final class PlanLoader {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** Unknown fields reported (to the collector, which lets reading go on). */
    private static final ObjectReader READER = YAMLMapper.builder(YAML)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readerFor(PlanFile.Document.class);

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
        PlanCheck check = check(file, yaml, includes);
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
        Problems problems = new Problems(yaml);
        PlanFile.Document document;
        try {
            document = READER.withHandler(new Collector(problems)).readValue(yaml);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().lines().findFirst().orElse("");
            problems.at(Finding.PLAN_SYNTAX, e.getLocation(), Text.of("Không đọc được YAML: %s", "Not valid YAML: %s")
                    .format(reason));
            return new PlanCheck(file, Optional.empty(), problems.sorted());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a plan from memory", e);
        }
        if (document == null) {
            problems.add(Finding.PLAN_SYNTAX, "", Text.of("Tệp kế hoạch phải là một bảng YAML (id, title, period, ...)",
                    "A plan file must be a YAML mapping (id, title, period, ...)"));
            return new PlanCheck(file, Optional.empty(), problems.sorted());
        }
        Optional<Plan> plan = new PlanChecks(problems, includes, yaml).plan(document);
        List<PlanProblem> found = problems.sorted();
        return new PlanCheck(file, found.isEmpty() ? plan : Optional.empty(), found);
    }

    /**
     * The problems found, each at a place of the document named by its JSON pointer: its line and
     * column as Jackson's parser gives them, or the line of a units file's record.
     */
    static final class Problems {

        private final String yaml;
        private final List<PlanProblem> found = new ArrayList<>();
        /** The places a problem was already told at, so that a value of the wrong kind is not also "missing". */
        private final Set<String> told = new HashSet<>();
        /** Line and column by pointer, read from the YAML when a problem first needs one. */
        private Map<String, int[]> positions;
        /** The units file's name and its records' lines, by pointer under {@link UnitsFile#POINTER}. */
        private String unitsFile = "";
        private final Map<String, Integer> unitsLines = new HashMap<>();

        Problems(String yaml) {
            this.yaml = yaml;
        }

        /** A problem where Jackson's parser stands (or stood, for a syntax error). */
        void at(Finding finding, JsonLocation location, Text message) {
            int line = location == null ? 1 : Math.max(1, location.getLineNr());
            int column = location == null ? 0 : Math.max(0, location.getColumnNr());
            found.add(new PlanProblem(finding, line, column, message, ""));
        }

        /** A problem at a pointer of the document (or of the units file). */
        void add(Finding finding, String pointer, Text message) {
            told.add(pointer);
            if (pointer.startsWith(UnitsFile.POINTER)) {
                found.add(new PlanProblem(finding, unitsLine(pointer), 0, message, unitsFile));
                return;
            }
            int[] position = position(pointer);
            found.add(new PlanProblem(finding, position[0], position[1], message, ""));
        }

        boolean told(String pointer) {
            return told.contains(pointer);
        }

        void unitsFile(String name, Map<String, Integer> lines) {
            unitsFile = name;
            unitsLines.putAll(lines);
        }

        /** The line of a pointer, or of its nearest ancestor that the document has. */
        int line(String pointer) {
            return position(pointer)[0];
        }

        private int[] position(String pointer) {
            if (positions == null) {
                positions = positions(yaml);
            }
            for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
                int[] position = positions.get(p);
                if (position != null) {
                    return position;
                }
                if (p.isEmpty()) {
                    return new int[] {1, 0};
                }
            }
        }

        private int unitsLine(String pointer) {
            for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
                Integer line = unitsLines.get(p);
                if (line != null || p.indexOf('/') < 0) {
                    return line == null ? 1 : line;
                }
            }
        }

        List<PlanProblem> sorted() {
            List<PlanProblem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing(PlanProblem::file).thenComparingInt(PlanProblem::line)
                    .thenComparingInt(PlanProblem::column));
            return sorted;
        }

        /** Where each JSON pointer of the document starts, as Jackson's YAML parser reads it. */
        private static Map<String, int[]> positions(String yaml) {
            Map<String, int[]> positions = new HashMap<>();
            try (JsonParser parser = YAML.createParser(yaml)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    JsonStreamContext context = parser.getParsingContext();
                    if (token.isStructStart() && context.getParent() != null) {
                        context = context.getParent();
                    }
                    JsonLocation at = parser.currentTokenLocation();
                    positions.putIfAbsent(context.pathAsPointer().toString(), new int[] {at.getLineNr(), at.getColumnNr()});
                }
            } catch (IOException e) {
                // a syntax error is reported as such; the places before it stand
            }
            return positions;
        }
    }

    /**
     * Collects, as Jackson binds the file, each value of the wrong kind and each unknown field as
     * a problem where the parser stands, and lets binding go on (the field is then left empty).
     */
    private static final class Collector extends DeserializationProblemHandler {

        private final Problems problems;

        Collector(Problems problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            Set<String> valid = new TreeSet<>();
            Collection<Object> known = deserializer.getKnownPropertyNames();
            if (known != null) {
                known.forEach(name -> valid.add(String.valueOf(name)));
            }
            // a record's unknown fields are handed over once the whole mapping is read, from a buffer:
            // the document's parser then stands at the mapping's end, in the place of the mapping
            JsonParser document = ctxt.getParser();
            String pointer = document.currentToken() == JsonToken.END_OBJECT
                    ? document.getParsingContext().pathAsPointer() + "/" + propertyName : pointer(p);
            problems.add(Finding.PLAN_UNKNOWN_FIELD, pointer, Text.of(
                    "Trường không được hỗ trợ '%s' (các trường hợp lệ: %s)",
                    "Unknown field '%s' (valid fields: %s)").format(propertyName, String.join(", ", valid)));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) throws IOException {
            return bad(ctxt, p, targetType.getRawClass());
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) throws IOException {
            return bad(ctxt, ctxt.getParser(), targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                String failureMsg) throws IOException {
            return bad(ctxt, ctxt.getParser(), targetType);
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
            return bad(ctxt, p, instClass);
        }

        /** A value of the wrong kind: said, skipped, and left empty. */
        private Object bad(DeserializationContext ctxt, JsonParser p, Class<?> type) throws IOException {
            String pointer = pointer(p);
            JsonLocation at = p.currentTokenLocation();
            String value = p.currentToken() != null && p.currentToken().isStructStart()
                    ? String.valueOf(ctxt.readTree(p)) : p.getText();
            if (pointer.isEmpty()) {
                return null; // the document itself: not a mapping, said by the caller
            }
            problems.told.add(pointer);
            Text expected = PlanFile.expected(type);
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            problems.at(Finding.PLAN_BAD_VALUE, at, Text.of(
                    String.format("'%s' phải là %s, nhưng là %s", name, expected.vi(), value),
                    String.format("'%s' must be %s, but is %s", name, expected.en(), value)));
            return null;
        }

        /** The pointer of the value the parser stands on. */
        private static String pointer(JsonParser p) {
            JsonStreamContext context = p.getParsingContext();
            if (p.currentToken() != null && p.currentToken().isStructStart() && context.getParent() != null) {
                context = context.getParent();
            }
            return context.pathAsPointer().toString();
        }
    }
}
