package org.counterdesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link PostingLoop} running in a JVM of its own, started with this JVM's java binary and
 * class path. Collects the receipt numbers it prints; {@link #kill()} ends it with SIGKILL, as a
 * power switch or the task manager would, wherever it is in a write.
 */
public final class ChildCounter implements AutoCloseable {

    private static final Pattern POSTED_LINE = Pattern.compile(Pattern.quote(PostingLoop.POSTED) + "(\\S+-\\d{6,})");
    private static final int TRANSCRIPT_LINES = 60;

    private final Process process;
    private final Thread reader;
    private final List<String> posted = new ArrayList<>();
    private final List<String> other = new ArrayList<>();

    private ChildCounter(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "child-counter-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a posting loop on {@code dataDir}; {@code round} moves its clock on that many hours. */
    public static ChildCounter start(Path dataDir, int round) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                PostingLoop.class.getName(), dataDir.toString(), Integer.toString(round));
        builder.redirectErrorStream(true);
        return new ChildCounter(builder.start());
    }

    /**
     * Waits until the child has printed at least {@code count} receipt numbers. Fails, with
     * what the child printed, if it ends first or {@code timeout} passes.
     */
    public synchronized void awaitPosted(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (posted.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !reader.isAlive()) {
                throw new AssertionError("The posting loop printed " + posted.size() + " of " + count
                        + " receipt numbers " + (reader.isAlive() ? "in " + timeout : "and ended") + ". It said:\n"
                        + String.join("\n", other));
            }
            TimeUnit.NANOSECONDS.timedWait(this, Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
        }
    }

    /** Kills the child at once (SIGKILL on Linux) and waits until it and its output have ended. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("The posting loop did not end after being killed");
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** Every receipt number the child printed, in order, up to now. */
    public synchronized List<String> posted() {
        return List.copyOf(posted);
    }

    @Override
    public void close() throws InterruptedException, IOException {
        try {
            if (process.isAlive()) {
                kill();
            }
        } finally {
            process.getOutputStream().close();
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                record(line);
            }
        } catch (IOException e) {
            record("(reading the child's output failed: " + e + ")");
        }
        synchronized (this) {
            notifyAll();
        }
    }

    private synchronized void record(String line) {
        Matcher m = POSTED_LINE.matcher(line);
        if (m.matches()) {
            posted.add(m.group(1));
        } else if (other.size() < TRANSCRIPT_LINES) {
            other.add(line);
        }
        notifyAll();
    }
}
