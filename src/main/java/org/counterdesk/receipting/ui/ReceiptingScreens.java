package org.counterdesk.receipting.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.receipting.ReceiptingRoom;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Screen;

/**
 * The receipting room's screens (receipt, today's receipts, mail batches), built from its own
 * services: the shell only decides who sees them and where they sit in the navigation.
 */
public record ReceiptingScreens(ReceiptingRoom room, CounterSetup counter, FeeCatalog fees, Actor actor,
                                Background background) {

    /** The screens in navigation order; {@code navigate} brings one to the front (a mail batch opens the receipt). */
    public List<Screen> build(Consumer<Screen> navigate) {
        ReceiptingViewModel receipting = new ReceiptingViewModel(actor, counter, fees, room, background);
        ReceiptingController receiptScreen = new ReceiptingController(receipting);
        Screen receipt = new Screen("Receipt", KeyCode.F2, receiptScreen.root(), receiptScreen::shown);
        TodayReceiptsController today = new TodayReceiptsController(new TodayReceiptsViewModel(actor, counter, room,
                background));
        MailBatchesController mail = new MailBatchesController(new MailBatchesViewModel(actor, room, background,
                batch -> {
                    receipting.mailBatch().set(batch);
                    navigate.accept(receipt);
                }));
        return List.of(receipt, new Screen("Today's receipts", KeyCode.F3, today.root(), today::shown),
                new Screen("Mail batches", KeyCode.F4, mail.root(), mail::shown));
    }
}
