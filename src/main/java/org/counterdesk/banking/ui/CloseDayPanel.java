package org.counterdesk.banking.ui;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/**
 * Closing the business day (close-day.fxml): its figures, the grand total it moves to, and the
 * button that closes it for good after a second question.
 */
public final class CloseDayPanel extends FxmlPanel<BankingViewModel> {

    @FXML private Label closeDayTitle;
    @FXML private GridPane dayFigures;
    @FXML private Button closeDay;
    @FXML private VBox confirmCard;
    @FXML private Label closeDayQuestion;
    @FXML private Button cancelCloseDay;
    @FXML private Button confirmCloseDay;
    @FXML private Label lastClosure;
    @FXML private Button dayReportAgain;

    CloseDayPanel(BankingViewModel model) {
        super(model, "close-day.fxml");
    }

    @FXML
    private void initialize() {
        var day = model.day();
        closeDay.setOnAction(e -> day.ask());
        Forms.onEnter(closeDay, closeDay::fire);
        closeDay.disableProperty().bind(day.confirming().or(day.preview().isNull()));
        closeDayQuestion.textProperty().bind(day.question());
        cancelCloseDay.setOnAction(e -> {
            day.cancel();
            closeDay.requestFocus();
        });
        confirmCloseDay.setOnAction(e -> model.closeDay());
        Forms.onEnter(cancelCloseDay, cancelCloseDay::fire);
        Forms.onEnter(confirmCloseDay, confirmCloseDay::fire);
        showWhile(confirmCard, day.confirming());
        confirmCard.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelCloseDay.fire();
                e.consume();
            }
        });
        day.confirming().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(cancelCloseDay::requestFocus);
            }
        });
        dayReportAgain.setOnAction(ev -> model.reprintDayReport());
        dayReportAgain.disableProperty().bind(day.lastClosure().isNull());
        day.preview().addListener((o, a, f) -> show());
        day.lastClosure().addListener((o, a, z) -> show());
    }

    private void show() {
        var day = model.day();
        closeDayTitle.setText(CloseDayModel.title(day.preview().get()));
        lastClosure.setText(CloseDayModel.lastLine(day.lastClosure().get()));
        dayFigures.getChildren().clear();
        int r = 0;
        for (String[] row : CloseDayModel.figures(day.preview().get(), day.lastClosure().get())) {
            Label value = new Label(row[1]);
            value.getStyleClass().add("balance-figure");
            dayFigures.addRow(r++, new Label(row[0]), value);
        }
    }

    void focus() {
        closeDay.requestFocus();
    }
}
