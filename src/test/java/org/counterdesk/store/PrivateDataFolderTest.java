package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder is its owner's alone on POSIX systems: 0700 folders and 0600 files, for a
 * new install and for an old one tightened at start, including the database, H2's lock file
 * (which carries the local server's key), the key file, documents and logs.
 */
class PrivateDataFolderTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(PrivateFiles.posix(dir), "permissions are POSIX only; Windows keeps its own access lists");
    }

    @Test
    void aFirstStartLeavesEveryFolderAndFilePrivate() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("home")).create();
        try (Database db = Database.open(folder.database())) {
            AtomicFiles.write(folder.documents().resolve("2026-11-24").resolve("receipt.pdf"),
                    out -> out.write("%PDF".getBytes(StandardCharsets.US_ASCII)));
            assertThat(folder.database().resolve("counterdesk.lock.db")).as("H2's lock file, with the server's key")
                    .isRegularFile();
            assertAllPrivate(folder.root());
        }
        assertThat(permissions(folder.database().resolve("counterdesk.mv.db"))).isEqualTo("rw-------");
        assertThat(permissions(folder.database().resolve(DatabaseKey.FILE_NAME))).isEqualTo("rw-------");
        assertAllPrivate(folder.root());
    }

    @Test
    void anOldFolderMadeWithTheUmaskIsTightenedAtStart() throws Exception {
        Path root = dir.resolve("old");
        Path docs = Files.createDirectories(root.resolve("documents").resolve("2026-11-01"));
        Files.createDirectories(root.resolve("db"));
        Path pdf = Files.writeString(docs.resolve("receipt.pdf"), "%PDF");
        Path log = Files.writeString(Files.createDirectories(root.resolve("logs")).resolve("counterdesk.log"), "old");
        Path backup = Files.writeString(Files.createDirectories(root.resolve("backups")).resolve("b.zip"), "zip");
        for (Path f : List.of(pdf, log, backup)) {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path d : all.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }

        new DataFolder(root).create();

        assertAllPrivate(root);
        assertThat(permissions(backup)).isEqualTo("rw-------");
    }

    @Test
    void aSymbolicLinkInTheFolderIsNotFollowed() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "not ours");
        Files.setPosixFilePermissions(outside, PosixFilePermissions.fromString("rw-r--r--"));
        Path root = Files.createDirectories(dir.resolve("linked"));
        Files.createSymbolicLink(root.resolve("link.txt"), outside);

        new DataFolder(root).create();

        assertThat(permissions(outside)).isEqualTo("rw-r--r--");
    }

    @Test
    void theLogFileIsCreatedPrivateAtStartAndAtEachRollOver() throws Exception {
        Path logs = dir.resolve("home").resolve("logs");
        LoggerContext context = new LoggerContext();
        PrivateLogAppender appender = new PrivateLogAppender();
        appender.setContext(context);
        appender.setFile(logs.resolve("counterdesk.log").toString());
        FixedWindowRollingPolicy policy = new FixedWindowRollingPolicy();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logs.resolve("counterdesk.%i.log").toString());
        policy.start();
        appender.setRollingPolicy(policy);
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("1MB"));
        trigger.start();
        appender.setTriggeringPolicy(trigger);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        try {
            for (int i = 0; i < 20; i++) {
                appender.doAppend(new LoggingEvent("x", context.getLogger("test"), ch.qos.logback.classic.Level.INFO,
                        "line " + i + " " + "x".repeat(40), null, null));
            }
            appender.rollover();
        } finally {
            appender.stop();
        }

        try (Stream<Path> files = Files.list(logs)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("counterdesk.log",
                    "counterdesk.1.log");
        }
        assertAllPrivate(logs);
    }

    private static void assertAllPrivate(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.toList()) {
                assertThat(permissions(p)).as("%s", root.relativize(p))
                        .isEqualTo(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "rwx------" : "rw-------");
            }
        }
    }

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS));
    }
}
