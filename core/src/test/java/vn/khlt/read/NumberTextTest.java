package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "3987        | 3987",
        "3.987       | 3987",
        "1.234.567   | 1234567",
        "3 987       | 3987",
        "'1 234 567,5' | 1234567.5",
        "'3\u00A0987' | 3987",       // a no-break space, as Excel writes thousands in some locales
        "'- 12'      | -12",
        "'1,234'     | 1234",
        "'1,234,567' | 1234567",
        "'60,5'      | 60.5",
        "60.5        | 60.5",
        "'0,125'     | 0.125",
        "0.125       | 0.125",
        "'1.234.567,5' | 1234567.5",
        "'1,234,567.5' | 1234567.5",
        "-12         | -12",
        "+12         | 12",
        "007         | 7",
        "'  42  '    | 42",
        "'132\u00A0' | 132",        // a no-break space after it, as text copied from a web page or Word ends
        "'\u00A0\u202F7' | 7",
        "'''3'       | 3",          // Excel's mark of a number kept as text, written out by some exports
        "'''1.234'   | 1234",
    })
    void readsNumbersAsOfficesWriteThem(String text, String expected) {
        assertThat(NumberText.parse(text)).hasValueSatisfying(p -> {
            assertThat(p.value()).isEqualByComparingTo(expected);
            assertThat(p.percent()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"60,5%", "60.5 %", "60,5 %"})
    void aPercentSignIsKept(String text) {
        assertThat(NumberText.parse(text)).hasValueSatisfying(p -> {
            assertThat(p.value()).isEqualByComparingTo("60.5");
            assertThat(p.percent()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "NaN", "Infinity", "-Infinity", "1e400", "1E5", "12/05/2017",
        "1.2.3", "1,2,3", "--1", "0x1F", "12abc", "%", "1.234,56.7",
        "2 5", "12 34", "1 234.567,5", "0 123", "12 3456"}) // a space groups thousands only: "2 5" is a slip, or two numbers
    void refusesWhatIsNotANumber(String text) {
        assertThat(NumberText.parse(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesFiveThousandDigits() {
        assertThat(NumberText.parse("9".repeat(5000))).isEmpty();
        assertThat(NumberText.parse("9".repeat(NumberText.MAX_DIGITS))).isPresent();
    }
}
