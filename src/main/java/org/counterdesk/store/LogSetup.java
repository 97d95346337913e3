package org.counterdesk.store;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * The program's logging, set up in code: parsing an XML configuration took a fifth of the
 * start's path to the database (issue 14, JFR). The log file in the data folder's {@code logs}
 * (which the launcher names in {@code counterdesk.logs} before anything logs), private to its
 * owner and rolled daily and at 10 MB; warnings and worse also on the console, unless
 * {@code counterdesk.consoleLevel} says otherwise (the command line turns it off). A test class
 * path's {@code logback-test.xml}, or a file named in {@code logback.configurationFile}, is left to
 * logback.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String logs = System.getProperty("counterdesk.logs",
                Path.of(System.getProperty("java.io.tmpdir"), "counterdesk-logs").toString());
        configure(context, Path.of(logs), System.getProperty("counterdesk.consoleLevel", "WARN"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context}: the log file in {@code logs}, the console from {@code consoleLevel} up. */
    static void configure(LoggerContext context, Path logs, String consoleLevel) {
        PrivateLogAppender file = new PrivateLogAppender();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logs.resolve("counterdesk.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logs.resolve("counterdesk.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(60);
        rolling.setTotalSizeCap(FileSize.valueOf("500MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, FILE_PATTERN));
        file.start();

        ThresholdFilter threshold = new ThresholdFilter();
        threshold.setContext(context);
        threshold.setLevel(consoleLevel);
        threshold.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.addFilter(threshold);
        console.setEncoder(encoder(context, "%d{HH:mm:ss} %-5level %logger{30} - %msg%n"));
        console.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("com.zaxxer").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
