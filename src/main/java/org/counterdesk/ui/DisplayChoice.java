package org.counterdesk.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.counterdesk.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text size and theme chosen on this PC, kept in {@code display.properties} in the data
 * folder so that the next start looks the same. Only a whole number and a theme name are read
 * from the file; anything else in it is ignored.
 */
public record DisplayChoice(int textPercent, Theme theme) {

    public static final String FILE = "display.properties";
    public static final DisplayChoice STANDARD = new DisplayChoice(TextScale.NORMAL, Theme.STANDARD);

    private static final Logger LOG = LoggerFactory.getLogger(DisplayChoice.class);

    public DisplayChoice {
        textPercent = TextScale.within(textPercent);
        theme = theme == null ? Theme.STANDARD : theme;
    }

    DisplayChoice withText(int percent) {
        return new DisplayChoice(percent, theme);
    }

    DisplayChoice withTheme(Theme chosen) {
        return new DisplayChoice(textPercent, chosen);
    }

    /** The choice kept in {@code folder}, or the standard one. */
    static DisplayChoice read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return STANDARD;
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
            return new DisplayChoice(Integer.parseInt(props.getProperty("textPercent", "100").trim()),
                    Theme.named(props.getProperty("theme", "").trim()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.info("Ignoring the display choice in {}: {}", file, e.toString());
            return STANDARD;
        }
    }

    void write(Path folder) {
        Properties props = new Properties();
        props.setProperty("textPercent", Integer.toString(textPercent));
        props.setProperty("theme", theme.name());
        Path file = folder.resolve(FILE);
        try {
            AtomicFiles.writeProperties(file, props, "Counterdesk text size and theme");
        } catch (IOException e) {
            LOG.warn("Could not keep the display choice in {}: {}", file, e.toString());
        }
    }
}
