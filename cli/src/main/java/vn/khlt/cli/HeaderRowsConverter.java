package vn.khlt.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import vn.khlt.read.ReadOptions.HeaderRows;

/** {@code --header-rows 4} or {@code 4-5}: the rows a table's header stands on. */
final class HeaderRowsConverter implements ITypeConverter<HeaderRows> {
    @Override
    public HeaderRows convert(String value) {
        return HeaderRows.parse(value).orElseThrow(() -> new TypeConversionException(
                "expected a row, or two rows in a row (4 or 4-5), not '" + value + "'"));
    }
}
