package vn.khlt.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Association;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;
import vn.khlt.plan.ReportingUnit;
import vn.khlt.read.Attribution.Attribute;

/**
 * Finds whose figures a file holds from its name ({@code HND_2017.xlsx},
 * {@code hnd-2017-ba-tri.csv}) and from the title block above a sheet's table
 * ("HỘI NÔNG DÂN HUYỆN BA TRI", "Báo cáo kết quả năm 2017").
 */
final class Clues {

    private static final Pattern YEAR_TOKEN = Pattern.compile("(19|20)\\d\\d");
    /** "năm 2019", "Năm báo cáo: 2019", not the first year of "năm 2016 - 2020", which names no one year. */
    private static final Pattern TITLE_YEAR = Pattern.compile("(?:^| )nam (?:bao cao )?(\\d{4})(?! (?:den |toi )?(?:nam )?(?:19|20)\\d\\d)(?: |$)");
    /** A year a title sets its figures against: "so với năm 2018", "so sánh với cùng kỳ năm 2018", "tăng so năm 2018". */
    private static final Pattern COMPARED_YEAR = Pattern.compile(
            "(?:^| )(?:(?:tang|giam|tang giam|giam tang) so|so (?:voi|sanh(?: voi)?))(?: cung ky)?(?: nam)? (?:19|20)\\d\\d(?= |$)");
    /** Words that stand before an association's name in a letterhead: "BCH Hội Nông dân ...". */
    private static final List<String> LEADERSHIP = List.of("ban chap hanh", "ban thuong vu", "thuong truc", "bch", "btv");
    /** Prefixes of a unit below the province, which a letterhead names after the association. */
    private static final List<String> LOCAL = List.of("huyen", "thanh pho", "tp", "thi xa", "tx", "quan");
    private static final int MAX_WINDOW = 6;

    private final Plan plan;
    /** Names already resolved, by role and text, for every file of a batch. */
    private final java.util.Map<Header.Role, java.util.Map<String, String>> resolved =
            new java.util.EnumMap<>(Header.Role.class);

    Clues(Plan plan) {
        this.plan = plan;
        for (Header.Role role : Header.Role.values()) {
            resolved.put(role, new java.util.HashMap<>());
        }
    }

    /** What a cell's text was resolved to before (a code, a year), or null. */
    String resolved(Header.Role role, String text) {
        return resolved.get(role).get(text);
    }

    void remember(Header.Role role, String text, String value) {
        java.util.Map<String, String> known = resolved.get(role);
        if (known.size() < 200_000) {
            known.put(text, value);
        }
    }

    /** What a file's name says: its association, unit and year, each when exactly one fits. */
    void fromFileName(String fileName, Attribution into) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        fromName(Names.parted(base), Text.of("tên tệp " + fileName, "the file name " + fileName), into);
    }

    /** What a sheet's name says ("2018", "Hội Nông dân", "Ba Tri"), as a file's name does. */
    void fromSheetName(String sheetName, Attribution into) {
        fromName(sheetName, Text.of("tên trang tính " + sheetName, "the sheet name " + sheetName), into);
    }

    private void fromName(String base, Text origin, Attribution into) {
        List<String> tokens = new ArrayList<>(Arrays.asList(Names.key(base).split(" ")));
        List<String> years = tokens.stream().filter(t -> YEAR_TOKEN.matcher(t).matches()).distinct().toList();
        if (years.size() == 1) {
            into.add(Attribute.YEAR, new Claim(years.get(0), origin));
            tokens.remove(years.get(0));
        }
        take(tokens, w -> plan.associationNames().find(w).map(Association::code))
                .ifPresent(code -> into.add(Attribute.ASSOCIATION, new Claim(code, origin)));
        take(tokens, w -> plan.unitNames().find(w).filter(u -> !wholeProvince(plan, u, w)).map(ReportingUnit::code))
                .ifPresent(code -> into.add(Attribute.UNIT, new Claim(code, origin)));
    }

    /** Words that name the province's own level, its office's work, not the province as a whole. */
    private static final List<String> OWN_LEVEL = List.of("cap", "van phong", "co quan", "tinh hoi", "tinh doan", "level");

    /** Whether a name's key says the province's own level ("Cấp tỉnh", "Tỉnh hội", "Văn phòng"), not the whole province. */
    static boolean ownLevel(String key) {
        return OWN_LEVEL.stream().anyMatch(w -> (" " + key + " ").contains(" " + w + " "));
    }

    /**
     * Whether a name names the province as a whole ("Tỉnh", "Tỉnh Bến Tre"), not its own level
     * ("Cấp tỉnh", "Văn phòng Tỉnh hội"). In a file's or a sheet's name, or a note's words, it says no unit: a report
     * of the whole province by district ({@code HND_tinh_2019}) is its districts', and one that
     * gives the province's figures alone may be its own or its sum, which no one can tell.
     */
    static boolean wholeProvince(Plan plan, ReportingUnit unit, String key) {
        return unit.parent().isEmpty() && plan.units().stream().anyMatch(u -> u.parent().isPresent())
                && !ownLevel(key);
    }

    /** The year a title's cell names as its figures' ("… NĂM 2019"), if it names one. */
    static Optional<String> titleYear(String text) {
        String key = titleKey(text);
        Matcher year = TITLE_YEAR.matcher(key);
        return !nextYearsTasks(key) && year.find() ? Optional.of(year.group(1)) : Optional.empty();
    }

    /** A title cell's words, without a letterhead's date, a range of days, a year compared with ("so với năm 2018"). */
    private static String titleKey(String text) {
        return COMPARED_YEAR.matcher(ReportPeriod.withoutDates(Names.key(text))).replaceAll(" ").strip();
    }

    /** "Phương hướng, nhiệm vụ năm 2020" under "Báo cáo … năm 2019": the next year's tasks, not the figures' year. */
    private static boolean nextYearsTasks(String key) {
        return key.startsWith("phuong huong") || key.startsWith("nhiem vu");
    }

    /** What one text cell of a title block says. */
    void fromTitle(String text, String cell, Attribution into) {
        String key = titleKey(text);
        if (key.isEmpty()) {
            return;
        }
        Text origin = Text.of("tiêu đề ô " + cell, "the title in " + cell);
        Optional<String> year = titleYear(text);
        boolean nextYearsTasks = nextYearsTasks(key);
        if (year.isPresent()) {
            into.add(Attribute.YEAR, new Claim(year.get(), origin));
        } else if (!nextYearsTasks) {
            // "(Số liệu tính đến ngày 30/11/2019)": an annual report's cut-off, in its year
            ReportPeriod.cutOffYear(Names.key(text)).ifPresent(y -> into.add(Attribute.YEAR, new Claim(String.valueOf(y), origin)));
        }
        String rest = titleWords(key);
        Optional<Association> named = named(rest);
        if (named.isPresent()) {
            String after = rest.substring(nameIn(named.get(), rest).length()).strip();
            if (named(strip(after, List.of("va", "cung"))).isPresent()) {
                return; // "HỘI LIÊN HIỆP PHỤ NỮ - HỘI NÔNG DÂN - …": a joint letterhead names no one association
            }
            into.add(Attribute.ASSOCIATION, new Claim(named.get().code(), origin));
            if (LOCAL.stream().anyMatch(p -> after.startsWith(p + " "))) {
                unit(after).ifPresent(code -> into.add(Attribute.UNIT, new Claim(code, origin)));
            }
            return;
        }
        Optional<OwnedUnit> youth = localYouthUnion(plan, rest);
        if (youth.isPresent()) {
            into.add(Attribute.ASSOCIATION, new Claim(youth.get().association(), origin));
            into.add(Attribute.UNIT, new Claim(youth.get().unit(), origin));
            return;
        }
        // "Đơn vị tính: %" gives the unit of measure, not the province ("tính" is no "tỉnh" once the accents are gone)
        Optional<String> unitLine = key.startsWith("don vi tinh") ? Optional.empty()
                : REPORTING_UNIT.stream().filter(p -> key.startsWith(p + " ")).findFirst().map(p -> key.substring(p.length() + 1));
        if (unitLine.isPresent()) {
            // "Đơn vị báo cáo: Huyện Ba Tri", "Đơn vị: Hội LHPN huyện Ba Tri": the unit, and the association named with it
            Optional<String> unit = unit(unitLine.get());
            Optional<OwnedUnit> owned = unit.isPresent() ? Optional.empty() : ownedUnit(plan, unitLine.get());
            owned.ifPresent(o -> into.add(Attribute.ASSOCIATION, new Claim(o.association(), origin)));
            unit.or(() -> owned.map(OwnedUnit::unit)).ifPresent(code -> into.add(Attribute.UNIT, new Claim(code, origin)));
        }
    }

    /**
     * Whether a title cell names an association's office of a commune or below ("HỘI NÔNG DÂN XÃ AN
     * ĐỨC", "BCH Hội LHPN phường 7", "Đoàn xã An Đức", "Chi hội ấp 3"): the table is that office's own
     * report, no district's figures.
     */
    static boolean communesOffice(Plan plan, String text) {
        String rest = titleWords(Names.key(text));
        Optional<Association> named = named(plan, rest);
        String after = named.isPresent() ? rest.substring(nameIn(named.get(), rest).length()).strip()
                : rest.startsWith("doan ") ? rest.substring(5) : "";
        return rest.startsWith("chi hoi ") || rest.startsWith("chi doan ")
                || COMMUNE_LEVEL.stream().anyMatch(level -> after.startsWith(level + " "));
    }

    /** A commune's, a ward's or a town's name begins with one of these: "xã", "phường", "thị trấn". */
    private static final List<String> COMMUNE_LEVEL = List.of("xa", "phuong", "thi tran", "tt");

    /** The words before a unit's name on a title line of its own: "Đơn vị báo cáo:", "Tên đơn vị:", "Đơn vị:". */
    private static final List<String> REPORTING_UNIT = List.of("don vi bao cao", "ten don vi", "don vi");

    /**
     * The Youth Union of a district, a city or a town, as its letterhead names it: "Huyện đoàn Ba Tri",
     * "Thành đoàn Bến Tre", "(Ban Chấp hành) Đoàn huyện Ba Tri".
     */
    private static final Pattern LOCAL_YOUTH = Pattern.compile("(huyen|thanh|thi) doan (.+)|doan (huyen|thanh pho|thi xa) (.+)");
    private static final java.util.Map<String, String> LOCAL_LEVEL = java.util.Map.of("huyen", "huyen", "thanh", "thanh pho",
            "thi", "thi xa");

    /** A unit below the province named with its association: the association's code and the unit's. */
    record OwnedUnit(String association, String unit) {
    }

    private static Optional<OwnedUnit> localYouthUnion(Plan plan, String key) {
        Matcher youth = LOCAL_YOUTH.matcher(key);
        if (!youth.matches()) {
            return Optional.empty();
        }
        Optional<String> unit = youth.group(1) != null ? localUnit(plan, LOCAL_LEVEL.get(youth.group(1)) + " " + youth.group(2))
                : localUnit(plan, youth.group(3) + " " + youth.group(4));
        Optional<Association> union = named(plan, "doan thanh nien");
        return unit.isPresent() && union.isPresent() ? Optional.of(new OwnedUnit(union.get().code(), unit.get())) : Optional.empty();
    }

    /**
     * A unit's cell (or a column's header) that names the association's office of a district, not the
     * district alone: "Hội LHPN huyện Ba Tri", "Hội Nông dân Chợ Lách", "Huyện đoàn Ba Tri", "Thành
     * đoàn Bến Tre". Never the province (whose association's name, "Hội Nông dân tỉnh", is its own
     * level or its sum).
     */
    static Optional<OwnedUnit> ownedUnit(Plan plan, String text) {
        String key = withoutNumbering(Names.key(text));
        Optional<Association> named = named(plan, key);
        if (named.isEmpty()) {
            return localYouthUnion(plan, key);
        }
        String after = key.substring(nameIn(named.get(), key).length()).strip();
        return localUnit(plan, after).map(unit -> new OwnedUnit(named.get().code(), unit));
    }

    /** A unit below the province that a key names, with or without its level ("huyện Ba Tri", "Ba Tri"). */
    private static Optional<String> localUnit(Plan plan, String key) {
        return plan.unitNames().find(key).filter(u -> u.parent().isPresent()).map(ReportingUnit::code);
    }

    /** The association a title names first ("HỘI NÔNG DÂN TỈNH BẾN TRE", "II. Hội LHPN"), its key's first words. */
    Optional<String> association(String text) {
        return named(titleWords(ReportPeriod.withoutDates(Names.key(text)))).map(Association::code);
    }

    /** A title's key without its section's numbering and the leadership it names: what says whose it is. */
    private static String titleWords(String key) {
        return strip(withoutNumbering(key), LEADERSHIP);
    }

    private Optional<Association> named(String rest) {
        return named(plan, rest);
    }

    private static Optional<Association> named(Plan plan, String rest) {
        for (Association association : plan.associations()) {
            if (!nameIn(association, rest).isEmpty()) {
                return Optional.of(association);
            }
        }
        return Optional.empty();
    }

    /** The name of the association the key begins with, or empty. */
    private static String nameIn(Association association, String rest) {
        for (String name : names(association)) {
            if (rest.equals(name) || rest.startsWith(name + " ")) {
                return name;
            }
        }
        return "";
    }

    /** A section's numbering before a title, as keys write it: "I. HỘI NÔNG DÂN", "2) Đoàn Thanh niên", "Phần II". */
    private static final Pattern NUMBERING = Pattern.compile("^(?:phan )?(?:[ivx]{1,4}|[a-h]|\\d{1,2}) (?=\\p{L})");

    private static String withoutNumbering(String key) {
        return NUMBERING.matcher(key).replaceFirst("");
    }

    private Optional<String> unit(String key) {
        return plan.unitNames().find(key).map(ReportingUnit::code);
    }

    /** An association's names as keys, longest first, so that "hoi nong dan tinh" wins over "hoi nong dan". */
    private static List<String> names(Association association) {
        return association.names().stream()
                .map(Names::key).filter(k -> !k.isEmpty()).distinct()
                .sorted((a, b) -> b.length() - a.length()).toList();
    }

    private static String strip(String key, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (key.startsWith(prefix + " ")) {
                return key.substring(prefix.length() + 1);
            }
        }
        return key;
    }

    /**
     * The one entry that some run of consecutive tokens names, longest runs first; the tokens
     * it used are taken out. Two different entries named: none.
     */
    private static Optional<String> take(List<String> tokens, java.util.function.Function<String, Optional<String>> find) {
        for (int size = Math.min(MAX_WINDOW, tokens.size()); size >= 1; size--) {
            Optional<String> found = Optional.empty();
            int at = -1;
            for (int i = 0; i + size <= tokens.size(); i++) {
                Optional<String> match = find.apply(String.join(" ", tokens.subList(i, i + size)));
                if (match.isPresent()) {
                    if (found.isPresent() && !found.equals(match)) {
                        return Optional.empty();
                    }
                    found = match;
                    at = i;
                }
            }
            if (found.isPresent()) {
                tokens.subList(at, at + size).clear();
                return found;
            }
        }
        return Optional.empty();
    }
}
