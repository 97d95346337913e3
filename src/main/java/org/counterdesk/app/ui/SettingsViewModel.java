package org.counterdesk.app.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.counterdesk.ui.Display;
import org.counterdesk.ui.DisplayChoice;
import org.counterdesk.ui.Theme;

/**
 * The Settings screen's own card: this PC's text size and contrast, the same choices as the
 * keys (Ctrl+plus, Ctrl+minus, Ctrl+0, Ctrl+Shift+H) for someone who looks for them on a screen.
 * The rooms' cards on the screen have view models of their own.
 */
final class SettingsViewModel {

    private final Display display;
    private final ReadOnlyStringWrapper textSize = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper highContrast = new ReadOnlyBooleanWrapper();

    SettingsViewModel(Display display) {
        this.display = display;
        // The keys change the display anywhere in the window: the card follows whatever chose it.
        display.choice().addListener((o, was, now) -> show(now));
        show(display.choice().get());
    }

    private void show(DisplayChoice choice) {
        textSize.set("Text " + choice.textPercent() + "%");
        highContrast.set(choice.theme() == Theme.HIGH_CONTRAST);
    }

    void smaller() {
        display.smaller();
    }

    void bigger() {
        display.bigger();
    }

    void highContrast(boolean on) {
        display.theme(on ? Theme.HIGH_CONTRAST : Theme.STANDARD);
    }

    ReadOnlyStringProperty textSize() {
        return textSize.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty highContrast() {
        return highContrast.getReadOnlyProperty();
    }
}
