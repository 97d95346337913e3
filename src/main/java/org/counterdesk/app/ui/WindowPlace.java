package org.counterdesk.app.ui;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.counterdesk.store.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the window was and how big, kept in a small file in the data folder so that it opens
 * the same way next time. The first time (or when the screen it was on has gone) it opens at
 * 1280×800, or fills a smaller screen. Only numbers are read from the file; anything else in
 * it is ignored.
 */
final class WindowPlace {

    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    static final String FILE = "window.properties";

    private static final Logger LOG = LoggerFactory.getLogger(WindowPlace.class);

    /** The window's place: its normal (not maximised) bounds, and whether it is maximised. */
    record Place(Rectangle2D bounds, boolean maximized) {
    }

    private final Path file;
    private Rectangle2D normal;

    WindowPlace(Path folder) {
        this.file = folder.resolve(FILE);
    }

    /**
     * The place to open at on {@code screens} (visual bounds, the primary first): the saved one
     * if its middle is on a screen and it is no larger than that screen, otherwise a first-time
     * place on the primary screen.
     */
    static Place choose(List<Rectangle2D> screens, Optional<Place> saved) {
        Optional<Place> fits = saved.filter(p -> screens.stream().anyMatch(s -> fitsOn(p.bounds(), s)));
        if (fits.isPresent()) {
            return fits.get();
        }
        Rectangle2D s = screens.get(0);
        if (s.getWidth() < WIDTH || s.getHeight() < HEIGHT) {
            return new Place(s, true);
        }
        return new Place(new Rectangle2D(s.getMinX() + (s.getWidth() - WIDTH) / 2,
                s.getMinY() + (s.getHeight() - HEIGHT) / 2, WIDTH, HEIGHT), false);
    }

    private static boolean fitsOn(Rectangle2D b, Rectangle2D screen) {
        return screen.contains(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2)
                && b.getWidth() <= screen.getWidth() && b.getHeight() <= screen.getHeight()
                && b.getWidth() >= MIN_WIDTH && b.getHeight() >= MIN_HEIGHT;
    }

    /** Sizes and places {@code stage} before it is shown, and follows its normal bounds from then on. */
    void apply(Stage stage) {
        List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> !b.equals(screens.get(0)))
                .forEach(screens::add);
        Rectangle2D primary = screens.get(0);
        stage.setMinWidth(Math.min(MIN_WIDTH, primary.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, primary.getHeight()));
        Place p = choose(screens, read());
        normal = p.bounds();
        stage.setX(normal.getMinX());
        stage.setY(normal.getMinY());
        stage.setWidth(normal.getWidth());
        stage.setHeight(normal.getHeight());
        stage.setMaximized(p.maximized());
        Runnable follow = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(o -> follow.run());
        stage.yProperty().addListener(o -> follow.run());
        stage.widthProperty().addListener(o -> follow.run());
        stage.heightProperty().addListener(o -> follow.run());
    }

    /** Keeps the window's place for next time; a failure to write is only logged (it is a comfort, not a record). */
    void save(Stage stage) {
        if (normal == null) {
            return;
        }
        write(new Place(normal, stage.isMaximized()));
    }

    void write(Place p) {
        Properties props = new Properties();
        props.setProperty("x", Long.toString(Math.round(p.bounds().getMinX())));
        props.setProperty("y", Long.toString(Math.round(p.bounds().getMinY())));
        props.setProperty("width", Long.toString(Math.round(p.bounds().getWidth())));
        props.setProperty("height", Long.toString(Math.round(p.bounds().getHeight())));
        props.setProperty("maximized", Boolean.toString(p.maximized()));
        try {
            AtomicFiles.writeProperties(file, props, "Counterdesk window place");
        } catch (IOException e) {
            LOG.warn("Could not keep the window's place in {}: {}", file, e.toString());
        }
    }

    /** The saved place, if the file is there and holds sensible numbers. */
    Optional<Place> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
            double w = number(props, "width");
            double h = number(props, "height");
            if (w <= 0 || h <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Place(new Rectangle2D(number(props, "x"), number(props, "y"), w, h),
                    Boolean.parseBoolean(props.getProperty("maximized"))));
        } catch (IOException | IllegalArgumentException e) {
            LOG.info("Ignoring the window place in {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private static double number(Properties props, String key) {
        return Long.parseLong(props.getProperty(key, "").trim());
    }
}
