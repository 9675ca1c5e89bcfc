package vn.khlt.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.khlt.i18n.Lang;
import vn.khlt.io.Sha256;
import vn.khlt.plan.Plan;

/**
 * What a report was made from and how: each input file (path, size, modification time,
 * SHA-256), the plan (its name and the SHA-256 of its text), khlt's version, the command line
 * and the time. A reader can tell from it whether a report is the one of the files at hand.
 */
public record Provenance(List<Input> inputs, String plan, String planSha256, String version, String commandLine,
        Instant madeAt) {

    public Provenance {
        inputs = List.copyOf(inputs);
    }

    /** An input file as it was when it was read. */
    public record Input(String path, long size, Instant modified, String sha256) {
    }

    /** The provenance of a report made now from these files (those the reading took in, in its order). */
    public static Provenance of(List<String> files, Plan plan, String version, String commandLine, Instant madeAt) {
        List<Input> inputs = files.stream().map(Provenance::input).toList();
        return new Provenance(inputs, plan.id(), Sha256.of(plan.source()), version, commandLine,
                madeAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** A file as it is now: its size, modification time and SHA-256 (blank when it has gone since it was read). */
    public static Input input(String name) {
        Path file = Path.of(name);
        try {
            return new Input(name, Files.size(file), Files.getLastModifiedTime(file).toInstant()
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS), Sha256.of(file));
        } catch (IOException e) {
            return new Input(name, -1, Instant.EPOCH, ""); // the report says so by its blanks
        }
    }

    /** As a table of the report ({@code nguon-goc}): what it was made with, then a row per input. */
    public Table table(Lang lang) {
        boolean en = lang == Lang.EN;
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row(en ? "Made at" : "Lập lúc", madeAt.toString()));
        rows.add(row(en ? "Command" : "Lệnh", commandLine));
        rows.add(row(en ? "khlt version" : "Phiên bản khlt", version));
        rows.add(row(en ? "Plan" : "Kế hoạch", plan));
        rows.add(List.of(Cell.text(en ? "Plan's SHA-256" : "SHA-256 của kế hoạch"), Cell.BLANK, Cell.BLANK, Cell.BLANK,
                Cell.text(planSha256)));
        for (Input input : inputs) {
            rows.add(List.of(Cell.text(en ? "Input" : "Tệp đầu vào"), Cell.text(input.path()),
                    input.size() < 0 ? Cell.BLANK : Cell.number(input.size()),
                    input.size() < 0 ? Cell.BLANK : Cell.text(input.modified().toString()), Cell.text(input.sha256())));
        }
        return new Table(en ? "What the report was made from" : "Báo cáo được lập từ đâu", List.of(
                Table.Column.left(en ? "Item" : "Mục"), Table.Column.left(en ? "Value" : "Giá trị"),
                Table.Column.number(en ? "Size (bytes)" : "Kích thước (byte)"),
                Table.Column.left(en ? "Modified" : "Sửa lúc"), Table.Column.left("SHA-256")), rows);
    }

    private static List<Cell> row(String item, String value) {
        return List.of(Cell.text(item), Cell.text(value), Cell.BLANK, Cell.BLANK, Cell.BLANK);
    }
}
