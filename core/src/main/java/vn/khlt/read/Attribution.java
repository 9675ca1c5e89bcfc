package vn.khlt.read;

import vn.khlt.finding.Finding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.finding.Severity;
import vn.khlt.i18n.Text;

/**
 * Whose figures a sheet holds, as its sources claim: the command line's options, the sheet's
 * title block, the file name. Two sources that disagree are a contradiction: an error naming
 * both, never a silent choice.
 */
final class Attribution {

    enum Attribute {
        ASSOCIATION(Text.of("đoàn thể", "association"), "--association", Finding.MISSING_ASSOCIATION),
        UNIT(Text.of("đơn vị", "unit"), "--unit", Finding.MISSING_UNIT),
        YEAR(Text.of("năm", "year"), "--year", Finding.MISSING_YEAR);

        final Text label;
        final String option;
        /** What a table with no source for it gives. */
        final Finding missing;

        Attribute(Text label, String option, Finding missing) {
            this.label = label;
            this.option = option;
            this.missing = missing;
        }
    }

    private final Map<Attribute, List<Claim>> claims = new EnumMap<>(Attribute.class);

    void add(Attribute attribute, Claim claim) {
        List<Claim> list = claims.computeIfAbsent(attribute, a -> new ArrayList<>());
        if (list.stream().noneMatch(c -> c.value().equals(claim.value()) && c.origin().equals(claim.origin()))) {
            list.add(claim);
        }
    }

    /** The claim that stands, the first added (options before title before file name). */
    Optional<Claim> get(Attribute attribute) {
        return claims.getOrDefault(attribute, List.of()).stream().findFirst();
    }

    /** Each attribute's standing claim and where it came from: "đoàn thể HND (tên tệp HND_2019.xlsx)". */
    List<Text> sources() {
        List<Text> sources = new ArrayList<>();
        claims.forEach((attribute, list) -> {
            Claim claim = list.get(0);
            sources.add(Text.of(attribute.label.vi() + " " + claim.value() + " (" + claim.origin().vi() + ")",
                    attribute.label.en() + " " + claim.value() + " (" + claim.origin().en() + ")"));
        });
        return sources;
    }

    Attribution copy() {
        Attribution copy = new Attribution();
        claims.forEach((a, list) -> list.forEach(c -> copy.add(a, c)));
        return copy;
    }

    /** An error for each attribute on which two sources disagree. */
    List<Issue> contradictions(Location location) {
        List<Issue> issues = new ArrayList<>();
        claims.forEach((attribute, list) -> {
            for (Claim other : list) {
                Claim first = list.get(0);
                if (!other.value().equals(first.value())) {
                    issues.add(contradiction(attribute, first, other, location));
                    break;
                }
            }
        });
        return issues;
    }

    static Issue contradiction(Attribute attribute, Claim first, Claim other, Location location) {
        return new Issue(Finding.CONTRADICTION, location, Text.of(
                String.format("Mâu thuẫn về %s: %s ghi %s nhưng %s ghi %s. Sửa nguồn sai rồi gửi lại; "
                        + "số liệu ở đây không được tính cho đến khi thống nhất",
                        attribute.label.vi(), first.origin().vi(), first.value(), other.origin().vi(), other.value()),
                String.format("Contradiction on the %s: %s says %s but %s says %s. Correct the wrong one and "
                        + "resubmit; these figures are not counted until they agree",
                        attribute.label.en(), first.origin().en(), first.value(), other.origin().en(), other.value())));
    }
}
