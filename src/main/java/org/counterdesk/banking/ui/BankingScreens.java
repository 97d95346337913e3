package org.counterdesk.banking.ui;

import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.counterdesk.banking.BankingRoom;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Screen;

/**
 * The banking room's screen, built from its own services. Sending a closed day to finance
 * belongs to the exchange room, which banking must not know, so the shell hands that step in.
 */
public record BankingScreens(BankingRoom room, CounterSetup counter, Actor actor, Background background,
                             SendToFinance sendToFinance) {

    /** Hands a closed day to finance; returns a sentence saying where the batch went. */
    @FunctionalInterface
    public interface SendToFinance {
        String send(LocalDate day) throws Exception;
    }

    /** The banking screen (Alt+B). */
    public Screen banking() {
        BankingController banking = new BankingController(new BankingViewModel(actor, counter, room, sendToFinance,
                background));
        return new Screen("Banking", new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN), banking.root(),
                banking::shown);
    }
}
