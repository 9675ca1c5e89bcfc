package vn.khlt.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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
            " 5:a good report was not replaced by a worse one (no figure; for run, fewer returns); nothing replaced",
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

    /** --plan, --lang, -q and -v, before the command or after it. */
    @Mixin
    CommonOptions common;

    /** {@code khlt} alone: the year's steps with the exact commands, for whoever starts it without knowing more. */
    @Override
    public void run() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        out.print(common.lang == Lang.EN ? GUIDE_EN : GUIDE_VI);
        out.flush();
    }

    private static final String GUIDE_VI = """
            khlt: tổng hợp báo cáo năm của bốn đoàn thể theo Kế hoạch liên tịch 02/KHLT.

            Các bước mỗi năm (ví dụ năm 2019, các tệp gửi về để chung trong thư mục hop-thu):
              1. Gửi mẫu báo cáo cho từng đoàn thể   khlt template --association HND --year 2019
              2. Kiểm tra các tệp gửi về             khlt validate hop-thu
              3. Gửi thư phản hồi cho từng đơn vị    khlt feedback --year 2019 hop-thu
              4. Lập báo cáo tổng hợp năm            khlt report --year 2019 hop-thu
              5. Xem còn cách mục tiêu bao xa        khlt gap --as-of 2019 hop-thu
              6. Viết báo cáo tổng kết (Word)        khlt review --year 2019 hop-thu

            Thử ngay với số liệu mẫu:  khlt report --year 2019 samples/bentre
            Xem thêm: khlt --help, khlt TÊN-LỆNH --help, và docs/huong-dan.md.
            """;

    private static final String GUIDE_EN = """
            khlt: the yearly consolidation of the four associations' reports under joint plan 02/KHLT.

            The year's steps (for 2019, with the returns gathered in a folder hop-thu):
              1. Send each association its form      khlt template --association HND --year 2019
              2. Check the returns                   khlt validate hop-thu
              3. Send each office its feedback       khlt feedback --year 2019 hop-thu
              4. Write the year's report             khlt report --year 2019 hop-thu
              5. See how far each target is          khlt gap --as-of 2019 hop-thu
              6. Write the year's review (Word)      khlt review --year 2019 hop-thu

            Try it on the samples:  khlt report --year 2019 samples/bentre
            More: khlt --help, khlt COMMAND --help, and docs/huong-dan.md.
            """;

    /** The help's Vietnamese, a resource bundle of picocli's keys (help-vi.properties, next to this class). */
    private static final String HELP_VI = "vn.khlt.cli.help-vi";

    /** The command line as main runs it; tests call the same with their own writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Khlt())
                .addSubcommand(new PlanCommand())
                .addSubcommand(new TemplateCommand())
                .addSubcommand(new InspectCommand())
                .addSubcommand(new ValidateCommand())
                .addSubcommand(new ReportCommand())
                .addSubcommand(new GapCommand())
                .addSubcommand(new ReviewCommand())
                .addSubcommand(new FeedbackCommand())
                .addSubcommand(new RunCommand())
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand("generate-completion", new picocli.AutoComplete.GenerateCompletion());
        Khlt root = cli.getCommand();
        cli.setExecutionStrategy(parsed -> {
            helpIn(cli, root.common.lang);
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Khlt::badUsage);
        cli.setExecutionExceptionHandler(Khlt::stopped);
        cli.setExitCodeExceptionMapper(ExitCode.MAPPER);
        return cli;
    }

    /** Runs khlt with these arguments and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(out, err);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(Text.of("khlt: không đủ bộ nhớ cho lượng dữ liệu này; chạy lại với nhiều bộ nhớ hơn, ví dụ "
                    + "KHLT_JAVA_OPTS=-Xmx4g ./khlt ... (hoặc java -Xmx4g -jar khlt.jar ...)",
                    "khlt: not enough memory for this much data; run again with more, for example "
                    + "KHLT_JAVA_OPTS=-Xmx4g ./khlt ... (or java -Xmx4g -jar khlt.jar ...)")
                    .in(((Khlt) cli.getCommand()).common.lang));
            code = ExitCode.of(e);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The help in a language: Vietnamese from the bundle; English is the annotations' own. */
    static void helpIn(CommandLine cli, Lang lang) {
        if (lang == Lang.VI) {
            cli.setResourceBundle(ResourceBundle.getBundle(HELP_VI, Locale.ROOT));
        }
    }

    /** The language asked for, as far as the command line was parsed (Vietnamese unless --lang en came first). */
    private static Lang lang(CommandLine cli) {
        CommandLine root = cli;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return ((Khlt) root.getCommand()).common.lang;
    }

    /** Bad usage: what is wrong (in Vietnamese unless --lang en asks otherwise), what was meant, where help is. */
    private static int badUsage(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        Lang lang = UsageErrors.asked(args, lang(cli));
        err.println("khlt: " + UsageErrors.message(e, args).in(lang));
        if (lang == Lang.EN) {
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        } else {
            UsageErrors.suggestions(e).ifPresent(err::println);
        }
        err.println(Text.of("Xem: %s --help", "Try '%s --help' for more.").format(cli.getCommandSpec().qualifiedName()).in(lang));
        err.flush();
        return cli.getExitCodeExceptionMapper().getExitCode(e);
    }

    /** What stopped a command: a one-line reason in the user's language, or an internal fault (a bug). */
    private static int stopped(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof CannotRunException cannot) {
            err.println("khlt: " + cannot.text().in(lang(cli)));
            err.flush();
            return cli.getExitCodeExceptionMapper().getExitCode(e);
        }
        Lang lang = lang(cli);
        err.println(Text.of("khlt: lỗi nội bộ của khlt (một lỗi lập trình): %s", "khlt: internal fault, a bug in khlt: %s")
                .format(e).in(lang));
        boolean verbose = parsed.originalArgs().contains("-v") || parsed.originalArgs().contains("--verbose");
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println(Text.of("Xin báo lại cho bộ phận kỹ thuật, kèm lệnh đã chạy; thêm --verbose để xem vết ngăn xếp.",
                    "Please report it with the command you ran; add --verbose to see the stack trace.").in(lang));
        }
        err.flush();
        return cli.getExitCodeExceptionMapper().getExitCode(e);
    }
}
