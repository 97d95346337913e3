package org.counterdesk.enquiries.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.counterdesk.enquiries.Channel;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.Fxml;

/** The tally strip: a large button per enquiry type (keys 1 to 9) and the channel (C, P, E, W). */
public final class EnquiriesController {

    private final EnquiriesViewModel model;
    private final Parent root;
    private final ToggleGroup channelGroup = new ToggleGroup();

    @FXML private HBox channels;
    @FXML private FlowPane strip;
    @FXML private Label total;
    @FXML private Button undo;
    @FXML private Button report;
    @FXML private Label status;
    @FXML private Label message;

    public EnquiriesController(EnquiriesViewModel model) {
        this.model = model;
        this.root = Fxml.load(this, "enquiries.fxml");
        root.setFocusTraversable(true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    @FXML
    private void initialize() {
        for (Channel c : Channel.values()) {
            ToggleButton b = new ToggleButton(c.label() + "  " + c.label().charAt(0));
            b.setId("channel" + c.label());
            b.setToggleGroup(channelGroup);
            b.setUserData(c);
            b.setFocusTraversable(false);
            b.getStyleClass().add("channel-button");
            b.setOnAction(e -> model.channel().set(c));
            channels.getChildren().add(b);
        }
        model.channel().addListener((obs, old, now) -> selectChannel(now));
        selectChannel(model.channel().get());
        model.types().addListener((ListChangeListener<String>) c -> buildStrip());
        buildStrip();
        total.textProperty().bind(Bindings.concat("Today: ", model.total().asString(), " enquiries"));
        undo.setOnAction(e -> model.undo());
        undo.setFocusTraversable(false);
        report.setOnAction(e -> model.printReport());
        report.setFocusTraversable(false);
        status.textProperty().bind(model.status());
        Forms.showMessage(message, model.errors().general());
    }

    private void selectChannel(Channel c) {
        channelGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == c));
    }

    private void buildStrip() {
        strip.getChildren().clear();
        for (int i = 0; i < model.types().size(); i++) {
            String type = model.types().get(i);
            int index = i;
            Button b = new Button();
            b.setId("type" + (i + 1));
            b.textProperty().bind(Bindings.createStringBinding(() -> (index + 1) + "   " + type + "\n"
                    + model.counts().getOrDefault(type, 0) + " today", model.counts()));
            b.getStyleClass().add("tally-button");
            b.setFocusTraversable(false);
            b.setOnAction(e -> model.tally(index));
            strip.getChildren().add(b);
        }
    }

    private void keys(KeyEvent e) {
        KeyCode k = e.getCode();
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            String name = k.getName();
            model.tally(Integer.parseInt(name.substring(name.length() - 1)) - 1);
        } else if (k == KeyCode.C || k == KeyCode.P || k == KeyCode.E || k == KeyCode.W) {
            model.channel().set(switch (k) {
                case P -> Channel.PHONE;
                case E -> Channel.EMAIL;
                case W -> Channel.WEBCHAT;
                default -> Channel.COUNTER;
            });
        } else if (k == KeyCode.BACK_SPACE) {
            model.undo();
        } else if (k == KeyCode.F5) {
            model.printReport();
        } else {
            return;
        }
        e.consume();
    }

    public Parent root() {
        return root;
    }

    public void shown() {
        model.refresh();
        Platform.runLater(root::requestFocus);
    }
}
