package vn.khlt.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;

/** The {@code khlt} command: its subcommands, its help, and how failures become exit codes. */
@Command(name = "khlt",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Progress tables and target-gap analyses for the joint plan 02/KHLT.",
        description = {
            "Reads the yearly reports of the plan's four associations (HLHPN, HND, HCCB, DTN), "
                + "checks them against the plan's indicators and consolidates them. "
                + "Labels and messages are in Vietnamese; add --lang en for English."},
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:done, and the data is clean (warnings allowed)",
            " 1:done, but the data has errors",
            " 2:bad usage (unknown option, missing argument, unknown code)",
            " 3:could not run (unreadable or invalid plan, I/O error)",
            " 4:another run holds the lock",
            "70:internal fault in khlt (a bug: please report it)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  khlt plan list                          indicators and targets",
            "  khlt template --association HND --year 2019   form HND_2019.xlsx",
            "  khlt validate samples/bentre            every problem, who sent what",
            "  khlt report --year 2019 samples/bentre  the annual report",
            "  khlt gap samples/bentre --as-of 2019    how far each target is",
            "  khlt inspect samples/bentre             each value and its cell",
            "  khlt run --inbox in/ --out out/         for cron",
            "",
            "Run 'khlt COMMAND --help' for a command's options."})
public final class Khlt implements Runnable {

    @Spec
    CommandSpec spec;

    // before a command, as the help's own text suggests ("add --lang en"): the command below takes it
    // as its default (commandLine), and usage errors read it from the arguments (UsageErrors.lang)
    @Option(names = "--lang", paramLabel = "vi|en", converter = CommonOptions.LangConverter.class,
            description = "Language of labels and messages: vi (default) or en.")
    Lang lang = Lang.VI;

    @Override
    public void run() {
        // `khlt` alone: a line on stderr saying so and where the help is, and the exit code of bad usage
        throw new ParameterException(spec.commandLine(), UsageErrors.NO_COMMAND);
    }

    private static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";
    /** The help's Vietnamese, a resource bundle of picocli's keys (help-vi.properties, next to this class). */
    private static final String HELP_VI = "vn.khlt.cli.help-vi";

    /** The subcommands by name, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("plan", PlanCommand::new);
        COMMANDS.put("template", TemplateCommand::new);
        COMMANDS.put("inspect", InspectCommand::new);
        COMMANDS.put("validate", ValidateCommand::new);
        COMMANDS.put("report", ReportCommand::new);
        COMMANDS.put("gap", GapCommand::new);
        COMMANDS.put("run", RunCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /** The command line as main runs it; tests call the same with their own writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, List.of());
    }

    /**
     * The command line for these arguments. When they name a command, only that one is built:
     * picocli reads each command's annotations when it is added, and a short run would spend
     * more time on the seven it does not run than on its own work.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> args) {
        // picocli looks up converters for the java.time and java.sql types by reflection as it
        // starts, some 20 ms of a short run; no option of khlt has such a type
        if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
            System.setProperty(CONVERTERS_EXCLUDED, "java\\.(time|sql)\\..*");
        }
        CommandLine cli = new CommandLine(new Khlt());
        String named = commandNamed(args);
        boolean one = COMMANDS.containsKey(named) && !named.equals("help");
        COMMANDS.forEach((name, command) -> {
            if (!one || name.equals(named)) {
                cli.addSubcommand(name, command.get());
            }
        });
        if (UsageErrors.lang(args.toArray(String[]::new)) == Lang.VI
                && (args.contains("-h") || args.contains("--help") || named.equals("help"))) {
            // help asked for, in Vietnamese: the bundle's texts; the annotations hold the English (--lang en)
            cli.setResourceBundle(ResourceBundle.getBundle(HELP_VI, Locale.ROOT));
        }
        Lang asked = UsageErrors.lang(args.toArray(String[]::new));
        if (asked != Lang.VI) {
            // 'khlt --lang en validate ...': the command's --lang defaults to the language asked before it
            cli.setDefaultValueProvider(arg -> arg instanceof OptionSpec option && option.longestName().equals("--lang")
                    ? asked.tag() : null);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Khlt::badUsage);
        cli.setExecutionExceptionHandler(Khlt::internalFault);
        return cli;
    }

    /** The first argument that is neither an option nor the language after {@code --lang}: the command's name. */
    private static String commandNamed(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--lang")) {
                i++;
            } else if (!args.get(i).startsWith("-")) {
                return args.get(i);
            }
        }
        return "";
    }

    /** Runs khlt with these arguments and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        int code = commandLine(out, err, List.of(args)).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Bad usage: what is wrong (in Vietnamese unless --lang en asks otherwise), what was meant, where help is. */
    private static int badUsage(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        Lang lang = UsageErrors.lang(args);
        err.println("khlt: " + UsageErrors.message(e, args).in(lang));
        if (lang == Lang.EN) {
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        } else {
            UsageErrors.suggestions(e).ifPresent(err::println);
        }
        err.println(Text.of("Xem: %s --help", "Try '%s --help' for more.").format(cli.getCommandSpec().qualifiedName()).in(lang));
        err.flush();
        return ExitCode.USAGE;
    }

    private static int internalFault(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        err.println("khlt: internal fault, a bug in khlt: " + e);
        boolean verbose = parsed.originalArgs().contains("-v") || parsed.originalArgs().contains("--verbose");
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("Please report it with the command you ran; add --verbose to see the stack trace.");
        }
        err.flush();
        return ExitCode.INTERNAL;
    }
}
