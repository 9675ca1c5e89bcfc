package vn.khlt.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.khlt.i18n.Text;
import vn.khlt.io.AtomicFiles;
import vn.khlt.plan.Association;
import vn.khlt.plan.Plan;
import vn.khlt.template.FillInTemplate;

/** {@code khlt template}: the fill-in form an association's office returns. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write the fill-in form for one association and year: instructions in Vietnamese, a row per "
                + "unit, a column per indicator (a rate as numerator and denominator), whole numbers only, "
                + "headers locked. khlt reads the filled form back as it is.",
        footer = {"", "Examples:",
            "  khlt template --association HND --year 2019                 writes HND_2019.xlsx",
            "  khlt template --association \"Tỉnh Đoàn\" --year 2019 -o mau/DTN_2019.xlsx",
            "  khlt template --association HND --year 2019 --format csv    writes HND_2019.csv (long layout)"})
final class TemplateCommand extends BaseCommand {

    @Option(names = "--association", paramLabel = "CODE", required = true, description = "The association (code or name).")
    String association;

    @Option(names = "--year", paramLabel = "YEAR", required = true, description = "The year the form reports on.")
    int year;

    @Option(names = "--format", paramLabel = "xlsx|csv", defaultValue = "xlsx", description = "xlsx (default) or csv.")
    Format format = Format.xlsx;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it ('-': stdout). Default: CODE_YEAR.xlsx in the current folder.")
    Optional<String> output = Optional.empty();

    @Option(names = "--force", description = "Replace a file of the same name (without it, an existing file is never touched: "
            + "it may be a filled-in return).")
    boolean force;

    @Override
    ExitCode run() {
        Plan plan = common.plan();
        Association found = PlanNames.association(plan, association);
        PlanNames.year(plan, year, "--year");
        format.requireOneOf(Format.xlsx, Format.csv);
        String target = output.orElse(FillInTemplate.fileName(found, year, format.name()));
        try {
            byte[] content = format == Format.xlsx ? FillInTemplate.xlsx(plan, found, year)
                    : FillInTemplate.csv(plan, found, year).getBytes(StandardCharsets.UTF_8);
            if (target.equals("-")) {
                System.out.write(content);
                System.out.flush();
                return ExitCode.OK;
            }
            if (!force && java.nio.file.Files.exists(Path.of(target), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                throw CannotRunException.cannotRun(Text.of(
                        "đã có tệp %s, khlt không ghi đè (có thể đó là báo cáo đã điền). Chọn tên khác bằng -o,"
                                + " hoặc thêm --force nếu đúng là muốn thay tệp đó bằng mẫu trống.",
                        "%s already exists and khlt does not replace it (it may be a filled-in return). Choose"
                                + " another name with -o, or add --force to replace it with an empty form.").format(target));
            }
            AtomicFiles.write(Path.of(target), content);
        } catch (IOException e) {
            throw CannotRunException.cannotDo(Text.of("Không ghi được tệp", "Cannot write"), target, e);
        }
        if (!common.quiet) {
            out().println(target);
            out().flush();
        }
        return ExitCode.OK;
    }
}
