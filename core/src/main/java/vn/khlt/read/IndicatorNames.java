package vn.khlt.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.khlt.plan.Indicator;
import vn.khlt.plan.Names;
import vn.khlt.plan.Plan;

/**
 * A plan's indicators as a header or an indicator cell names them: by code ({@code CT08},
 * {@code ct 8}) or by a name or label contained in the cell. Made once per plan: a sheet's
 * first rows are each tried as a header, cell by cell.
 */
final class IndicatorNames {

    private static final Map<Plan, IndicatorNames> MADE = Collections.synchronizedMap(new WeakHashMap<>());

    private final List<Indicator> indicators;
    /** By indicator: the letters its code must contain, and the code as a word of a key. */
    private final List<String> codeLetters = new ArrayList<>();
    private final List<Pattern> codes = new ArrayList<>();
    /** By code letters: a code followed by a part's number or letter ("ct08.1", "ct 14-2", "ct08a"). */
    private final List<Pattern> partCodes = new ArrayList<>();
    /** By indicator: the words of its Vietnamese name and label, for a name written shorter. */
    private final List<java.util.Set<String>> words = new ArrayList<>();
    /** By indicator: the words of its Vietnamese label, the common ones left out. */
    private final List<java.util.Set<String>> labelWords = new ArrayList<>();

    /**
     * Words that tell no indicator from another ("Số", "Tổng", "được"), say what a column holds
     * rather than what it counts ("Thực hiện", "Kế hoạch"), or name a place ("Toàn tỉnh"): left out
     * before a shortened name is matched.
     */
    private static final java.util.Set<String> COMMON = java.util.Set.of("so", "luong", "tong", "cac", "cua", "va", "cho",
            "trong", "nam", "duoc", "co", "thuc", "hien", "ke", "hoach", "ket", "qua", "ty", "le", "gia", "tri", "don", "vi", "toan", "tinh", "huyen", "thanh", "pho");

    /** Abbreviations offices write in an indicator's name: "xây dựng NTM", "hố xí HVS", "Số GĐ HV". */
    private static final java.util.Map<String, List<String>> ABBREVIATIONS = java.util.Map.of(
            "ntm", List.of("nong", "thon", "moi"), "hvs", List.of("hop", "ve", "sinh"), "gd", List.of("gia", "dinh"),
            "hv", List.of("hoi", "vien"), "dv", List.of("doan", "vien"), "dvhv", List.of("doan", "vien", "hoi", "vien"));

    /** By indicator: the keys of its labels and names, a space either side. */
    private final List<List<String>> names = new ArrayList<>();

    private IndicatorNames(Plan plan) {
        this.indicators = plan.indicators();
        java.util.Set<String> partLetters = new java.util.HashSet<>();
        for (Indicator indicator : indicators) {
            String code = Names.key(indicator.code());
            Matcher parts = Pattern.compile("([a-z]+)\\s*0*(\\d+)").matcher(code);
            if (parts.matches()) {
                codeLetters.add(parts.group(1));
                codes.add(Pattern.compile("(?:^| )" + parts.group(1) + " ?0*" + parts.group(2) + "(?: |$)"));
            } else {
                codeLetters.add(code);
                codes.add(Pattern.compile("(?:^| )" + Pattern.quote(code) + "(?: |$)"));
            }
            List<String> keys = new ArrayList<>();
            for (String name : List.of(indicator.label().vi(), indicator.label().en(), indicator.name().vi(), indicator.name().en())) {
                String key = Names.key(name);
                if (!key.isEmpty()) {
                    keys.add(" " + key + " ");
                }
            }
            names.add(keys);
            String letters = codeLetters.get(codeLetters.size() - 1);
            if (partLetters.add(letters)) {
                partCodes.add(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(letters)
                        + "\\s*0*\\d+(?:\\s*[.,/-]\\s*\\d{1,2}(?!\\d)|[a-z](?!\\p{L}))"));
            }
            java.util.Set<String> own = new java.util.HashSet<>();
            for (String name : List.of(indicator.label().vi(), indicator.name().vi())) {
                own.addAll(List.of(Names.key(name).split(" ")));
            }
            words.add(own);
            java.util.Set<String> label = new java.util.HashSet<>(List.of(Names.key(indicator.label().vi()).split(" ")));
            label.removeAll(COMMON);
            labelWords.add(label);
        }
    }

    /**
     * Whether a cell's words give an indicator's code with a part's number or letter after it
     * ("CT08.1", "CT 14-2", "CT08a"): an office's item under the indicator, a share of it, never it.
     */
    boolean part(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (Pattern part : partCodes) {
            if (part.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a key holds an indicator's code ("ct08", "ct 8"), not only words. */
    boolean hasCode(String key) {
        return codeIndex(key) >= 0;
    }

    /** Every indicator whose code is a word of a key ("ct09", "ct 9"), in the plan's order. */
    List<Indicator> coded(String key) {
        List<Indicator> coded = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            if (codes(i, key)) {
                coded.add(indicators.get(i));
            }
        }
        return coded;
    }

    /** The index of the first indicator whose code is a word of the key, or -1. */
    private int codeIndex(String key) {
        for (int i = 0; i < indicators.size(); i++) {
            if (codes(i, key)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the i-th indicator's code is a word of the key (its letters looked for first: most keys hold none). */
    private boolean codes(int i, String key) {
        return key.contains(codeLetters.get(i)) && codes.get(i).matcher(key).find();
    }

    /** Another indicator's code among a key's words besides the one it names first ("CT08 + CT09"), or empty. */
    Optional<Indicator> otherCode(Indicator coded, String key) {
        int i = indicators.indexOf(coded);
        if (i < 0) {
            return Optional.empty();
        }
        int other = codeIndex(codes.get(i).matcher(key).replaceAll(" "));
        return other >= 0 && other != i ? Optional.of(indicators.get(other)) : Optional.empty();
    }

    /**
     * Another indicator than the one a key's code names, named by the key's other words ("CT08 -
     * Mái ấm tình thương": CT09's name), whole or shortened; empty when they name none or the same.
     */
    Optional<Indicator> namedBesides(Indicator coded, String key) {
        int i = indicators.indexOf(coded);
        if (i < 0) {
            return Optional.empty();
        }
        String rest = codes.get(i).matcher(key).replaceAll(" ").replaceAll(" +", " ").strip();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        String words = " " + rest + " ";
        for (int j = 0; j < indicators.size(); j++) {
            for (String name : names.get(j)) {
                if (j != i && words.contains(name)) {
                    return Optional.of(indicators.get(j));
                }
            }
        }
        return shortened(rest).filter(other -> !other.equals(coded));
    }

    /**
     * The indicator a header's words name in a shorter form than the plan's ("Số hộ đăng ký Đề án
     * 4190", "Nhà tiêu hợp vệ sinh", "Dụng cụ chứa nước"): two words or more, besides the common
     * ones, all among the words of exactly one indicator's name or label, and among them two or
     * more of its label's, two in five at least. Words that several indicators share ("Hộ thoát
     * nghèo": CT07 or CT08?), or a few words of a long name ("Nước sạch", "Nhà ở", "Giải quyết
     * việc làm") name none.
     */
    Optional<Indicator> shortened(String key) {
        java.util.Set<String> said = new java.util.HashSet<>();
        for (String word : key.split(" ")) {
            said.addAll(ABBREVIATIONS.getOrDefault(word, List.of(word)));
        }
        said.removeAll(COMMON);
        said.remove("tham"); // "Hộ đăng ký tham gia Đề án 4190": taking part says nothing of what is counted
        said.remove("");
        if (said.size() < 2) {
            return Optional.empty();
        }
        int found = -1;
        for (int i = 0; i < indicators.size(); i++) {
            if (words.get(i).containsAll(said) || words.get(i).containsAll(withoutItsUnit(said, indicators.get(i)))) {
                if (found >= 0) {
                    return Optional.empty();
                }
                found = i;
            }
        }
        if (found < 0) {
            return Optional.empty();
        }
        java.util.Set<String> ofLabel = new java.util.HashSet<>(said);
        ofLabel.retainAll(labelWords.get(found));
        return ofLabel.size() >= 2 && ofLabel.size() * 5 >= labelWords.get(found).size() * 2
                ? Optional.of(indicators.get(found)) : Optional.empty();
    }

    /**
     * A header's words without those that name, alone, what the indicator counts in: "cuộc" of
     * "Số cuộc truyền thông khởi nghiệp" or "Truyền thông khởi nghiệp (cuộc)", where CT14 counts
     * activities; the words unchanged when fewer than two others would be left.
     */
    private static java.util.Set<String> withoutItsUnit(java.util.Set<String> said, Indicator indicator) {
        Optional<Measures.Kind> counted = Measures.counted(indicator);
        if (counted.isEmpty()) {
            return said;
        }
        java.util.Set<String> left = new java.util.HashSet<>(said);
        left.removeIf(word -> Measures.of(word).equals(counted));
        return left.size() >= 2 ? left : said;
    }

    static IndicatorNames of(Plan plan) {
        return MADE.computeIfAbsent(plan, IndicatorNames::new);
    }

    /** The first indicator whose code is a word of the key, else the first whose name is words of it. */
    Optional<Indicator> find(String key) {
        int coded = codeIndex(key);
        if (coded >= 0) {
            return Optional.of(indicators.get(coded));
        }
        String words = " " + key + " ";
        for (int i = 0; i < indicators.size(); i++) {
            for (String name : names.get(i)) {
                if (words.contains(name)) {
                    return Optional.of(indicators.get(i));
                }
            }
        }
        return Optional.empty();
    }
}
