package vn.khlt.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;

/**
 * What a command line picocli cannot parse is told, in Vietnamese unless it asks for
 * {@code --lang en}: picocli words its messages in English only, and they are kept word for
 * word in English.
 */
final class UsageErrors {


    private UsageErrors() {
    }

    /** The message, without the leading "khlt: ". */
    static Text message(ParameterException e, String[] args) {
        String english = e.getMessage();
        if (e instanceof UnmatchedArgumentException unmatched) {
            String words = unmatched.getUnmatched().stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
            if (unmatched.isUnknownOption()) {
                return Text.of("không có tùy chọn " + words, english);
            }
            return !e.getCommandLine().getSubcommands().isEmpty()
                    ? Text.of("không có lệnh " + words, english)
                    : Text.of("thừa đối số " + words, english);
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec spec = missing.getMissing().get(0);
            if (spec instanceof OptionSpec option) {
                boolean given = Arrays.stream(args).anyMatch(a -> Arrays.asList(option.names()).contains(a));
                return given
                        ? Text.of("tùy chọn " + option.longestName() + " cần một giá trị (" + option.paramLabel() + ")", english)
                        : Text.of("thiếu tùy chọn bắt buộc " + option.longestName() + " " + option.paramLabel(), english);
            }
            return Text.of("thiếu đối số " + spec.paramLabel(), english);
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() instanceof OptionSpec option) {
            return Text.of("tùy chọn " + option.longestName() + " chỉ được ghi một lần", english);
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return Text.of(invalid(e.getArgSpec(), e.getValue()), english);
        }
        if (e.getValue() != null && english.startsWith("Unknown subcommand")) { // picocli's help command, khlt help X
            return Text.of("không có lệnh '" + e.getValue() + "'", english);
        }
        return Text.of("cách gọi không đúng: " + english, english);
    }

    /**
     * The language the arguments ask for, read from the words themselves: a mistake before
     * {@code --lang en} stops picocli before it sets the option, and is still told in English.
     */
    static Lang asked(String[] args, Lang parsed) {
        Lang lang = parsed;
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                for (Lang known : Lang.values()) {
                    if (known.name().equalsIgnoreCase(value)) {
                        lang = known;
                    }
                }
            }
        }
        return lang;
    }

    /** Why a value does not do for an option or parameter, in Vietnamese. */
    private static String invalid(ArgSpec spec, String value) {
        String name = spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
        String start = "giá trị '" + value + "' không dùng được cho " + name + ": ";
        boolean wrapped = spec.type() == Optional.class || java.util.Collection.class.isAssignableFrom(spec.type());
        Class<?> type = wrapped && spec.auxiliaryTypes().length > 0 ? spec.auxiliaryTypes()[0] : spec.type();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return start + "cần một số nguyên" + (spec.paramLabel().equals("YEAR") ? ", ví dụ 2019" : "");
        }
        if (spec.paramLabel().equals("ROWS")) {
            return start + "cần một hàng (4) hoặc hai hàng liền nhau (4-5)";
        }
        if (spec.paramLabel().contains("|")) { // the command's own choices, as its help names them: text|csv|json
            return start + "chọn một trong " + String.join(", ", spec.paramLabel().split("\\|"));
        }
        if (spec.completionCandidates() != null && spec.completionCandidates().iterator().hasNext()) {
            List<String> choices = new ArrayList<>();
            // an enum's constants, written as its values are typed: on_track, not ON_TRACK
            spec.completionCandidates().forEach(c -> choices.add(type.isEnum() ? c.toLowerCase(java.util.Locale.ROOT) : c));
            return start + "chọn một trong " + String.join(", ", choices);
        }
        return start + "kiểm tra lại (" + spec.paramLabel() + ")";
    }

    /** Picocli's suggestions of what was meant, in Vietnamese; none when there are none. */
    static Optional<String> suggestions(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            List<String> meant = unmatched.getSuggestions();
            String prefix = unmatched.isUnknownOption() ? "" : e.getCommandLine().getCommandSpec().qualifiedName() + " ";
            return Optional.of("Có phải: " + meant.stream().map(s -> prefix + s).collect(Collectors.joining(" hay ")) + "?");
        }
        return Optional.empty();
    }
}
