package org.counterdesk.banking.ui;

import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.counterdesk.banking.BankingPrinting;
import org.counterdesk.banking.BankingRoom;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Screen;

/**
 * The banking room's screen, built from its own services. Sending a closed day to finance
 * belongs to the exchange room, which banking must not know, so the shell hands that step in.
 */
public final class BankingScreens {

    /** Hands a closed day to finance; returns a sentence saying where the batch went. */
    @FunctionalInterface
    public interface SendToFinance {
        String send(LocalDate day) throws Exception;
    }

    private final BankingRoom room;
    private final CounterSetup counter;
    private final Actor actor;
    private final Background background;
    private final SendToFinance sendToFinance;

    public BankingScreens(BankingRoom room, CounterSetup counter, Actor actor, Background background,
                          SendToFinance sendToFinance) {
        this.room = room;
        this.counter = counter;
        this.actor = actor;
        this.background = background;
        this.sendToFinance = sendToFinance;
    }

    /** The banking screen (Alt+B). */
    public Screen banking() {
        BankingController banking = new BankingController(new BankingViewModel(actor, counter, room.banking(),
                room.dayClosures(), room.adjustments(), room.dishonours(), documents(), background));
        return new Screen("Banking", new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN), banking.root(),
                banking::shown);
    }

    private BankingDocuments documents() {
        BankingPrinting printing = room.printing();
        return new BankingDocuments() {
            @Override
            public void printDepositAdvice(long depositId) {
                printing.printDepositAdvice(depositId);
            }

            @Override
            public void printDayReport(long closureId) {
                printing.printDayReport(closureId);
            }

            @Override
            public void printDishonourNotice(long dishonourId) {
                printing.printDishonourNotice(dishonourId);
            }

            @Override
            public void reprintDayReport(long closureId) {
                printing.reprintDayReport(actor, closureId);
            }

            @Override
            public void reprintDepositAdvice(long depositId) {
                printing.reprintDepositAdvice(actor, depositId);
            }

            @Override
            public String sendToFinance(LocalDate day) throws Exception {
                return sendToFinance.send(day);
            }
        };
    }
}
