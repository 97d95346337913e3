package org.counterdesk.receipting.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.receipting.ReceiptingRoom;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.LazyScreen;
import org.counterdesk.ui.Screen;

/**
 * The receipting room's screens (receipt, today's receipts, mail batches), built from its own
 * services: the shell only decides who sees them and where they sit in the navigation. Its
 * parts are what the screens' view models share (the receipt screen's takes them whole).
 */
public record ReceiptingScreens(ReceiptingRoom room, CounterSetup counter, FeeCatalog fees, Actor actor,
                                Background background) {

    /** The screens in navigation order; {@code navigate} brings one to the front (a mail batch opens the receipt). */
    public List<Screen> build(Consumer<Screen> navigate) {
        ReceiptingViewModel receipting = new ReceiptingViewModel(this);
        ReceiptingController receiptScreen = new ReceiptingController(receipting);
        Screen receipt = new Screen("Receipt", KeyCode.F2, receiptScreen.root(), receiptScreen::shown);
        // Built when first opened: sign-in builds only the receipt screen, the one every cashier starts on.
        Screen today = LazyScreen.of("Today's receipts", KeyCode.F3, () -> {
            TodayReceiptsController c = new TodayReceiptsController(new TodayReceiptsViewModel(actor, counter, room,
                    background));
            return new LazyScreen.Built(c.root(), c::shown);
        });
        Screen mail = LazyScreen.of("Mail batches", KeyCode.F4, () -> {
            MailBatchesController c = new MailBatchesController(new MailBatchesViewModel(actor, room, background,
                    batch -> {
                        receipting.form().mailBatch().set(batch);
                        navigate.accept(receipt);
                    }));
            return new LazyScreen.Built(c.root(), c::shown);
        });
        return List.of(receipt, today, mail);
    }
}
