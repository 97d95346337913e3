package org.counterdesk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.counterdesk.AppServices;
import org.counterdesk.receipting.ui.ReceiptingController;
import org.counterdesk.receipting.ui.ReceiptingViewModel;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.ui.StaffAdminController;
import org.counterdesk.staff.ui.StaffAdminViewModel;

/**
 * Builds the screens a signed-in person can use, each with its view model, from the services.
 * The UI side of the composition root.
 */
final class MainScreens {

    private final AppServices services;
    private final Actor actor;
    private final Background background;

    MainScreens(AppServices services, Actor actor, Background background) {
        this.services = services;
        this.actor = actor;
        this.background = background;
    }

    List<Screen> build() {
        List<Screen> screens = new ArrayList<>();
        if (actor.staff().has(Role.CASHIER)) {
            ReceiptingViewModel receipting = new ReceiptingViewModel(actor, services.counter(), services.fees(),
                    services.poster(), services.mailBatches(), (receipt, mailed) -> { }, background);
            ReceiptingController receiptScreen = new ReceiptingController(receipting);
            screens.add(new Screen("Receipt", KeyCode.F2, receiptScreen.root(), receiptScreen::shown));
        }
        if (actor.staff().has(Role.ADMINISTRATOR) || actor.staff().has(Role.SUPERVISOR)) {
            StaffAdminController staff = new StaffAdminController(new StaffAdminViewModel(actor, services.staff(), background));
            screens.add(new Screen("Staff", KeyCode.F9, staff.root(), staff::shown));
        }
        return screens;
    }
}
