package vn.khlt.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import vn.khlt.i18n.Lang;
import vn.khlt.i18n.Text;
import vn.khlt.plan.InvalidPlanException;
import vn.khlt.plan.Plan;
import vn.khlt.plan.PlanLoader;
import vn.khlt.plan.PlanProblem;
import vn.khlt.plan.Plans;

/**
 * The options every command takes: which plan, which language, how much to say. They are the
 * root command's, inherited by every subcommand (picocli's {@code ScopeType.INHERIT}), so that
 * {@code khlt --lang en gap} and {@code khlt gap --lang en} say the same.
 */
final class CommonOptions {

    @Option(names = "--plan", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Plan file (YAML) to use instead of the built-in plan (bentre-02-khlt-2016, joint plan 02/KHLT).")
    Optional<Path> planFile = Optional.empty();

    @Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT, converter = LangConverter.class,
            description = "Language of labels and messages: vi (default) or en.")
    Lang lang = Lang.VI;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print nothing but the result and errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Say more on stderr; show stack traces of internal faults.")
    boolean verbose;

    /** The plan to work with: the built-in one, or the file given with --plan. */
    Plan plan() {
        if (planFile.isEmpty()) {
            return Plans.defaultPlan();
        }
        Path file = planFile.get();
        try {
            return PlanLoader.load(file.toString(), PlanFiles.read(file), PlanFiles.includes(file));
        } catch (InvalidPlanException e) {
            StringBuilder problems = new StringBuilder();
            StringBuilder problemsEn = new StringBuilder();
            for (PlanProblem problem : e.check().problems()) {
                problems.append("\n  ").append(problem.describe(file.toString(), Lang.VI));
                problemsEn.append("\n  ").append(problem.describe(file.toString(), Lang.EN));
            }
            throw CannotRunException.cannotRun(Text.of(
                    "Tệp kế hoạch " + file + " không hợp lệ (kiểm tra bằng: khlt plan check " + file + "):" + problems,
                    "Plan file " + file + " is not valid (check it with: khlt plan check " + file + "):" + problemsEn));
        }
    }

    /** Reads {@code vi} or {@code en}, in any case. */
    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            for (Lang lang : Lang.values()) {
                if (lang.tag().equalsIgnoreCase(value.trim())) {
                    return lang;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("expected vi or en, not '" + value + "'");
        }
    }
}
