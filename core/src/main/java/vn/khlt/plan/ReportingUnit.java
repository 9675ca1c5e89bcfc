package vn.khlt.plan;

import java.util.List;
import java.util.Optional;
import vn.khlt.i18n.Text;

/** A unit that reports: the province itself, a district, a commune. */
public record ReportingUnit(String code, Text name, UnitLevel level, Optional<String> parent,
        List<String> aliases) {

    public ReportingUnit {
        aliases = List.copyOf(aliases);
    }

    /** Every name the unit may be written with: code, both names, aliases. */
    public List<String> names() {
        return Plan.names(code, name, aliases);
    }
}
