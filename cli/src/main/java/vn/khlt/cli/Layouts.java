package vn.khlt.cli;

import java.io.IOException;
import java.nio.file.Path;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Plan;
import vn.khlt.read.LayoutFile;

/** {@code --layout FILE}: the layout file named on the command line, or why it cannot be used. */
final class Layouts {

    private Layouts() {
    }

    static LayoutFile load(Path file, Plan plan) {
        try {
            return LayoutFile.load(file, plan);
        } catch (LayoutFile.InvalidLayoutException e) {
            throw CannotRunException.cannotRun(e.reason());
        } catch (IOException e) {
            throw CannotRunException.cannotDo(Text.of("Không đọc được tệp bố cục", "Cannot read the layout file"), file, e);
        }
    }
}
