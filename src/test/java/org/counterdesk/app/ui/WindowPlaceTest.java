package org.counterdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window opens where it was left, fits a small screen, and ignores a place it cannot use. */
class WindowPlaceTest {

    private static final Rectangle2D BIG = new Rectangle2D(0, 0, 1920, 1050);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);

    @TempDir
    Path dir;

    @Test
    void theFirstStartIs1280By800CentredOrFillsASmallerScreen() {
        WindowPlace.Place big = WindowPlace.choose(List.of(BIG), Optional.empty());
        assertThat(big.bounds()).isEqualTo(new Rectangle2D(320, 125, 1280, 800));
        assertThat(big.maximized()).isFalse();
        WindowPlace.Place laptop = WindowPlace.choose(List.of(LAPTOP), Optional.empty());
        assertThat(laptop.bounds()).isEqualTo(LAPTOP);
        assertThat(laptop.maximized()).isTrue();
    }

    @Test
    void thePlaceIsRememberedBetweenRuns() {
        WindowPlace.Place left = new WindowPlace.Place(new Rectangle2D(40, 30, 1100, 720), false);
        new WindowPlace(dir).write(left);
        Optional<WindowPlace.Place> read = new WindowPlace(dir).read();
        assertThat(read).contains(left);
        assertThat(WindowPlace.choose(List.of(BIG), read)).isEqualTo(left);
        WindowPlace.Place maximised = new WindowPlace.Place(new Rectangle2D(40, 30, 1100, 720), true);
        new WindowPlace(dir).write(maximised);
        assertThat(WindowPlace.choose(List.of(BIG), new WindowPlace(dir).read())).isEqualTo(maximised);
    }

    @Test
    void aPlaceOffEveryScreenTooBigOrTooSmallIsNotUsed() {
        List<Rectangle2D> laptop = List.of(LAPTOP);
        WindowPlace.Place onGoneMonitor = new WindowPlace.Place(new Rectangle2D(2000, 0, 1280, 700), false);
        WindowPlace.Place tooBig = new WindowPlace.Place(new Rectangle2D(0, 0, 1600, 900), false);
        WindowPlace.Place tooSmall = new WindowPlace.Place(new Rectangle2D(0, 0, 600, 400), false);
        for (WindowPlace.Place p : List.of(onGoneMonitor, tooBig, tooSmall)) {
            assertThat(WindowPlace.choose(laptop, Optional.of(p))).isEqualTo(new WindowPlace.Place(LAPTOP, true));
        }
    }

    @Test
    void aDamagedFileIsIgnored() throws Exception {
        Files.writeString(dir.resolve(WindowPlace.FILE), "x=left\nwidth=wide\n");
        assertThat(new WindowPlace(dir).read()).isEmpty();
        Files.writeString(dir.resolve(WindowPlace.FILE), "x=0\ny=0\nwidth=-5\nheight=700\n");
        assertThat(new WindowPlace(dir).read()).isEmpty();
        assertThat(new WindowPlace(dir.resolve("none")).read()).isEmpty();
    }
}
