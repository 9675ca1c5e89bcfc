package vn.khlt.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Inboxes the tests make from the Bến Tre samples. */
final class Inboxes {

    private Inboxes() {
    }

    /** A copy of {@code samples/bentre} in {@code dir/hop-thu}, without HND's 2019 rows of Ba Tri: a return that never came. */
    static Path withoutBaTrisReturn(Path dir) throws IOException {
        Path inbox = Files.createDirectories(dir.resolve("hop-thu"));
        try (Stream<Path> files = Files.list(Golden.SAMPLES.resolve("bentre"))) {
            for (Path file : files.toList()) {
                Files.copy(file, inbox.resolve(file.getFileName()));
            }
        }
        Path hnd = inbox.resolve("hnd-2019.csv");
        Files.writeString(hnd, Files.readString(hnd, StandardCharsets.UTF_8).lines().filter(l -> !l.contains(",Ba Tri,"))
                .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        return inbox;
    }
}
