package vn.khlt.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.khlt.i18n.Lang;
import vn.khlt.io.AtomicFiles;
import vn.khlt.read.Submissions;
import vn.khlt.report.AnnualReport;
import vn.khlt.report.AnnualReport.Format;
import vn.khlt.report.ReportTables;

/**
 * Writes an annual report into a folder, in the formats asked for. Each file is written whole
 * or not at all; the same report gives the same bytes.
 */
public final class ReportFiles {

    private static final String MARK = "Thư mục do khlt viết: khlt không đọc thư mục này như số liệu gửi lên.\n"
            + "A folder khlt wrote: khlt does not read this folder as submissions.\n";

    private ReportFiles() {
    }

    /**
     * Writes the report into a folder and returns the files written, in a stable order. A write
     * that fails (a full disk) is an IOException, however the library that met it wrapped it.
     */
    public static List<Path> write(AnnualReport report, Path folder, Set<Format> formats) throws IOException {
        try {
            return files(report, folder, formats);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw io; // POI's streaming workbook wraps the failure to write its temporary file
            }
            throw e;
        }
    }

    private static List<Path> files(AnnualReport report, Path folder, Set<Format> formats) throws IOException {
        List<ReportTables.Named> tables = report.tables();
        int year = report.year();
        Lang lang = report.lang();
        List<Path> written = new ArrayList<>();
        String base = "bao-cao-" + year;
        mark(folder);
        for (Format format : EnumSet.copyOf(formats)) {
            switch (format) {
                case XLSX -> written.add(write(folder.resolve(base + ".xlsx"), XlsxReport.write(tables, year, lang)));
                case CSV -> {
                    for (ReportTables.Named named : tables) {
                        written.add(write(folder.resolve(named.file() + ".csv"), out -> CsvTable.write(named.table(), out)));
                    }
                }
                case JSON -> written.add(write(folder.resolve(base + ".json"),
                        out -> JsonTables.write(report.plan().id(), year, tables, out)));
                case MD -> written.add(write(folder.resolve(base + ".md"), markdown(report).getBytes(StandardCharsets.UTF_8)));
                case HTML -> written.add(write(folder.resolve(base + ".html"),
                        HtmlReport.render(report.title(), report.pages(), lang).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return written;
    }

    /**
     * Marks a folder khlt writes whole (a report, the letters): bookkeeping, not one of its files.
     * Reading a folder that holds it does not read it back as submissions, and khlt may replace it.
     */
    public static void mark(Path folder) throws IOException {
        AtomicFiles.write(folder.resolve(Submissions.REPORT_MARK), MARK.getBytes(StandardCharsets.UTF_8));
    }

    private static String markdown(AnnualReport report) {
        StringBuilder out = new StringBuilder("# ").append(report.title()).append("\n\n");
        for (ReportTables.Named named : report.pages()) {
            out.append(MarkdownTable.render(named.table(), report.lang()));
        }
        return out.toString();
    }

    private static Path write(Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content);
        return file;
    }

    private static Path write(Path file, AtomicFiles.Content content) throws IOException {
        AtomicFiles.write(file, content);
        return file;
    }
}
