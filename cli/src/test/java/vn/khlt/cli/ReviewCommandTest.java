package vn.khlt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khlt.render.Json;

/** The year's review as Word writes it: its text, its numbers against the gap analysis, who did not report. */
class ReviewCommandTest {

    private static final String BENTRE = Golden.SAMPLES.resolve("bentre").toString();

    @TempDir
    Path dir;

    private Path review(String inputs, String... extra) {
        Path file = dir.resolve("review-" + System.nanoTime() + ".docx");
        String[] args = Stream.concat(Stream.of("review", "--year", "2019", "--date", "2019-12-20", "-o", file.toString(),
                inputs), Stream.of(extra)).toArray(String[]::new);
        Run run = Run.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(file + "\n");
        return file;
    }

    private static String text(Path docx) throws IOException {
        return Docx.text(docx);
    }

    @Test
    void theReviewOf2019ReadsAsItsGoldenText() throws IOException {
        Path docx = review(BENTRE);
        Golden.assertMatches(text(docx), "bentre-review-2019.txt");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            // A4, Times New Roman, the margins of an administrative document
            var section = doc.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(section.getPgMar().getLeft().toString()).isEqualTo("1710");
            assertThat(doc.getParagraphs()).filteredOn(p -> !p.getRuns().isEmpty())
                    .allSatisfy(p -> assertThat(p.getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman"));
        }
    }

    /** Every number of the consolidated table is the gap analysis's, as the gap command gives it. */
    @Test
    void everyNumberAgreesWithTheGapAnalysis() throws IOException {
        Path docx = review(BENTRE);
        JsonNode gap = Json.read(Run.of("gap", BENTRE, "--as-of", "2019", "--format", "json").out());
        Map<String, JsonNode> byKey = new HashMap<>();
        Map<String, String> scopes = Map.of("Toàn tỉnh", "province", "Liên tịch bốn đoàn thể", "joint",
                "Hội Liên hiệp Phụ nữ tỉnh", "HLHPN", "Hội Nông dân tỉnh", "HND", "Hội Cựu chiến binh tỉnh", "HCCB",
                "Tỉnh Đoàn", "DTN");
        gap.path("rows").forEach(r -> byKey.put(r.path("indicator").asText() + " " + r.path("scope").asText(), r));
        int checked = 0;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(1); // after the header's
            for (XWPFTableRow row : table.getRows().subList(1, table.getRows().size())) {
                JsonNode expected = byKey.get(row.getCell(0).getText() + " " + scopes.get(row.getCell(1).getText()));
                assertThat(expected).as(row.getCell(0).getText() + " " + row.getCell(1).getText()).isNotNull();
                if (expected.path("percent").isNull()) {
                    assertThat(row.getCell(4).getText()).isEmpty();
                    continue;
                }
                assertThat(row.getCell(4).getText()).isEqualTo(vi(expected.path("percent").decimalValue()) + "%");
                assertThat(row.getCell(3).getText()).startsWith(vi(expected.path("actual").decimalValue()));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
    }

    private static String vi(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String plain = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        String[] parts = plain.split("\\.");
        StringBuilder whole = new StringBuilder(parts[0]);
        for (int i = whole.length() - 3; i > 0; i -= 3) {
            whole.insert(i, '.');
        }
        return parts.length > 1 ? whole + "," + parts[1] : whole.toString();
    }

    /** One district's return taken out: the review names it under II. Hạn chế. */
    @Test
    void aMissingReturnIsNamedUnderTheShortcomings() throws IOException {
        Path inbox = Inboxes.withoutBaTrisReturn(dir);
        String text = text(review(inbox.toString()));
        String limits = text.substring(text.indexOf("II. HẠN CHẾ"), text.indexOf("III. PHƯƠNG HƯỚNG"));
        assertThat(limits).contains("Các đơn vị chưa gửi báo cáo năm 2019:\n- Hội Nông dân tỉnh: Huyện Ba Tri.");
        assertThat(text(review(BENTRE))).contains("Các đơn vị đã gửi đủ báo cáo năm 2019.");
    }

    @Test
    void aReviewAlreadyWrittenIsNeverReplacedWithoutForce() throws IOException {
        Path docx = dir.resolve("bao-cao.docx");
        Files.writeString(docx, "edited in Word");
        Run run = Run.of("review", "--year", "2019", "-o", docx.toString(), BENTRE);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(Files.readString(docx)).isEqualTo("edited in Word");
        assertThat(Run.of("review", "--year", "2019", "-o", docx.toString(), "--force", BENTRE).exitCode()).isZero();
        assertThat(Run.of("review", "--year", "2031", BENTRE).exitCode()).isEqualTo(2);
        assertThat(Run.of("review", "--print-settings").out()).contains("signers:").contains("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM");
    }

    /** The secretariat rewords a sentence and changes a signer without touching code. */
    @Test
    void sentencesAndLayoutAreTheSecretariatsToChange() throws IOException {
        Path sentences = dir.resolve("cau.properties");
        Files.writeString(sentences, "section.limits = II. TỒN TẠI, HẠN CHẾ\n", StandardCharsets.UTF_8);
        Path settings = dir.resolve("van-ban.yaml");
        Files.writeString(settings, Run.of("review", "--print-settings").out().replace("Phạm Thị Thành Thảo", "Nguyễn Thị A"),
                StandardCharsets.UTF_8);
        String text = text(review(BENTRE, "--sentences", sentences.toString(), "--settings", settings.toString()));
        assertThat(text).contains("II. TỒN TẠI, HẠN CHẾ").contains("Nguyễn Thị A").doesNotContain("Phạm Thị Thành Thảo");
    }

    /** A layout or sentences file that cannot be used says why, and where in it; nothing is written. */
    @Test
    void anUnusableSettingsFileSaysWhyAndWhere() throws IOException {
        Path out = dir.resolve("r.docx");
        Run missing = Run.of("review", "--year", "2019", "--settings", dir.resolve("khong-co.yaml").toString(), "-o",
                out.toString(), BENTRE);
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).endsWith("khong-co.yaml: không có tệp này\n");
        Path settings = Files.writeString(dir.resolve("van-ban.yaml"), "issuers: [a]\nky: x\n", StandardCharsets.UTF_8);
        Run unknown = Run.of("review", "--year", "2019", "--settings", settings.toString(), "-o", out.toString(), "--lang",
                "en", BENTRE);
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).endsWith("van-ban.yaml: there is no field 'ky' in van-ban.yaml; compare with khlt review --print-settings\n");
        Path broken = Files.writeString(dir.resolve("hong.yaml"), "issuers: [a\n", StandardCharsets.UTF_8);
        assertThat(Run.of("review", "--year", "2019", "--settings", broken.toString(), "-o", out.toString(), BENTRE).err())
                .contains("hong.yaml: 1:12: không đúng mẫu của van-ban.yaml (");
        Run sentences = Run.of("review", "--year", "2019", "--sentences", dir.resolve("cau.properties").toString(), "-o",
                out.toString(), BENTRE);
        assertThat(sentences.err()).endsWith("cau.properties: không có tệp này\n");
        assertThat(out).doesNotExist();
    }

    /** The mid-term review over the years so far: its title, and its own default name. */
    @Test
    void theMidTermReview() throws IOException {
        Path inbox = Path.of(BENTRE).toAbsolutePath();
        Run run = Run.of("review", "--year", "2019", "--from", "2016", "--date", "2019-06-30", "-q", inbox.toString());
        Path written = Path.of("bao-cao-so-ket-2016-2019.docx");
        try {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(text(written)).contains("Sơ kết thực hiện Kế hoạch liên tịch số 02/KHLT giai đoạn 2016 – 2019")
                    .contains("báo cáo kết quả thực hiện giai đoạn 2016 – 2019 như sau");
        } finally {
            Files.deleteIfExists(written);
        }
        assertThat(Run.of("review", "--year", "2018", "--from", "2019", BENTRE).exitCode()).isEqualTo(2);
    }

    /**
     * Writer opens the review and a letter: LibreOffice, where it is installed, converts each to
     * PDF and to text, and the text is the document's.
     */
    @Test
    void libreOfficeOpensThem() throws Exception {
        Path soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice").map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        // LibreOffice's Calc alone opens no DOCX: Writer's library must be there too
        Assumptions.assumeTrue(soffice != null && Files.exists(Path.of("/usr/lib/libreoffice/program/libswlo.so")),
                "LibreOffice Writer is not installed here: the DOCX files were not opened in Writer (apt-get install libreoffice-writer-nogui)");
        Path docx = review(BENTRE);
        Path letters = dir.resolve("thu");
        assertThat(Run.of("feedback", "--year", "2019", "--out", letters.toString(), "-q", BENTRE).exitCode()).isZero();
        Path letter = letters.resolve("HND/phan-hoi-HND-BA-TRI-2019.docx");
        for (Path file : List.of(docx, letter)) {
            for (String format : List.of("pdf", "txt:Text")) {
                Process convert = new ProcessBuilder(soffice.toString(), "--headless", "--convert-to", format, "--outdir",
                        dir.toString(), file.toString()).redirectErrorStream(true).start();
                assertThat(convert.waitFor(120, TimeUnit.SECONDS)).isTrue();
            }
            String base = file.getFileName().toString().replace(".docx", "");
            assertThat(Files.size(dir.resolve(base + ".pdf"))).isGreaterThan(10_000);
            assertThat(Files.readString(dir.resolve(base + ".txt"), StandardCharsets.UTF_8)).contains("Hội Nông dân tỉnh")
                    .contains("Nơi nhận:");
        }
    }
}
