package org.counterdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class list the installed app's class-data archive is made from
 * ({@code installer/counterdesk.classlist}, read by {@code installer/class-archive.sh}) still
 * names the program's start-up classes. A class renamed or removed since the list was made would
 * only be left out of the archive, a quiet loss of start-up time: this names it instead.
 */
class ClassListTest {

    private static final Path LIST = Path.of("installer", "counterdesk.classlist");

    @Test
    void everyClassOfTheProgramTheListNamesStillExists() throws IOException {
        List<String> ours = Files.readAllLines(LIST, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("org/counterdesk/"))
                .map(String::strip)
                .toList();
        assertTrue(ours.contains("org/counterdesk/Launcher"), "the list starts from the Launcher");
        assertTrue(ours.size() > 100, "the list names the classes of the start up to the sign-in screen");
        List<String> gone = ours.stream()
                .filter(name -> getClass().getClassLoader().getResource(name + ".class") == null)
                .toList();
        assertEquals(List.of(), gone, "classes in " + LIST + " that no longer exist: make the list again with "
                + "`mvn -q package -DskipTests && xvfb-run -a installer/cds.sh --classlist`");
    }
}
