package vn.khlt.plan;

import java.util.List;
import vn.khlt.i18n.Text;

/** One of the mass organisations that signed the plan and report on it. */
public record Association(String code, Text name, List<String> aliases, boolean lead) {

    public Association {
        aliases = List.copyOf(aliases);
    }

    /** Every name the association may be written with: code, both names, aliases. */
    public List<String> names() {
        return Plan.names(code, name, aliases);
    }
}
