package org.counterdesk.bench.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The bare stack a launch is compared with: a JavaFX window with a label, a field and a button
 * (the size of a sign-in form, no CSS theme, no database), timed from the JVM's start to its
 * first frame exactly as the app times its sign-in screen. Run by {@code LaunchBench}.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new VBox(8, new Label("Sign in"), new PasswordField(), new Button("Sign in")), 1024, 700);
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("counterdesk.firstScreenMillis=" + ms);
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        stage.setScene(scene);
        stage.show();
    }
}
