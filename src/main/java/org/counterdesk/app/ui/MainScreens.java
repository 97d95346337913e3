package org.counterdesk.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import org.counterdesk.app.AppServices;
import org.counterdesk.app.ScreenAccess.Area;
import org.counterdesk.app.ScreenAccess;
import org.counterdesk.banking.ui.BankingScreens;
import org.counterdesk.desk.ui.FrontDeskScreens;
import org.counterdesk.drawer.ui.DrawerAdminController;
import org.counterdesk.drawer.ui.DrawerScreens;
import org.counterdesk.exchange.ui.ExchangeScreens;
import org.counterdesk.printsettings.ui.PrintSettingsController;
import org.counterdesk.printsettings.ui.PrintSettingsScreens;
import org.counterdesk.receipting.ui.ReceiptingScreens;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.ui.StaffScreens;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Display;
import org.counterdesk.ui.LazyScreen;
import org.counterdesk.ui.Screen;
import org.counterdesk.ui.Teardown;

/**
 * Puts together the navigation of a signed-in person: {@link ScreenAccess} says which areas
 * they see, and each room's {@code *Screens} is asked for them, in navigation order. Only the
 * Settings screen, which gathers several rooms' cards and the window's display, is made here.
 */
final class MainScreens {

    private final AppServices services;
    private final Actor actor;
    private final ScreenAccess access;
    private final Background background;
    private final Teardown teardown = new Teardown();
    private Display display;

    /** The window's text size and theme, for the Settings card that changes them. */
    MainScreens display(Display windowDisplay) {
        this.display = windowDisplay;
        return this;
    }

    MainScreens(AppServices services, Actor actor, ScreenAccess access, Background background) {
        this.services = services;
        this.actor = actor;
        this.access = access;
        this.background = background;
    }

    /** What the screens built here hold on to, to let go when they are dropped. */
    Teardown teardown() {
        return teardown;
    }

    /** The screens, in navigation order; {@code navigate} brings a screen to the front. */
    List<Screen> build(Consumer<Screen> navigate) {
        List<Screen> screens = new ArrayList<>();
        DrawerScreens drawer = new DrawerScreens(services.drawer(), services.counter(), actor, background);
        ExchangeScreens exchange = new ExchangeScreens(services.exchangeRoom(), services.counter(), actor, background);
        if (access.sees(Area.RECEIPTING)) {
            screens.addAll(new ReceiptingScreens(services.receipting(), services.counter(),
                    services.feesRoom().catalog(), actor, background).build(navigate));
            screens.add(drawer.drawer());
        }
        if (access.sees(Area.BANKING)) {
            screens.add(new BankingScreens(services.bankingRoom(), services.counter(), actor, background,
                    exchange::sendToFinance).banking());
        }
        FrontDeskScreens frontDesk = new FrontDeskScreens(services.frontDeskRoom(), services.counter(), actor,
                background, teardown);
        if (access.sees(Area.FRONT_DESK)) {
            screens.addAll(frontDesk.desk());
        }
        if (access.sees(Area.STAFF)) {
            screens.add(new StaffScreens(services.staffRoom(), background).admin(actor));
        }
        if (access.sees(Area.SYNC)) {
            screens.add(exchange.sync(services.backupRoom(), services.folder().root()));
        }
        if (access.sees(Area.SETTINGS)) {
            screens.add(LazyScreen.of("Settings", KeyCode.F10, () -> {
                PrintSettingsController printing = new PrintSettingsScreens(services.printSettingsRoom(), actor,
                        background).settings();
                DrawerAdminController drawers = drawer.settings();
                SettingsController settings = new SettingsController(new SettingsViewModel(display), List.of(
                        new SettingsController.Card(printing.root(), printing::shown),
                        new SettingsController.Card(drawers.root(), drawers::shown)));
                return new LazyScreen.Built(settings.root(), settings::shown);
            }));
        }
        if (access.sees(Area.ON_SITE)) {
            screens.add(frontDesk.onSite());
        }
        if (access.sees(Area.FRONT_DESK_ADMIN)) {
            screens.addAll(frontDesk.admin());
        }
        return screens;
    }
}
