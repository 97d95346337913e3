package org.counterdesk.app.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.counterdesk.app.AppServices;
import org.counterdesk.app.ScreenAccess;
import org.counterdesk.drawer.SessionState;
import org.counterdesk.exchange.ui.SyncTexts;
import org.counterdesk.setup.ui.SetupScreens;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.ui.StaffScreens;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.Display;
import org.counterdesk.ui.LazyScreen;
import org.counterdesk.ui.Teardown;

/**
 * The one window: first run, then sign-in, then the main screens. Locking returns to sign-in
 * and keeps the person's work; if the same person signs back in they find it as they left it.
 */
public final class AppWindow {

    /** The look of the whole app; it styles the kit's widgets, so it lives with the kit. */

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppWindow.class);

    private final Stage stage;
    private final AppServices services;
    private final Background background = new Background();
    private final Scene scene;
    private final IdleLock idleLock;
    private final Display display;
    private final WindowPlace place;
    private MainController main;
    private Teardown mainTeardown = new Teardown();

    public AppWindow(Stage stage, AppServices services) {
        this.stage = stage;
        this.services = services;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.scene = new Scene(new StackPane());
        this.display = new Display(scene, services.folder().root());
        this.idleLock = new IdleLock(scene, this::lock);
        stage.setScene(scene);
        stage.setTitle("Counterdesk");
        this.place = new WindowPlace(services.folder().root());
        place.apply(stage);
    }

    /** Shows the first screen: first run on a new data folder, otherwise sign-in. */
    public void start() {
        if (services.setupRoom().firstRun().needed()) {
            place(new SetupScreens(services.setupRoom(), background).firstRun(() -> showSignIn(null, "Sign in")));
        } else {
            showSignIn(null, "Sign in");
        }
        stage.show();
        afterNextFrame(this::syncWithFinance); // not needed for the first screen: after it is on show
    }

    /** Runs {@code then} once, after the next frame has been laid out (the first screen is on show). */
    public void afterNextFrame(Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void showSignIn(String staffNumber, String headline) {
        idleLock.stop();
        stage.setTitle(title());
        place(new StaffScreens(services.staffRoom(), background).signIn(services.counter(), staffNumber, headline,
                this::signedIn));
    }

    private void signedIn(Actor actor) {
        ScreenAccess access = new ScreenAccess(actor.staff(), services.drawer().admin().settings().cashiersMayBank());
        if (main == null || main.actor().staff().id() != actor.staff().id()) {
            dropMain();
            MainScreens screens = new MainScreens(services, actor, access, background).display(display);
            main = new MainController(actor, services.counter(), screens.build(screen -> main.show(screen)), this::lock,
                    this::signOut, () -> overdueWarning(actor));
            mainTeardown = screens.teardown();
        }
        setRoot(main.root());
        boolean drawerOpen = access.sees(ScreenAccess.Area.RECEIPTING) && services.drawer().sessions().current(actor)
                .map(s -> s.state() == SessionState.OPEN).orElse(false);
        if (access.startsOnDrawer(drawerOpen)) {
            main.showTitled("Drawer");
        } else {
            main.refreshCurrent();
        }
        idleLock.start();
    }

    /** The morning after a day left unclosed, or a day after a batch finance has not accepted, every screen says so. */
    private String overdueWarning(Actor actor) {
        var overdue = services.bankingRoom().dayClosures().overdue(actor.terminal());
        String day = overdue.isEmpty() ? "" : "The business day of " + Dates.longDate(overdue.get(0)) + " was not closed. "
                + "A supervisor must bank its drawers and close it (Banking, Alt+B) before it can be exported.";
        String batches = SyncTexts.overdue(services.exchangeRoom().batches().overdue());
        return day.isEmpty() || batches.isEmpty() ? day + batches : day + " " + batches;
    }

    /**
     * On start, batches still queued go to the outbox and finance's answers are read, once, in
     * the background; whatever happens is logged and the start carries on.
     */
    private void syncWithFinance() {
        if (services.setupRoom().firstRun().needed()) {
            return;
        }
        background.run(() -> {
            int delivered = services.exchangeRoom().batches().deliverQueued();
            return "delivered " + delivered + " queued batch(es); inbox: "
                    + SyncTexts.acknowledged(services.exchangeRoom().batches().readInbox()).replace('\n', ' ');
        }, outcome -> LOG.info("Sync with finance at start: {}", outcome),
                failure -> LOG.warn("Sync with finance at start did not finish: {}", failure.toString()));
    }

    private void lock() {
        if (main != null) {
            showSignIn(main.actor().staffNumber(), "Locked: " + main.actor().staff().name()
                    + " can sign back in to carry on, or someone else can sign in");
        }
    }

    private void signOut() {
        dropMain();
        showSignIn(null, "Sign in");
    }

    /** Lets the screens of the person who was signed in go, with what they listened to. */
    private void dropMain() {
        mainTeardown.run();
        main = null;
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }

    /** Puts a room's whole-window screen (first run, sign-in) in the window and lets it take the focus. */
    private void place(LazyScreen.Built screen) {
        setRoot(screen.root());
        screen.shown().run();
    }

    private String title() {
        return "Counterdesk \u2014 " + services.counter().organisation().name()
                + (services.counter().demo() ? " (DEMO)" : "");
    }

    public void close() {
        place.save(stage);
        dropMain();
        idleLock.stop();
        background.close();
    }
}
