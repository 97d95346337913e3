package org.counterdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.counterdesk.app.AppServices;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;

/**
 * Time from launching {@code java -jar target/counterdesk.jar} to its sign-in screen being on
 * show, on a data folder already set up with the demo data. Needs the jar ({@code mvn package})
 * and a display: under Linux without one, run it inside {@code xvfb-run -a}. Not a test.
 *
 * <p>Arguments: launches (default 5); the first is reported apart as the cold start.
 */
public final class LaunchBench {

    private LaunchBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path jar = Path.of("target/counterdesk.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn package -DskipTests");
        }
        Path dir = BenchFolders.fresh("launch-bench");
        DataFolder folder = new DataFolder(dir).create();
        try (AppServices services = new AppServices(folder, Database.open(folder.database()), Clock.systemDefaultZone())) {
            services.firstRun().loadDemo();
        }
        List<Long> warm = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) {
                long ms = launchOnce(jar, dir);
                System.out.printf("launch %d: sign-in screen on show after %d ms%n", i + 1, ms);
                if (i > 0) {
                    warm.add(ms);
                }
            }
        } finally {
            BenchFolders.delete(dir);
        }
        Collections.sort(warm);
        if (!warm.isEmpty()) {
            System.out.printf("warm launches: median %d ms, min %d ms, max %d ms%n", warm.get(warm.size() / 2), warm.get(0),
                    warm.get(warm.size() - 1));
        }
    }

    private static long launchOnce(Path jar, Path home) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Dcounterdesk.measureStartup=true", "-jar", jar.toString());
        pb.environment().put(DataFolder.ENV, home.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("counterdesk.firstScreenMillis=")) {
                    long ms = Long.parseLong(line.substring(line.indexOf('=') + 1).strip());
                    p.waitFor();
                    return ms;
                }
            }
        }
        throw new IllegalStateException("the app exited without showing its first screen (exit " + p.waitFor() + ")");
    }
}
