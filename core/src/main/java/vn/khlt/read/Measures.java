package vn.khlt.read;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Names;

/**
 * Units of measure as offices write them (in a "ĐVT" row or column, in brackets after a column's
 * name, beside a number), each of a kind: households, houses, people, money, ... A figure given
 * in another kind than its indicator counts ("triệu đồng" for CT09's houses, "lượt người" for
 * CT14's activities, "người" for CT08's households) is another number than the plan's, and is
 * never read as it. Words of no kind known here tell nothing either way.
 */
final class Measures {

    private Measures() {
    }

    /** What a unit of measure counts. */
    enum Kind {
        HOUSEHOLDS, HOUSES, PEOPLE, COMMUNES, DISTRICTS, ACTIVITIES, WORKS, ENTERPRISES,
        /**
         * Times a person or household took part ("lượt người", "lượt hộ"): each counted again each
         * time. "Lượt" alone is no kind: an activity's times are its count.
         */
        VISITS,
        MONEY,
        /** Area, length, weight: "ha", "m2", "km", "kg", "tấn". */
        QUANTITY,
        /**
         * Anything counted by the thousand or more ("nghìn hộ", "1.000 người", "triệu lượt"): a
         * rounded figure, never the plan's count one by one, whatever it counts.
         */
        SCALED
    }

    /** Each unit's words, as {@link Names#key} writes them. */
    private static final Map<String, Kind> WORDS = Map.ofEntries(
            Map.entry("ho", Kind.HOUSEHOLDS), Map.entry("ho gia dinh", Kind.HOUSEHOLDS), Map.entry("gia dinh", Kind.HOUSEHOLDS),
            Map.entry("hgd", Kind.HOUSEHOLDS), Map.entry("ho dan", Kind.HOUSEHOLDS),
            Map.entry("can", Kind.HOUSES), Map.entry("nha", Kind.HOUSES), Map.entry("can nha", Kind.HOUSES),
            Map.entry("ngoi nha", Kind.HOUSES),
            Map.entry("nguoi", Kind.PEOPLE), Map.entry("hoi vien", Kind.PEOPLE), Map.entry("doan vien", Kind.PEOPLE),
            Map.entry("thanh vien", Kind.PEOPLE), Map.entry("lao dong", Kind.PEOPLE), Map.entry("thanh nien", Kind.PEOPLE),
            Map.entry("phu nu", Kind.PEOPLE), Map.entry("hoc vien", Kind.PEOPLE), Map.entry("nguoi lao dong", Kind.PEOPLE),
            Map.entry("xa", Kind.COMMUNES), Map.entry("xa phuong", Kind.COMMUNES), Map.entry("xa phuong thi tran", Kind.COMMUNES),
            Map.entry("don vi huyen", Kind.DISTRICTS), Map.entry("don vi cap huyen", Kind.DISTRICTS), Map.entry("huyen", Kind.DISTRICTS),
            Map.entry("hoat dong", Kind.ACTIVITIES), Map.entry("cuoc", Kind.ACTIVITIES), Map.entry("buoi", Kind.ACTIVITIES),
            Map.entry("lop", Kind.ACTIVITIES), Map.entry("dot", Kind.ACTIVITIES), Map.entry("chuong trinh", Kind.ACTIVITIES),
            Map.entry("cong trinh", Kind.WORKS), Map.entry("phan viec", Kind.WORKS), Map.entry("cong trinh phan viec", Kind.WORKS),
            Map.entry("doanh nghiep", Kind.ENTERPRISES), Map.entry("dn", Kind.ENTERPRISES),
            Map.entry("luot nguoi", Kind.VISITS), Map.entry("nguoi luot", Kind.VISITS),
            Map.entry("luot ho", Kind.VISITS),
            Map.entry("dong", Kind.MONEY), Map.entry("trieu dong", Kind.MONEY), Map.entry("trieu", Kind.MONEY),
            Map.entry("tr dong", Kind.MONEY), Map.entry("tr d", Kind.MONEY), Map.entry("trd", Kind.MONEY),
            Map.entry("nghin dong", Kind.MONEY), Map.entry("ngan dong", Kind.MONEY), Map.entry("1000 dong", Kind.MONEY),
            Map.entry("ty dong", Kind.MONEY), Map.entry("vnd", Kind.MONEY), Map.entry("usd", Kind.MONEY),
            Map.entry("so tien", Kind.MONEY), Map.entry("kinh phi", Kind.MONEY), Map.entry("tien", Kind.MONEY),
            Map.entry("ha", Kind.QUANTITY), Map.entry("hecta", Kind.QUANTITY), Map.entry("m2", Kind.QUANTITY),
            Map.entry("km", Kind.QUANTITY), Map.entry("kg", Kind.QUANTITY), Map.entry("tan", Kind.QUANTITY));

    /** A unit of measure given in brackets after a column's words: "CT09 (triệu đồng)", "Số tiền (tr.đ)". */
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]+)\\)\\s*$");

    /** "nghìn", "ngàn", "triệu", "1.000" before a unit of another kind than money: counted by the thousand. */
    private static final Pattern SCALE = Pattern.compile("(?:nghin|ngan|chuc nghin|tram nghin|trieu|ty|10{2,}|1(?: 000)+) (.+)");

    /** The kind a unit of measure's words name, written alone ("triệu đồng", "Lượt người", "nghìn hộ"), or empty. */
    static Optional<Kind> of(String words) {
        String key = Names.key(words);
        Kind kind = WORDS.get(key);
        if (kind != null) {
            return Optional.of(kind);
        }
        Matcher scaled = SCALE.matcher(key);
        return scaled.matches() && WORDS.containsKey(scaled.group(1)) ? Optional.of(Kind.SCALED) : Optional.empty();
    }

    /**
     * The kind a column's words give its figures: the unit in brackets at their end, or what their
     * first words count ("Số người tham dự", "Hộ", "Số tiền", "Kinh phí …").
     */
    static Optional<Kind> ofColumn(String words) {
        Matcher bracketed = BRACKETED.matcher(words.strip());
        if (bracketed.find()) {
            Optional<Kind> kind = of(bracketed.group(1));
            if (kind.isPresent()) {
                return kind;
            }
        }
        return firstWords(withoutCounting(Names.key(words))); // "Số tiền …" and "Kinh phí …" are money's first words too
    }

    /** "Số", "Số lượng", "Tổng số" before what a column counts: "Số người tham dự" counts people. */
    private static final Pattern COUNTING = Pattern.compile("^(?:tong so luong|tong so|so luong|so) ");

    private static String withoutCounting(String key) {
        return COUNTING.matcher(key).replaceFirst("");
    }

    /** The kind the first words of a column's words name ("người tham dự", "lượt người tham gia", "hộ được hỗ trợ"), or empty. */
    private static Optional<Kind> firstWords(String key) {
        String[] words = key.split(" ");
        for (int n = Math.min(words.length, 4); n >= 1; n--) {
            Optional<Kind> kind = of(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    /** What an indicator counts, by its unit in the plan; empty for a unit of no kind known here (a plan of its own). */
    static Optional<Kind> counted(Indicator indicator) {
        return of(indicator.unit().vi());
    }

    /** Whether a unit of measure's kind is known and another than the indicator's (which is known too). */
    static boolean other(Indicator indicator, Optional<Kind> given) {
        Optional<Kind> counted = counted(indicator);
        return given.isPresent() && counted.isPresent() && given.get() != counted.get();
    }
}
