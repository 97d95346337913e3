package org.counterdesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar counterdesk.jar ARGS} as a separate process on a data folder
 * ({@code COUNTERDESK_HOME}) and collects its exit code, stdout and stderr. The jar is the one
 * the build packaged (system property {@code counterdesk.jar}, set by failsafe).
 */
public record JarRun(int exit, String out, String err) {

    /** Runs the packaged jar with {@code args} against {@code home}; waits at most two minutes. */
    public static JarRun run(Path home, String... args) throws IOException, InterruptedException {
        return run(home, Map.of(), args);
    }

    /** Runs the packaged jar with {@code args} against {@code home}, with {@code env} added to its environment. */
    public static JarRun run(Path home, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("counterdesk.jar", "target/counterdesk.jar"));
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("COUNTERDESK_HOME", home.toString());
            builder.environment().putAll(env);
            Process p = builder.start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("counterdesk " + String.join(" ", args) + " did not end in two minutes");
            }
            return new JarRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** stderr as lines, without the trailing empty one. */
    public List<String> errLines() {
        return err.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
