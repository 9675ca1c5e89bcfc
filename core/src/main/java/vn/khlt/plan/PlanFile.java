package vn.khlt.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import vn.khlt.i18n.Text;

/**
 * A plan file as Jackson binds it (docs/plan-format.md): records that mirror the YAML, every
 * field optional here, so that one reading finds every problem; {@link PlanLoader} checks what
 * is required and what the values mean, and makes the plan of them.
 */
final class PlanFile {

    private PlanFile() {
    }

    record Document(String id, String number, Words title, String issued, Years period,
            List<AssociationEntry> associations, Units units, List<IndicatorEntry> indicators) {
    }

    /** A text in both languages: {@code {vi: ..., en: ...}}. */
    record Words(String vi, String en) {
    }

    /** Years are bound as numbers and checked as whole ones, so that 2016.5 is a problem, never 2016. */
    record Years(BigDecimal from, BigDecimal to) {
    }

    record AssociationEntry(String code, Words name, List<String> aliases, Boolean lead) {
    }

    record UnitEntry(String code, Words name, String level, String parent, List<String> aliases) {
    }

    record IndicatorEntry(String code, Words name, Words label, Words unit, String measure, String nature,
            Words numerator, Words denominator, Reporters reportedBy, String reportedAt, String source,
            Words note, List<TargetEntry> targets) {
    }

    record TargetEntry(String kind, String scope, Boolean perUnit, BigDecimal value, BigDecimal deadline,
            BigDecimal from, String path, BigDecimal min, BigDecimal stretch, LinkedHashMap<String, BigDecimal> milestones) {
    }

    /** {@code units:} a list of units, or the name of a CSV file beside the plan that holds them. */
    @JsonDeserialize(using = Units.Reader.class)
    record Units(Optional<String> file, List<UnitEntry> list) {

        static final class Reader extends JsonDeserializer<Units> {
            @Override
            public Units deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return wordOrList(p, ctxt, UnitEntry.class, Units::new);
            }
        }
    }

    /** {@code reportedBy:} {@code all} (the default), {@code province}, or a list of association codes. */
    @JsonDeserialize(using = Reporters.Reader.class)
    record Reporters(Optional<String> word, List<String> codes) {

        static final class Reader extends JsonDeserializer<Reporters> {
            @Override
            public Reporters deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return wordOrList(p, ctxt, String.class, Reporters::new);
            }
        }
    }

    /** A field that holds a word or a list: the one or the other, as {@code make} puts them together. */
    private static <E, T> T wordOrList(JsonParser p, DeserializationContext ctxt, Class<E> element,
            java.util.function.BiFunction<Optional<String>, List<E>, T> make) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return make.apply(Optional.of(p.getText().trim()), List.of());
        }
        List<E> list = ctxt.readValue(p, ctxt.getTypeFactory().constructCollectionType(List.class, element));
        return list == null ? null : make.apply(Optional.empty(), list);
    }

    /** What a field of each Java type must hold, as a problem says it. */
    static Text expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return Text.of("một số nguyên", "a whole number");
        }
        if (type == BigDecimal.class) {
            return Text.of("một số", "a number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Text.of("true hoặc false", "true or false");
        }
        if (List.class.isAssignableFrom(type) || type == Units.class || type == Reporters.class) {
            return Text.of("một danh sách", "a list");
        }
        if (type == Words.class) {
            return Text.of("một bảng {vi: ..., en: ...}", "a mapping {vi: ..., en: ...}");
        }
        if (type == LinkedHashMap.class) {
            return Text.of("một bảng năm: giá trị", "a mapping year: value");
        }
        if (type == String.class) {
            return Text.of("một chuỗi không rỗng", "a non-empty text");
        }
        return Text.of("một bảng (code, name, ...)", "a mapping (code, name, ...)");
    }
}
