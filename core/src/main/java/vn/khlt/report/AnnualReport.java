package vn.khlt.report;

import java.util.List;
import vn.khlt.check.Validation;
import vn.khlt.i18n.Lang;
import vn.khlt.plan.Plan;

/**
 * The consolidated annual progress report of a year: the checked inputs it was made from and
 * its tables, ready for {@code vn.khlt.render.ReportFiles} to write in the formats asked for.
 */
public record AnnualReport(Plan plan, int year, Lang lang, Validation validation, List<ReportTables.Named> tables) {

    public AnnualReport {
        tables = List.copyOf(tables);
    }

    /** The formats a report can be written in. */
    public enum Format {
        XLSX, CSV, JSON, MD, HTML
    }

    /** The report's title, as its pages show it. */
    public String title() {
        return (lang == Lang.EN ? "Joint plan " : "Báo cáo kết quả thực hiện Kế hoạch liên tịch ") + plan.number()
                + (lang == Lang.EN ? ": progress report " : ", năm ") + year;
    }

    /** What a page shows: the summary, the trend, and what the report was made from. */
    public List<ReportTables.Named> pages() {
        return tables.stream().filter(t -> t.file().equals("tong-hop") || t.file().equals("xu-huong")
                || t.file().equals(PROVENANCE)).toList();
    }

    /** The name of the provenance's table, file and sheet. */
    public static final String PROVENANCE = "nguon-goc";

    /** The same report with what it was made from as its last table ({@code nguon-goc}). */
    public AnnualReport with(Provenance provenance) {
        List<ReportTables.Named> all = new java.util.ArrayList<>(tables);
        all.add(new ReportTables.Named(PROVENANCE, lang == Lang.EN ? "Provenance" : "Nguồn gốc", provenance.table(lang)));
        return new AnnualReport(plan, year, lang, validation, all);
    }
}
