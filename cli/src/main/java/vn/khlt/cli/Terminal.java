package vn.khlt.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** The terminal khlt writes to: its width, from COLUMNS or from {@code stty size} where there is one. */
final class Terminal {

    private Terminal() {
    }

    static OptionalInt width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return OptionalInt.of(Integer.parseInt(columns));
        }
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return OptionalInt.empty();
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty).redirectErrorStream(true).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0 || !size.matches("\\d+ \\d+")) {
                return OptionalInt.empty();
            }
            int width = Integer.parseInt(size.split(" ")[1]);
            return width >= 40 ? OptionalInt.of(width) : OptionalInt.empty();
        } catch (java.io.IOException | InterruptedException e) {
            return OptionalInt.empty();
        }
    }
}
