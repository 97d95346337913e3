package org.counterdesk.app.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.counterdesk.app.AppServices;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.DatabaseConfig;
import org.counterdesk.store.InstanceLock;
import org.counterdesk.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the data folder, builds the services, shows the window. */
public final class CounterdeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(CounterdeskApp.class);
    /** With this system property set to true, the app prints how long it took to show its first screen, then exits. */
    static final String MEASURE_STARTUP = "counterdesk.measureStartup";

    private InstanceLock lock;
    private AppServices services;
    private AppWindow window;

    /** Started by {@code org.counterdesk.Launcher}, which is not itself a JavaFX class. */
    public static void launchApp(String[] args) {
        Application.launch(CounterdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> LOG.error("Unexpected failure on the screen", e));
        DataFolder folder = DataFolder.fromEnvironment();
        try {
            folder.create();
            lock = InstanceLock.acquire(folder.root());
            services = new AppServices(folder, DatabaseConfig.of(folder).open(), Clock.systemDefaultZone());
            services.frontDeskRoom().startJobs();
            AppServices opened = services;
            // A session ended by the operating system still closes (and compacts) the database.
            Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "counterdesk-close"));
        } catch (InstanceLock.AlreadyRunningException e) {
            LOG.warn(e.getMessage());
            showProblem(stage, e.getMessage());
            return;
        } catch (IOException | StorageException e) {
            LOG.error("Counterdesk could not start", e);
            showProblem(stage, e.getMessage());
            return;
        }
        window = new AppWindow(stage, services);
        window.start();
        window.afterNextFrame(() -> {
            long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("First screen shown {} ms after launch (data folder {})", sinceLaunch, folder.root());
            if (Boolean.getBoolean(MEASURE_STARTUP)) {
                System.out.println("counterdesk.firstScreenMillis=" + sinceLaunch);
                Platform.exit();
            }
        });
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
