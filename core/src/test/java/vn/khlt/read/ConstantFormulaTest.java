package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Formulas of numbers alone, as offices type them to add up, computed; any other formula is not. */
class ConstantFormulaTest {

    @ParameterizedTest
    @CsvSource({"40+5, 45", "'(120-15)*2', 210", "7/2, 3.5", "-3+1, -2", "120, 120", "'10 + 2.5 * 2', 15", "1/3*3, 1",
            "'2*(3+(4-1))', 12", "+5, 5"})
    void aFormulaOfNumbersGivesItsValue(String formula, BigDecimal value) {
        assertThat(ConstantFormula.value(formula)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1+1", "SUM(1,2)", "50%", "2^3", "(3", "1..2", "1/0", "", "3)", "C5*2", "1,5+1"})
    void anyOtherFormulaGivesNone(String formula) {
        assertThat(ConstantFormula.value(formula)).isEmpty();
    }
}
