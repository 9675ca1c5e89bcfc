package vn.khlt.plan;

import java.util.List;
import java.util.Optional;
import vn.khlt.i18n.Text;

/**
 * One indicator of the plan: what is counted, how it rolls up, who reports it and the targets
 * it is held against.
 *
 * @param name       the plan's own words
 * @param label      a short name for table headers
 * @param unit       what is counted (households, communes)
 * @param numerator  for a rate: what its numerator counts
 * @param denominator for a rate: what its denominator counts
 * @param reportedBy the associations expected to report it; empty when the province reports it
 * @param reportedAt the only level of units that report it, when not every unit does
 * @param source     where in the plan's text it stands
 */
public record Indicator(String code, Text name, Text label, Text unit, Measure measure,
        Nature nature, Optional<Text> numerator, Optional<Text> denominator,
        List<String> reportedBy, Optional<UnitLevel> reportedAt, String source,
        Optional<Text> note, List<Target> targets) {

    public Indicator {
        reportedBy = List.copyOf(reportedBy);
        targets = List.copyOf(targets);
    }

    /** By code alone (equal indicators have equal codes): indicators key maps on every sheet read. */
    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** True for the province's context figures, which the secretariat enters from official statistics. */
    public boolean provincial() {
        return reportedBy.isEmpty();
    }

    public boolean isRate() {
        return measure == Measure.RATE;
    }
}
