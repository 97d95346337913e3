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
 * <p>Each launch of the app is followed by a launch of the bare stack ({@code bench.ui.BareWindow}:
 * a plain JavaFX window, same JVM, same class path as the benchmark), timed the same way, so
 * the two medians and their difference come from the same minutes on a shared machine.
 *
 * <p>Arguments: launches (default 5); the first is reported apart as the cold start. With
 * {@code -Dbench.launcher=target/installer/Counterdesk/bin/Counterdesk} it times the installed
 * app's launcher (its own runtime and class-data archive) instead of {@code java -jar}.
 */
public final class LaunchBench {

    private LaunchBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String launcher = System.getProperty("bench.launcher", "").strip();
        Path jar = Path.of("target/counterdesk.jar").toAbsolutePath();
        if (launcher.isEmpty() ? !Files.exists(jar) : !Files.isExecutable(Path.of(launcher))) {
            throw new IllegalStateException(launcher.isEmpty() ? "build the jar first: mvn package -DskipTests"
                    : "no launcher " + launcher + ": build the app image first (bash installer/build.sh)");
        }
        Path dir = BenchFolders.fresh("launch-bench");
        DataFolder folder = new DataFolder(dir).create();
        try (AppServices services = AppServices.of(folder, Database.open(folder.database()), Clock.systemDefaultZone())) {
            services.setupRoom().firstRun().loadDemo();
        }
        List<Long> warm = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) {
                long ms = launcher.isEmpty() ? launchOnce(appCommand(jar), dir, "") : launchOnce(List.of(launcher), dir, appOptions());
                long bareMs = launchOnce(bareCommand(), dir, "");
                System.out.printf("launch %d: sign-in screen on show after %d ms; bare JavaFX window %d ms%n", i + 1,
                        ms, bareMs);
                if (i > 0) {
                    warm.add(ms);
                    bare.add(bareMs);
                }
            }
        } finally {
            BenchFolders.delete(dir);
        }
        if (!warm.isEmpty()) {
            long app = median(warm);
            long window = median(bare);
            System.out.printf("warm launches: median %d ms (min %d, max %d); bare window median %d ms; app / bare %.1fx, "
                    + "%d ms more (goal <= 1500 ms warm)%n", app, Collections.min(warm), Collections.max(warm), window,
                    app / (double) Math.max(1, window), app - window);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** {@code -Dbench.appjvm="..."} adds JVM options to the app's launches (a JFR recording, an archive). */
    private static String appOptions() {
        return ("-Dcounterdesk.measureStartup=true " + System.getProperty("bench.appjvm", "")).strip();
    }

    private static List<String> appCommand(Path jar) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(appOptions().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    private static List<String> bareCommand() {
        return List.of(java(), "-cp", System.getProperty("java.class.path"), "org.counterdesk.bench.ui.BareLauncher");
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** {@code jvmOptions}, if any, reach the JVM through JAVA_TOOL_OPTIONS: the way into an installed launcher. */
    private static long launchOnce(List<String> command, Path home, String jvmOptions) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put(DataFolder.ENV, home.toString());
        if (!jvmOptions.isEmpty()) {
            pb.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
        }
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
