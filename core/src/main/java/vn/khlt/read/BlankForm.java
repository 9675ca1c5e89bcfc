package vn.khlt.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import vn.khlt.finding.Finding;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.i18n.Text;
import vn.khlt.plan.Names;

/**
 * A table on a sheet, or in a file, named as a form ("Mẫu", "Mẫu báo cáo", "Template",
 * {@code Mau_bao_cao_2019.xlsx}): the blank the province sent, or the form a district filled in
 * without renaming it? Its figures are held while every one is zero or blank; the first other
 * figure shows the form filled in, and all of them are passed on. At the table's end, a form of
 * zeros and blanks only is the blank one, beside the report or in its place: none of it counts,
 * and that is said. A table otherwise named passes every figure straight on.
 */
final class BlankForm {

    /** A sheet's name, lower case with its accents, that names a form: "Mẫu", "Biểu mẫu", "Mẫu số 01", "Mẫu trống", "Template". */
    private static final Pattern SHEET = Pattern.compile(
            "^(?:biểu )?mẫu(?: số)?(?: ?\\d{1,2}[a-z]?)?(?: trống| báo cáo| bc)?$|^(?:template|blank form)$");
    /** A file's name, as a key, that names a form: "Mau bao cao", "Bieu mau", "Template". */
    private static final Pattern FILE = Pattern.compile("(?:^| )(?:mau bao cao|bieu mau|mau trong|template)(?: |$)");

    private final Consumer<Figure> pass;
    private final boolean named;
    private final String name;
    private final List<Figure> held = new ArrayList<>();
    private boolean filled;

    /** For a table of a sheet (its name, or "" in a CSV file) of a file, passing its figures on to {@code pass}. */
    BlankForm(String sheet, String file, Consumer<Figure> pass) {
        this.pass = pass;
        String sheetName = sheet.strip().toLowerCase(java.util.Locale.ROOT);
        String fileName = Names.key(Names.parted(file).replace('_', ' ').replace('-', ' '));
        boolean bySheet = SHEET.matcher(sheetName).matches();
        this.named = bySheet || FILE.matcher(fileName).find();
        this.name = bySheet ? sheet : file;
    }

    /** A figure of the table: passed on, unless the table is named as a form and all its figures so far are zero or blank. */
    void take(Figure figure) {
        if (!named || filled) {
            pass.accept(figure);
            return;
        }
        if (zeroOrBlank(figure)) {
            held.add(figure);
            return;
        }
        filled = true;
        held.forEach(pass);
        held.clear();
        pass.accept(figure);
    }

    /** The table ends: a form of zeros and blanks only is the blank one, said; the next table starts afresh. */
    void end(Location sheet, List<Issue> issues) {
        if (!filled && held.stream().anyMatch(figure -> !figure.missing())) {
            issues.add(new Issue(Finding.EXAMPLE_TABLE, sheet, Text.of(
                    "Bảng ở '%s' (tên của một biểu mẫu) chỉ có số 0 và ô trống: là biểu mẫu chưa điền, không số liệu nào được"
                            + " tính. Nếu đây là báo cáo thật, ghi số liệu vào biểu mẫu",
                    "The table in '%s' (named as a form) holds only zeros and blank cells: it is the blank form, and none"
                            + " of it counts. If it is the report, fill in its figures").format(Header.shorten(name))));
        } else if (!filled) {
            held.forEach(pass); // blanks only: each unit's figure missing, as in any table
        }
        held.clear();
        filled = false;
    }

    private static boolean zeroOrBlank(Figure figure) {
        return zero(figure.value()) && zero(figure.numerator()) && zero(figure.denominator());
    }

    private static boolean zero(Optional<BigDecimal> number) {
        return number.isEmpty() || number.get().signum() == 0;
    }
}
