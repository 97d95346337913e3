package org.counterdesk.visitors.ui;

import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.ui.DeskController;
import org.counterdesk.ui.Columns;
import org.counterdesk.visitors.Visit;

/** The on-site list in large type (Ctrl+E from anywhere); F5 or Ctrl+P prints the evacuation roll. */
public final class OnSiteController extends DeskController<OnSiteViewModel> {

    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    @FXML private Label headline;
    @FXML private Button print;
    @FXML private ProgressIndicator working;
    @FXML private Label status;
    @FXML private Label message;
    @FXML private TableView<Visit> table;

    public OnSiteController(OnSiteViewModel model) {
        super(model, "on-site.fxml");
    }

    /** F5 or Ctrl+P prints the evacuation roll. */
    @Override
    protected void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.F5 || PRINT.match(e)) {
            model.printRoll();
            e.consume();
        }
    }

    @FXML
    private void initialize() {
        var shown = model.shown();
        ZoneId zone = shown.zone();
        headline.textProperty().bind(shown.headline());
        print.setOnAction(e -> model.printRoll());
        print.disableProperty().bind(shown.busy());
        working.visibleProperty().bind(shown.busy());
        showOutcome(status, shown.status(), message, shown.errors());
        table.setItems(shown.onSite());
        table.getColumns().setAll(List.of(
                Columns.figures("Badge", 90, v -> Integer.toString(v.badge())),
                Columns.wrapped("Visitor", 260, Visit::name),
                Columns.wrapped("Organisation", 200, v -> v.organisation() == null ? "" : v.organisation()),
                Columns.wrapped("Host", 260, v -> v.host().describe()),
                Columns.text("In", 110, v -> DeskTimes.time(v.signedInAt(), zone)),
                Columns.text("Vehicle", 130, v -> v.vehicle() == null ? "" : v.vehicle())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No visitors are signed in."));
    }

    @Override
    public void shown() {
        model.refresh();
        Platform.runLater(print::requestFocus);
    }
}
