package vn.khlt.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the pipeline's steps (docs/architecture.md): each depends only on the
 * steps before it and on the foundation beneath them all, no two depend on each other, the
 * library never on the command line, and the command line does its work through the pipeline.
 */
class ArchitectureTest {

    private static final JavaClasses KHLT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.khlt");

    @Test
    void noPackageCycles() {
        slices().matching("vn.khlt.(*)..").should().beFreeOfCycles().check(KHLT);
    }

    @Test
    void eachStepDependsOnlyOnTheStepsBeforeIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("foundation").definedBy("vn.khlt.i18n..", "vn.khlt.finding..", "vn.khlt.io..")
                .layer("plan").definedBy("vn.khlt.plan..")
                .layer("read").definedBy("vn.khlt.read..")
                .layer("check").definedBy("vn.khlt.check..")
                .layer("facts").definedBy("vn.khlt.facts..")
                .layer("analyse").definedBy("vn.khlt.analyse..")
                .layer("report").definedBy("vn.khlt.report..")
                .layer("render").definedBy("vn.khlt.render..")
                .layer("template").definedBy("vn.khlt.template..")
                .layer("pipeline").definedBy("vn.khlt.pipeline..")
                .layer("run").definedBy("vn.khlt.run..")
                .layer("cli").definedBy("vn.khlt.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("run").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("run", "cli")
                .whereLayer("template").mayOnlyBeAccessedByLayers("pipeline", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("run", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("render", "pipeline", "run", "cli")
                .whereLayer("analyse").mayOnlyBeAccessedByLayers("report", "render", "pipeline", "run", "cli")
                .whereLayer("facts").mayOnlyBeAccessedByLayers("check", "analyse", "report", "render", "pipeline", "run",
                        "cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("report", "render", "pipeline", "run", "cli")
                .whereLayer("read").mayOnlyBeAccessedByLayers("check", "report", "render", "pipeline", "run", "cli")
                .whereLayer("plan").mayOnlyBeAccessedByLayers("read", "check", "facts", "analyse", "report", "render",
                        "template", "pipeline", "run", "cli")
                .check(KHLT);
    }

    /** The command line and the unattended run read, check, roll up and analyse only by calling the pipeline. */
    @Test
    void theStepsWorkOnlyThroughThePipeline() {
        noClasses().that().resideInAnyPackage("vn.khlt.cli..", "vn.khlt.run..")
                .should().dependOnClassesThat().haveFullyQualifiedName("vn.khlt.read.Submissions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.khlt.check.Validator")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.khlt.facts.Consolidation")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.khlt.analyse.GapAnalysis")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.khlt.report.ReportTables")
                .check(KHLT);
    }
}
