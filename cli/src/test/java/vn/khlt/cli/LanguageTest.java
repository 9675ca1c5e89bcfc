package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every command, given bad arguments, answers in the language asked: Vietnamese by default,
 * English with {@code --lang en}, and never a word of the other. The commands are taken from
 * the command line itself, so a new command is tried without being named here.
 */
class LanguageTest {

    /** Letters only Vietnamese writes. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", Pattern.CASE_INSENSITIVE);

    /** Words of English messages (picocli's, the JDK's, the parsers') that no Vietnamese message holds. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|is|not|no|cannot|could|Unknown|Missing|Invalid|Unmatched|expected|found|such|denied|"
                    + "Exception|error|file|folder|should|must|Try|for more)\\b");

    private static final String SAMPLES = Path.of("../samples/bentre").toAbsolutePath().normalize().toString();

    @TempDir
    Path dir;

    /** Every command's name as typed ({@code plan list}), from the command line's own hierarchy. */
    private static List<String> commands() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        List<String> names = new ArrayList<>();
        collect(Khlt.commandLine(nowhere, nowhere), "", names);
        return names;
    }

    private static void collect(CommandLine command, String prefix, List<String> names) {
        for (var sub : command.getSubcommands().entrySet()) {
            String name = (prefix + " " + sub.getKey()).trim();
            if (sub.getKey().equals("generate-completion")) {
                continue; // picocli's own: it writes a bash script, whatever it is given
            }
            if (sub.getValue().getSubcommands().isEmpty()) {
                names.add(name);
            } else {
                collect(sub.getValue(), name, names);
            }
        }
    }

    /** The mistakes tried on each command: those its options allow. */
    private List<List<String>> mistakes(String command) throws Exception {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CommandLine cli = Khlt.commandLine(nowhere, nowhere);
        for (String word : command.split(" ")) {
            cli = cli.getSubcommands().get(word);
        }
        var spec = cli.getCommandSpec();
        List<List<String>> mistakes = new ArrayList<>();
        mistakes.add(List.of("--khong-co"));
        mistakes.add(List.of("thua", "doi", "so", "--year", "20x9"));
        Path missing = dir.resolve("khong-co");
        if (spec.findOption("--plan") != null) {
            mistakes.add(List.of("--plan", missing.resolve("ke-hoach.yaml").toString()));
            Path badPlan = dir.resolve("hong.yaml");
            Files.writeString(badPlan, "indicators: [\n  - code: CT01\n    target: {kind: 'nhieu'\n");
            mistakes.add(List.of("--plan", badPlan.toString()));
        }
        if (!spec.positionalParameters().isEmpty()) {
            mistakes.add(List.of(missing.toString()));
        }
        Path notAFolder = dir.resolve("tep");
        Files.writeString(notAFolder, "x");
        List<String> samples = spec.positionalParameters().isEmpty() ? List.of() : List.of(SAMPLES);
        for (String option : List.of("-o", "--out", "--inbox")) {
            if (spec.findOption(option) != null) {
                List<String> mistake = new ArrayList<>(List.of(option, notAFolder.resolve("ra").toString()));
                mistake.addAll(samples);
                mistakes.add(mistake);
            }
        }
        return mistakes;
    }

    @Test
    void everyCommandAnswersBadArgumentsInTheLanguageAsked() throws Exception {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String command : commands()) {
            for (List<String> mistake : mistakes(command)) {
                List<String> args = new ArrayList<>(List.of(command.split(" ")));
                args.addAll(mistake);
                Run vi = Run.of(args.toArray(String[]::new));
                args.addAll(List.of("--lang", "en"));
                Run en = Run.of(args.toArray(String[]::new));
                tried++;
                String said = vi.err() + vi.out();
                if (ENGLISH.matcher(without(said, mistake)).find() || !VIETNAMESE.matcher(said).find() && vi.exitCode() != 0) {
                    wrong.add("vi " + String.join(" ", args.subList(0, args.size() - 2)) + " → " + vi.exitCode() + ": " + said);
                }
                if (VIETNAMESE.matcher(en.err() + en.out()).find()) {
                    wrong.add("en " + String.join(" ", args) + " → " + en.exitCode() + ": " + en.err() + en.out());
                }
            }
        }
        assertThat(tried).isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    /** The message without the arguments it quotes back (a path, an option as typed) and the findings' codes. */
    private static String without(String said, List<String> mistake) {
        String rest = said.replaceAll("\\[[a-z-]+\\]", "");
        for (String word : mistake) {
            rest = rest.replace(word, "");
        }
        return rest;
    }
}
