package vn.khlt.read;

import vn.khlt.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.khlt.finding.Issue;
import vn.khlt.finding.Location;
import vn.khlt.finding.Severity;
import vn.khlt.i18n.Text;

/**
 * Turns the command line's inputs into the files to read: folders walked recursively in a
 * stable order, skipping Excel's lock files, hidden files and files that are no spreadsheet,
 * each with a note. Links to folders are not followed, so a link loop cannot trap the walk.
 */
final class Inputs {

    /**
     * What a folder's files are read for; an OpenDocument spreadsheet (.ods) and an Excel binary
     * workbook (.xlsb) too, to be refused with how to send them.
     */
    static final Set<String> EXTENSIONS = Set.of("csv", "txt", "tsv", "xlsx", "xlsm", "xls", "ods", "xlsb");
    /** Documents an office may send its report as, whose figures khlt cannot read: skipped, saying how to send them. */
    private static final Set<String> DOCUMENTS = Set.of("doc", "docx", "pdf", "odt", "rtf");

    private Inputs() {
    }

    static List<Path> expand(List<Path> inputs, List<Issue> issues) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, files, issues);
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.exists(input)) {
                issues.add(notRegular(input));
            } else {
                issues.add(new Issue(Finding.FILE_NOT_FOUND, Location.file(input.toString()), Text.of(
                        "Không tìm thấy tệp hoặc thư mục: kiểm tra đường dẫn",
                        "No such file or folder: check the path")));
            }
        }
        return files;
    }

    private static void walk(Path folder, List<Path> files, List<Issue> issues) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(folder)) {
            found = walk.filter(p -> !p.equals(folder)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            issues.add(new Issue(Finding.UNREADABLE, Location.file(folder.toString()), Text.of(
                    "Không đọc được thư mục: %s", "Cannot read the folder: %s").format(reason(e))));
            return;
        }
        List<Path> reports = found.stream()
                .filter(p -> p.getFileName().toString().equals(Submissions.REPORT_MARK) && !p.getParent().equals(folder))
                .map(Path::getParent).toList();
        for (Path path : found) {
            String name = path.getFileName().toString();
            Optional<Path> report = reports.stream().filter(path::startsWith).findFirst();
            if (report.isPresent()) {
                if (path.equals(report.get())) {
                    issues.add(note(path, Text.of(
                            "Thư mục báo cáo do khlt viết, bỏ qua; để đọc số liệu của nó, chỉ đích danh tệp so-lieu.csv",
                            "A report folder khlt wrote, skipped; to read its figures, name its so-lieu.csv")));
                }
                continue;
            }
            if (name.equals(Submissions.REPORT_MARK) && path.getParent().equals(folder)) {
                continue; // the report folder itself was asked for: its mark is no submission
            }
            if (hiddenBelow(folder, path)) {
                if (name.startsWith(".") && !Files.isDirectory(path) && !underHidden(folder, path)) {
                    issues.add(note(path, Text.of("Tệp ẩn, bỏ qua", "Hidden file, skipped")));
                }
                continue;
            }
            if (Files.isDirectory(path)) {
                continue;
            }
            if (name.equals(LayoutFile.NAME)) {
                continue; // the folder's layout file: read for how to read the others
            }
            if (!Files.isRegularFile(path)) {
                issues.add(notRegular(path)); // a FIFO would block whoever opens it
            } else if (name.startsWith("~$")) {
                issues.add(note(path, Text.of("Tệp khóa tạm của Excel (đang mở tệp gốc), bỏ qua",
                        "Excel's lock file (the workbook is open somewhere), skipped")));
            } else if (DOCUMENTS.contains(extension(name))) {
                issues.add(note(path, Text.of(
                        "Văn bản (Word, PDF), không phải bảng tính: bỏ qua. Nếu đây là báo cáo số liệu của một đơn vị, ghi số"
                                + " liệu vào mẫu Excel (lệnh khlt template) rồi gửi tệp Excel",
                        "A document (Word, PDF), not a workbook: skipped. If it is a unit's report of figures, enter them in"
                                + " the Excel form (the command khlt template) and send the workbook")));
            } else if (!EXTENSIONS.contains(extension(name))) {
                issues.add(note(path, Text.of(
                        "Không phải bảng tính (.xlsx, .xlsm, .xls) hay tệp CSV (.csv, .txt, .tsv), bỏ qua",
                        "Neither a workbook (.xlsx, .xlsm, .xls) nor a CSV file (.csv, .txt, .tsv), skipped")));
            } else {
                files.add(path);
            }
        }
    }

    /** True for a path that is hidden or lies in a hidden folder below the folder walked. */
    private static boolean hiddenBelow(Path folder, Path path) {
        for (Path part : folder.relativize(path)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean underHidden(Path folder, Path path) {
        Path parent = folder.relativize(path).getParent();
        return parent != null && hiddenBelow(folder, folder.resolve(parent));
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Issue notRegular(Path path) {
        return new Issue(Finding.NOT_A_REGULAR_FILE, Location.file(path.toString()), Text.of(
                "Không phải tệp thường (ống FIFO, thiết bị hoặc socket): bỏ qua, không mở",
                "Not a regular file (a FIFO, device or socket): skipped, not opened"));
    }

    private static Issue note(Path path, Text text) {
        return new Issue(Finding.SKIPPED, Location.file(path.toString()), text);
    }

    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Header.shorten(message.lines().findFirst().orElse(""));
    }
}
