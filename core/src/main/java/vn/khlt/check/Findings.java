package vn.khlt.check;

import vn.khlt.finding.Finding;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;

/** Receives what a check finds: a finding of the catalogue, where, and the message for this case. */
@FunctionalInterface
interface Findings {
    void add(Finding finding, Location location, Text message);
}
