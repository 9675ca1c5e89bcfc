package vn.khlt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder is written whole or not at all: a renderer failing half-way, or a full disk, leaves the old one intact. */
class WholeFolderTest {

    @TempDir
    Path dir;

    private Path oldReport() throws IOException {
        Path report = Files.createDirectories(dir.resolve("bao-cao"));
        Files.writeString(report.resolve("tong-hop.csv"), "old summary", StandardCharsets.UTF_8);
        Files.writeString(report.resolve("bao-cao-2019.xlsx"), "old workbook", StandardCharsets.UTF_8);
        return report;
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRendererFailingHalfWayLeavesTheOldFolderAsItWas() throws IOException {
        Path report = oldReport();
        assertThatThrownBy(() -> WholeFolder.write(report, building -> {
            AtomicFiles.write(building.resolve("tong-hop.csv"), "new summary".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("the workbook renderer failed");
        })).hasMessage("the workbook renderer failed");
        assertThat(names(report)).containsExactly("bao-cao-2019.xlsx", "tong-hop.csv");
        assertThat(Files.readString(report.resolve("tong-hop.csv"))).isEqualTo("old summary");
        assertThat(names(dir)).containsExactly("bao-cao"); // no half-written folder left beside it
    }

    @Test
    void aFullDiskMidStreamLeavesTheOldFolderAsItWas() throws IOException {
        Path report = oldReport();
        assertThatThrownBy(() -> WholeFolder.write(report, building -> {
            AtomicFiles.write(building.resolve("tong-hop.csv"), "new summary".getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(building.resolve("bao-cao-2019.xlsx"), (OutputStream out) -> {
                out.write(new byte[1000]);
                throw new IOException("No space left on device");
            });
            return List.of();
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readString(report.resolve("bao-cao-2019.xlsx"))).isEqualTo("old workbook");
        assertThat(names(dir)).containsExactly("bao-cao");
    }

    @Test
    void aWholeNewFolderTakesTheOldOnesPlace() throws IOException {
        Path report = oldReport();
        List<Path> written = WholeFolder.write(report, building -> List.of(
                write(building.resolve("tong-hop.csv"), "new summary")));
        assertThat(written).containsExactly(report.toAbsolutePath().resolve("tong-hop.csv"));
        assertThat(names(report)).containsExactly("tong-hop.csv"); // the old workbook went with the old folder
        assertThat(Files.readString(report.resolve("tong-hop.csv"))).isEqualTo("new summary");
        assertThat(names(dir)).containsExactly("bao-cao");
    }

    private static Path write(Path file, String text) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
