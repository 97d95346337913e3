package org.counterdesk.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.counterdesk.app.ui.AppWindow;
import org.counterdesk.ui.ListReads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TestFX test of the real window on a real counter (H2 file in a temp folder), driven from
 * the keyboard as a cashier would. Subclasses say what data the counter starts with.
 */
public abstract class UiTest extends ApplicationTest {

    @TempDir
    protected Path dir;
    protected TestCounter counter;
    protected AppWindow window;
    private final Deque<AutoCloseable> closedAfterTheWindow = new ArrayDeque<>();

    @Override
    public void start(Stage stage) throws Exception {
        counter = TestCounter.open(dir);
        prepare(counter);
        openWindow(stage);
    }

    /** Opens the app's window on {@link #counter}, as the app's start does. */
    protected final void openWindow(Stage stage) {
        window = new AppWindow(stage, counter.services);
        window.start();
    }

    /** Keeps {@code resource} (another PC, a server) until the window and the counter are closed. */
    protected final <T extends AutoCloseable> T closedAfterTheWindow(T resource) {
        closedAfterTheWindow.push(resource);
        return resource;
    }

    /** Sets the counter up before the window opens (load demo data, post receipts…). */
    protected void prepare(TestCounter c) {
    }

    @AfterEach
    public void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        try {
            window.close();
            counter.close();
        } finally {
            while (!closedAfterTheWindow.isEmpty()) {
                closedAfterTheWindow.pop().close();
            }
        }
    }

    /*
     * Screens read their lists in the background (ListReads), which TestFX does not wait for:
     * every look at the screen and every key waits for the reads under way to be applied first,
     * as a person would wait for the list to appear.
     */
    @Override
    public NodeQuery lookup(String query) {
        awaitReads();
        return super.lookup(query);
    }

    @Override
    public FxRobot type(KeyCode... keys) {
        awaitReads();
        return super.type(keys);
    }

    @Override
    public FxRobot push(KeyCode... combination) {
        awaitReads();
        return super.push(combination);
    }

    @Override
    public FxRobot write(String text) {
        awaitReads();
        return super.write(text);
    }

    /** Waits until no screen has a read under way or waiting to be applied. */
    protected void awaitReads() {
        if (ListReads.idle() || Platform.isFxApplicationThread()) {
            return;
        }
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ListReads::idle);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a screen's list was still being read after 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types text then presses Enter, as a person or a barcode scanner does. */
    protected void enter(String text) {
        if (!text.isEmpty()) {
            write(text);
        }
        type(KeyCode.ENTER);
    }

    /** Goes to the field, selects what is in it, and types over it, then Enter. */
    protected void retype(String query, String text) {
        clickOn(query);
        push(KeyCode.CONTROL, KeyCode.A);
        enter(text);
    }

    protected void signIn(String staffNumber, String pin) {
        waitUntil(() -> lookup("#staffNumber").tryQuery().isPresent());
        retype("#staffNumber", staffNumber);
        enter(pin);
    }

    protected void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            Path shot = Screenshots.save(getClass().getSimpleName() + "-timeout");
            throw new AssertionError("the screen did not get there in 10 s; it looked like " + shot
                    + (ListReads.idle() ? "" : "; a list was still being read") + "; messages showing: " + messages(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the visible node matching {@code query} (hidden screens have nodes with the same ids). */
    protected String text(String query) {
        Node n = lookup(query).match(UiTest::reallyVisible).tryQuery().orElse(null);
        if (n == null) {
            return "";
        }
        return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
    }

    /** Every message visible beside a field or on the form, joined by new lines. */
    protected String messages() {
        return lookup(".field-message").queryAll().stream().filter(UiTest::reallyVisible)
                .map(n -> ((Labeled) n).getText()).filter(t -> !t.isEmpty())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Waits until a visible message contains {@code text}. */
    protected void waitForMessage(String text) {
        waitUntil(() -> messages().contains(text));
    }

    protected boolean showing(String query) {
        return lookup(query).match(UiTest::reallyVisible).tryQuery().isPresent();
    }

    protected Node visible(String query) {
        return lookup(query).match(UiTest::reallyVisible).query();
    }

    private static boolean reallyVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    protected void assertFocused(String query) {
        waitUntil(() -> lookup(query).match(Node::isFocused).tryQuery().isPresent());
    }
}
