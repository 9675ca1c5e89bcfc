package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A letter back to every office: what came, what to fix, its figures, what is missing; one that never came is told so. */
class FeedbackCommandTest {

    private static final String BENTRE = Golden.SAMPLES.resolve("bentre").toString();

    @TempDir
    Path dir;

    private Path feedback(String inputs) {
        Path out = dir.resolve("phan-hoi-" + System.nanoTime());
        Run run = Run.of("feedback", "--year", "2019", "--date", "2019-12-20", "--out", out.toString(), inputs, "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    private static String text(Path docx) throws IOException {
        return Docx.text(docx);
    }

    @Test
    void everyOfficeGetsItsLetterInItsAssociationsFolder() throws IOException {
        Path out = feedback(BENTRE);
        try (Stream<Path> walk = Files.walk(out)) {
            assertThat(walk.filter(p -> p.toString().endsWith(".docx")).count()).isEqualTo(40); // 4 associations × 10 units
        }
        String letter = text(out.resolve("HND/phan-hoi-HND-BA-TRI-2019.docx"));
        // the file's time is the checkout's: the rest is compared exactly
        Golden.assertMatches(letter.replaceAll("sửa lúc [0-9T:-]+Z", "sửa lúc …"), "bentre-feedback-2019-HND-BA-TRI.txt");
    }

    /** The letter's figures are the ones the report counts for that office (its long layout, so-lieu.csv). */
    @Test
    void theLettersFiguresAreTheReports() throws IOException {
        Path letters = feedback(BENTRE);
        Run report = Run.of("report", "--year", "2019", "--format", "csv", "--out", dir.resolve("r").toString(), BENTRE);
        assertThat(report.exitCode()).isZero();
        Map<String, String> counted = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("r/so-lieu.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length >= 5 && f[0].equals("HND") && f[1].equals("BA-TRI") && f[2].equals("2019") && !f[4].isEmpty()) {
                counted.put(f[3], f[4]);
            }
        }
        int checked = 0;
        try (InputStream in = Files.newInputStream(letters.resolve("HND/phan-hoi-HND-BA-TRI-2019.docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(1);
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                String value = counted.get(row.getCell(0).getText());
                if (value != null && !row.getCell(0).getText().equals("CT13")) {
                    assertThat(row.getCell(2).getText()).as(row.getCell(0).getText()).isEqualTo(value);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    /** One district's return taken out: its letter says the return never came, and what is missing. */
    @Test
    void aReturnThatNeverCameIsSaid() throws IOException {
        Path inbox = Inboxes.withoutBaTrisReturn(dir);
        String letter = text(feedback(inbox.toString()).resolve("HND/phan-hoi-HND-BA-TRI-2019.docx"));
        assertThat(letter).contains("Chưa nhận được báo cáo năm 2019 của đơn vị")
                .contains("CT08 – Hộ đăng ký đề án đa dạng sinh kế: chưa gửi báo cáo.");
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        Path taken = Files.createDirectories(dir.resolve("thu"));
        Files.writeString(taken.resolve("cong-van.docx"), "a letter of ours");
        Run run = Run.of("feedback", "--year", "2019", "--out", taken.toString(), BENTRE);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Files.readString(taken.resolve("cong-van.docx"))).isEqualTo("a letter of ours");
    }
}
