package org.counterdesk.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.counterdesk.store.Database;

/**
 * A stand-in for a command-line job in a JVM of its own: opens the database as a command does
 * (shared), says {@value #READY}, holds it until a line (or the end) on stdin, then lets go and
 * says {@value #DONE}.
 */
public final class HeldShared {

    public static final String READY = "HELD-SHARED READY";
    public static final String DONE = "HELD-SHARED DONE";

    private HeldShared() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.openShared(Path.of(args[0]))) {
            System.out.println(READY);
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.out.println(DONE);
        System.out.flush();
    }

    /** Starts the stand-in on the database in {@code folder}. */
    public static Process start(Path folder) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HeldShared.class.getName(), folder.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
