package vn.khlt.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.khlt.analyse.Consolidation;
import vn.khlt.analyse.GapAnalysis;
import vn.khlt.analyse.GapRow;
import vn.khlt.check.Validation;
import vn.khlt.check.ValidationOptions;
import vn.khlt.check.Validator;
import vn.khlt.i18n.Lang;
import vn.khlt.io.AtomicFiles;
import vn.khlt.plan.Plan;
import vn.khlt.read.ReadOptions;
import vn.khlt.read.ReadResult;
import vn.khlt.read.Submissions;
import vn.khlt.render.CsvTable;
import vn.khlt.render.HtmlReport;
import vn.khlt.render.JsonTables;
import vn.khlt.render.MarkdownTable;
import vn.khlt.render.ReportTables;
import vn.khlt.render.XlsxReport;

/**
 * The consolidated annual progress report: the inputs read and checked, the figures that count
 * rolled up, every target judged as of the year, and the tables written in the formats asked
 * for. Each file is written whole or not at all; the same inputs give the same bytes.
 */
public final class AnnualReport {

    /** The formats a report can be written in. */
    public enum Format {
        XLSX, CSV, JSON, MD, HTML
    }

    private static final String MARK = "Thư mục báo cáo do khlt viết: khlt không đọc thư mục này như số liệu gửi lên.\n"
            + "A report folder khlt wrote: khlt does not read this folder as submissions.\n";

    private final Plan plan;
    private final int year;
    private final Lang lang;
    private final Validation validation;
    private final List<ReportTables.Named> tables;

    private AnnualReport(Plan plan, int year, Lang lang, Validation validation, List<ReportTables.Named> tables) {
        this.plan = plan;
        this.year = year;
        this.lang = lang;
        this.validation = validation;
        this.tables = tables;
    }

    public static AnnualReport build(Plan plan, List<Path> inputs, ReadOptions read, int year, Lang lang) {
        return build(plan, inputs, read, java.util.Optional.of(year), lang);
    }

    /** A report of the given year, or of the latest year with data (the period's last when there is none). */
    public static AnnualReport build(Plan plan, List<Path> inputs, ReadOptions read, java.util.Optional<Integer> asked,
            Lang lang) {
        return build(plan, inputs, read, asked, java.util.Optional.empty(), lang);
    }

    /** A report whose tables by unit list the units down to a level (by default, see {@link Consolidation#defaultDetail}). */
    public static AnnualReport build(Plan plan, List<Path> inputs, ReadOptions read, java.util.Optional<Integer> asked,
            java.util.Optional<vn.khlt.plan.UnitLevel> detail, Lang lang) {
        return build(plan, inputs, read, asked, detail, lang, EnumSet.noneOf(Format.class));
    }

    /** A report that will be written in the formats given. */
    public static AnnualReport build(Plan plan, List<Path> inputs, ReadOptions read, java.util.Optional<Integer> asked,
            java.util.Optional<vn.khlt.plan.UnitLevel> detail, Lang lang, Set<Format> formats) {
        Validator validator = new Validator(plan, ValidationOptions.defaults());
        ReadResult result = Submissions.read(plan, inputs, read, validator);
        Validation validation = validator.finish(result);
        Consolidation data = new Consolidation(plan, validator.facts(), java.util.Optional.empty(), detail);
        int year = asked.or(data::latestYear).orElse(plan.period().to());
        List<GapRow> gap = new GapAnalysis(data).asOf(year);
        return new AnnualReport(plan, year, lang, validation, new ReportTables(plan, validation, data, gap, year, lang).all());
    }

    public int year() {
        return year;
    }

    public Validation validation() {
        return validation;
    }

    public List<ReportTables.Named> tables() {
        return tables;
    }

    /** Writes the report into a folder and returns the files written, in a stable order. */
    public List<Path> write(Path folder, Set<Format> formats) throws IOException {
        List<Path> written = new ArrayList<>();
        String base = "bao-cao-" + year;
        // bookkeeping, not one of the report's files: marks the folder, so that reading a folder
        // that holds it does not read the report back as submissions
        write(folder.resolve(Submissions.REPORT_MARK), MARK.getBytes(StandardCharsets.UTF_8));
        for (Format format : EnumSet.copyOf(formats)) {
            switch (format) {
                case XLSX -> written.add(write(folder.resolve(base + ".xlsx"), XlsxReport.write(tables, year, lang)));
                case CSV -> {
                    for (ReportTables.Named named : tables) {
                        written.add(write(folder.resolve(named.file() + ".csv"), out -> CsvTable.write(named.table(), out)));
                    }
                }
                case JSON -> written.add(write(folder.resolve(base + ".json"),
                        out -> JsonTables.write(plan.id(), year, tables, out)));
                case MD -> written.add(write(folder.resolve(base + ".md"), markdown().getBytes(StandardCharsets.UTF_8)));
                case HTML -> written.add(write(folder.resolve(base + ".html"),
                        HtmlReport.render(title(), pages(), lang).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return written;
    }

    private String title() {
        return (lang == Lang.EN ? "Joint plan " : "Báo cáo kết quả thực hiện Kế hoạch liên tịch ") + plan.number()
                + (lang == Lang.EN ? ": progress report " : ", năm ") + year;
    }

    /** What a page shows: the summary and the trend. */
    private List<ReportTables.Named> pages() {
        return tables.stream().filter(t -> t.file().equals("tong-hop") || t.file().equals("xu-huong")).toList();
    }

    private String markdown() {
        StringBuilder out = new StringBuilder("# ").append(title()).append("\n\n");
        for (ReportTables.Named named : pages()) {
            out.append(MarkdownTable.render(named.table(), lang));
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
