package org.counterdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view's FXML (kept beside its controller's package under resources) and hands it the
 * controller already built with its view model, so controllers get their dependencies by
 * constructor rather than from a global.
 */
public final class Fxml {

    private Fxml() {
    }

    public static Parent load(Object controller, String fxmlName) {
        URL url = controller.getClass().getResource(fxmlName);
        if (url == null) {
            throw new IllegalStateException("missing view " + fxmlName + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(fxmlName + " expects " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("could not load " + fxmlName, e);
        }
    }
}
