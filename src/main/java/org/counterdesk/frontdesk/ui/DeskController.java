package org.counterdesk.frontdesk.ui;

import org.counterdesk.ui.FxmlPanel;
import org.counterdesk.ui.LazyScreen;

/**
 * What every front desk screen's controller does the same way, beyond being the controller of
 * its own FXML and view model: it reads its lists again when it comes to the front, and is built
 * for the shell's lazy list of screens.
 *
 * @param <M> the screen's view model
 */
public abstract class DeskController<M> extends FxmlPanel<M> {

    protected DeskController(M model, String fxml) {
        super(model, fxml);
    }

    /** Reads the screen's lists again and puts the cursor where work starts: the screen has come to the front. */
    public abstract void shown();

    /** The screen, built, for the shell's lazy list of screens. */
    public final LazyScreen.Built built() {
        return new LazyScreen.Built(root(), this::shown);
    }
}
