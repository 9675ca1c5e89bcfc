package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note below a table that names a unit's figures as not the year's, on either side of the most
 * figures a table's notes can hold back: up to it, that unit's figures alone are refused; past it,
 * the figures went on as read, so the whole file is refused and none of it counts.
 */
class UnitNotesTest {

    private static final List<String> UNITS = List.of("Ba Tri", "Chợ Lách", "Giồng Trôm", "Mỏ Cày Nam");

    @TempDir
    Path dir;

    /** A long table of {@code rows} figures, its units in turn, then a note on Ba Tri. */
    private Path longTable(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("Đoàn thể,Đơn vị,Năm,Chỉ tiêu,Giá trị\n");
        for (int i = 0; i < rows; i++) {
            csv.append("HND,").append(UNITS.get(i % UNITS.size())).append(",2019,CT08,").append(i % 100).append('\n');
        }
        csv.append("Ghi chú: Huyện Ba Tri chưa gửi báo cáo năm 2019 (số liệu chưa cập nhật),,,,\n");
        Path file = dir.resolve("HND_2019_dai.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aTableHeldWholeLosesOnlyTheNamedUnitsFigures() throws IOException {
        Reading reading = Reading.of(longTable(UnitNotes.HELD_AT_MOST));

        assertThat(reading.figures()).hasSize(UnitNotes.HELD_AT_MOST * 3 / 4);
        assertThat(reading.figures()).noneMatch(f -> f.unit().equals("BA-TRI"));
        assertThat(reading.figures()).filteredOn(f -> f.unit().equals("CHO-LACH")).hasSize(UnitNotes.HELD_AT_MOST / 4);
        assertThat(reading.issues()).contains("contradiction A" + (UnitNotes.HELD_AT_MOST + 2));
        assertThat(reading.result().issues()).anySatisfy(i -> assertThat(i.message().vi())
                .contains("Huyện Ba Tri").contains(UnitNotes.HELD_AT_MOST / 4 + " số liệu đó"));
    }

    @Test
    void aTableTooLongToHoldIsRefusedWholeByANoteOnOneUnit() throws IOException {
        Reading reading = Reading.of(longTable(UnitNotes.HELD_AT_MOST + 4));

        assertThat(reading.figures()).isEmpty();
        assertThat(reading.issues()).containsExactly("contradiction A" + (UnitNotes.HELD_AT_MOST + 6));
        assertThat(reading.result().issues().get(0).message().en())
                .contains("Ba Tri District").contains("none of the file's figures count");
    }

    @Test
    void aNoteNamingNoUnitLeavesTheFiguresRead() throws IOException {
        Path file = dir.resolve("HND_2019_ghi-chu.csv");
        Files.writeString(file, """
                Đơn vị,CT08
                Ba Tri,10
                Chợ Lách,12
                Ghi chú: Số liệu năm 2018 đã được điều chỉnh theo báo cáo bổ sung
                """, StandardCharsets.UTF_8);

        Reading reading = Reading.of(file);

        assertThat(reading.lines()).containsExactly("HND BA-TRI 2019 CT08 10 @B2", "HND CHO-LACH 2019 CT08 12 @B3");
        assertThat(reading.issues()).isEmpty();
    }
}
