package vn.khlt.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;
import vn.khlt.i18n.Lang;

/**
 * Not a test: the build's man page step ({@code exec:java} in the package phase). Writes, with
 * picocli-codegen's {@link ManPageGenerator}, the AsciiDoc of a man page for khlt and each of
 * its visible commands, in Vietnamese (the help's bundle), which Asciidoctor then turns into roff.
 */
public final class ManPages {

    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CommandLine khlt = Khlt.commandLine(nowhere, nowhere);
        Khlt.helpIn(khlt, Lang.VI);
        List<CommandSpec> specs = new ArrayList<>();
        visible(khlt, specs);
        int code = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], false,
                specs.toArray(CommandSpec[]::new));
        if (code != 0) {
            throw new IOException("the man pages were not written: " + code);
        }
    }

    private static void visible(CommandLine command, List<CommandSpec> specs) {
        specs.add(command.getCommandSpec());
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden() && !specs.contains(sub.getCommandSpec())) {
                visible(sub, specs);
            }
        }
    }
}
