package org.counterdesk.enquiries.ui;

import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import org.counterdesk.enquiries.Channel;
import org.counterdesk.frontdesk.ui.DeskController;

/** The tally strip: a large button per enquiry type (keys 1 to 9) and the channel (C, P, E, W). */
public final class EnquiriesController extends DeskController<EnquiriesViewModel> {

    private static final Map<KeyCode, Channel> CHANNEL_KEYS = Map.of(KeyCode.C, Channel.COUNTER, KeyCode.P, Channel.PHONE,
            KeyCode.E, Channel.EMAIL, KeyCode.W, Channel.WEBCHAT);

    private Map<Channel, ToggleButton> channels;

    @FXML private ToggleButton channelCounter;
    @FXML private ToggleButton channelPhone;
    @FXML private ToggleButton channelEmail;
    @FXML private ToggleButton channelWebchat;
    @FXML private FlowPane strip;
    @FXML private Label total;
    @FXML private Button undo;
    @FXML private Button report;
    @FXML private Label status;
    @FXML private Label message;

    public EnquiriesController(EnquiriesViewModel model) {
        super(model, "enquiries.fxml");
        root().setFocusTraversable(true);
    }

    @FXML
    private void initialize() {
        channels = Map.of(Channel.COUNTER, channelCounter, Channel.PHONE, channelPhone, Channel.EMAIL, channelEmail,
                Channel.WEBCHAT, channelWebchat);
        channels.forEach((c, b) -> b.setOnAction(e -> model.channel().set(c)));
        model.channel().addListener((obs, old, now) -> selectChannel(now));
        selectChannel(model.channel().get());
        model.shown().types().addListener((ListChangeListener<String>) c -> buildStrip());
        buildStrip();
        total.textProperty().bind(Bindings.concat("Today: ", model.shown().total().asString(), " enquiries"));
        undo.setOnAction(e -> model.undo());
        report.setOnAction(e -> model.printReport());
        showOutcome(status, model.shown().status(), message, model.shown().errors());
    }

    private void selectChannel(Channel c) {
        channels.forEach((ch, b) -> b.setSelected(ch == c));
    }

    /** One button a type: the types are a setting, so the strip is built from them (a small widget each). */
    private void buildStrip() {
        strip.getChildren().clear();
        for (int i = 0; i < model.shown().types().size(); i++) {
            String type = model.shown().types().get(i);
            int index = i;
            Button b = new Button();
            b.setId("type" + (i + 1));
            b.textProperty().bind(Bindings.createStringBinding(() -> (index + 1) + "   " + type + "\n"
                    + model.shown().counts().getOrDefault(type, 0) + " today", model.shown().counts()));
            b.getStyleClass().add("tally-button");
            b.setFocusTraversable(false);
            b.setOnAction(e -> model.tally(index));
            strip.getChildren().add(b);
        }
    }

    @Override
    protected void keys(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        Runnable action = action(e.getCode());
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    /** What a key does on this screen, or null when it does nothing here. */
    private Runnable action(KeyCode k) {
        if (k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            String name = k.getName();
            return () -> model.tally(Integer.parseInt(name.substring(name.length() - 1)) - 1);
        }
        if (CHANNEL_KEYS.containsKey(k)) {
            return () -> model.channel().set(CHANNEL_KEYS.get(k));
        }
        return switch (k) {
            case BACK_SPACE -> model::undo;
            case F5 -> model::printReport;
            default -> null;
        };
    }

    @Override
    public void shown() {
        model.refresh();
        Platform.runLater(root()::requestFocus);
    }
}
