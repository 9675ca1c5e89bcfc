package vn.khlt.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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

    /** The help's Vietnamese, a resource bundle of picocli's keys (help-vi.properties, next to this class). */
    private static final String HELP_VI = "vn.khlt.cli.help-vi";

    /** The command line as main runs it; tests call the same with their own writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, List.of());
    }

    /** The command line for these arguments, whose language decides the help's and the messages'. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> args) {
        CommandLine cli = new CommandLine(new Khlt())
                .addSubcommand(new PlanCommand())
                .addSubcommand(new TemplateCommand())
                .addSubcommand(new InspectCommand())
                .addSubcommand(new ValidateCommand())
                .addSubcommand(new ReportCommand())
                .addSubcommand(new GapCommand())
                .addSubcommand(new RunCommand())
                .addSubcommand(new CommandLine.HelpCommand());
        Lang asked = UsageErrors.lang(args.toArray(String[]::new));
        if (asked == Lang.VI) {
            // the bundle holds the help's Vietnamese; the annotations hold the English (--lang en)
            cli.setResourceBundle(ResourceBundle.getBundle(HELP_VI, Locale.ROOT));
        } else {
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
