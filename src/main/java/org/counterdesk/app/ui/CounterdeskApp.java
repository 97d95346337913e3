package org.counterdesk.app.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.counterdesk.app.AppServices;
import org.counterdesk.journal.Journal;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.InstanceLock;
import org.counterdesk.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the data folder, builds the services, shows the window. */
public final class CounterdeskApp extends Application {

    /** Opened while the toolkit starts ({@link StartupOpening}); null when the app is started some other way. */
    private static volatile StartupOpening opening;
    /** With this system property set to true, the app prints how long it took to show its first screen, then exits. */
    static final String MEASURE_STARTUP = "counterdesk.measureStartup";

    private InstanceLock lock;
    private AppServices services;
    private AppWindow window;

    /** Started by {@code org.counterdesk.Launcher}, which is not itself a JavaFX class. */
    public static void launchApp(String[] args) {
        opening = StartupOpening.begin(DataFolder.fromEnvironment());
        Application.launch(CounterdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> log().error("Unexpected failure on the screen", e));
        StartupOpening started = opening != null ? opening : StartupOpening.begin(DataFolder.fromEnvironment());
        DataFolder folder = started.folder();
        try {
            StartupOpening.Opened done = started.await();
            lock = done.lock();
            services = done.services();
            AppServices opened = services;
            // A session ended by the operating system still closes (and compacts) the database.
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "counterdesk-close"));
        } catch (InstanceLock.AlreadyRunningException e) {
            log().warn(e.getMessage());
            showProblem(stage, e.getMessage());
            return;
        } catch (IOException | StorageException e) {
            log().error("Counterdesk could not start", e);
            showProblem(stage, e.getMessage());
            return;
        }
        window = new AppWindow(stage, services);
        window.start();
        window.afterNextFrame(() -> {
            long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            // Not needed to show the first screen: started once it is on show.
            services.frontDeskRoom().startJobs();
            Thread prepare = new Thread(Journal::prepare, "counterdesk-prepare");
            prepare.setDaemon(true);
            prepare.start();
            log().info("First screen shown {} ms after launch (data folder {})", sinceLaunch, folder.root());
            if (Boolean.getBoolean(MEASURE_STARTUP)) {
                System.out.println("counterdesk.firstScreenMillis=" + sinceLaunch);
                Platform.exit();
            }
        });
    }

    /** Not a constant: the first logger is made on the opening thread, off the toolkit's path. */
    private static Logger log() {
        return LoggerFactory.getLogger(CounterdeskApp.class);
    }

    @Override
    public void stop() throws IOException {
        if (window != null) {
            window.close();
        }
        if (services != null) {
            services.close();
        }
        if (lock != null) {
            lock.close();
        }
    }

    private static void showProblem(Stage stage, String message) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Label title = new Label("Counterdesk cannot start");
        title.getStyleClass().add("title-3");
        Label text = new Label(message);
        text.setWrapText(true);
        Button close = new Button("Close");
        close.getStyleClass().add("accent");
        close.setDefaultButton(true);
        close.setOnAction(e -> Platform.exit());
        VBox box = new VBox(16, title, text, close);
        box.setPadding(new Insets(24));
        stage.setScene(new Scene(box, 520, 220));
        stage.setTitle("Counterdesk");
        stage.show();
    }
}
