package org.counterdesk;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The controllers the FXML views on the class path name, for the screen-pattern rule. */
final class FxmlViews {

    private static final Pattern CONTROLLER = Pattern.compile("fx:controller=\"([\\w.$]+)\"");

    private FxmlViews() {
    }

    /** A controller passes when some FXML view names it in {@code fx:controller}. */
    static ArchCondition<JavaClass> nameThemAsController() {
        Set<String> named = controllersNamed();
        return new ArchCondition<>("be named by an FXML view's fx:controller") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean ok = named.contains(c.getName());
                events.add(new SimpleConditionEvent(c, ok, c.getName() + (ok ? " has" : " has no") + " FXML view"));
            }
        };
    }

    private static Set<String> controllersNamed() {
        try (Stream<Path> files = Files.walk(mainClasses())) {
            return files.filter(f -> f.toString().endsWith(".fxml")).flatMap(FxmlViews::controllersIn)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder (or jar) the program's own classes and views come from, not the tests'. */
    private static Path mainClasses() throws URISyntaxException {
        return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Stream<String> controllersIn(Path fxml) {
        try {
            Matcher m = CONTROLLER.matcher(Files.readString(fxml));
            return m.results().map(r -> r.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
