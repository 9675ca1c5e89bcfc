package vn.khlt.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The value of a formula of numbers alone ("40+5", "(120-15)*2", "7/2"), as an office types one to
 * add up on paper: the only formulas a workbook read a row at a time can compute without its other
 * cells. Anything else (a cell, a function, a percent, a power) gives none.
 */
final class ConstantFormula {

    private final String text;
    private int at;

    private ConstantFormula(String text) {
        this.text = text;
    }

    /**
     * The formula's value to Excel's 15 significant digits (so "1/3*3" is 1, as Excel shows it), when it
     * is numbers and + - * / ( ) alone; none otherwise, or on a division by zero.
     */
    static Optional<BigDecimal> value(String formula) {
        if (formula.isBlank() || !formula.chars().allMatch(c -> c >= '0' && c <= '9' || "+-*/(). ".indexOf(c) >= 0)) {
            return Optional.empty();
        }
        ConstantFormula reading = new ConstantFormula(formula.replace(" ", ""));
        try {
            BigDecimal value = reading.sum();
            return reading.at == reading.text.length() ? Optional.of(value.round(NumberFormats.EXCEL_DIGITS)) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty(); // a division by zero, "1..2", "(3": Excel's error, not a figure
        }
    }

    private BigDecimal sum() {
        BigDecimal value = product();
        while (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
            boolean plus = text.charAt(at++) == '+';
            BigDecimal next = product();
            value = plus ? value.add(next) : value.subtract(next);
        }
        return value;
    }

    private BigDecimal product() {
        BigDecimal value = factor();
        while (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '/')) {
            boolean times = text.charAt(at++) == '*';
            BigDecimal next = factor();
            value = times ? value.multiply(next) : value.divide(next, MathContext.DECIMAL64);
        }
        return value;
    }

    private BigDecimal factor() {
        char c = text.charAt(at);
        if (c == '-' || c == '+') {
            at++;
            BigDecimal value = factor();
            return c == '-' ? value.negate() : value;
        }
        if (c == '(') {
            at++;
            BigDecimal value = sum();
            if (text.charAt(at++) != ')') {
                throw new NumberFormatException("no closing parenthesis");
            }
            return value;
        }
        int start = at;
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        return new BigDecimal(text.substring(start, at));
    }
}
