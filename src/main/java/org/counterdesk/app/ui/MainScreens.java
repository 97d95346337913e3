package org.counterdesk.app.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.counterdesk.app.AppServices;
import org.counterdesk.app.ScreenAccess.Area;
import org.counterdesk.app.ScreenAccess;
import org.counterdesk.banking.ui.BankingScreens;
import org.counterdesk.drawer.ui.DrawerAdminController;
import org.counterdesk.drawer.ui.DrawerScreens;
import org.counterdesk.exchange.batch.BatchResult;
import org.counterdesk.exchange.batch.ExportProgress;
import org.counterdesk.exchange.ui.SyncController;
import org.counterdesk.exchange.ui.SyncViewModel;
import org.counterdesk.printsettings.ui.PrintSettingsController;
import org.counterdesk.printsettings.ui.PrintSettingsViewModel;
import org.counterdesk.receipting.ui.ReceiptingScreens;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.ui.StaffAdminController;
import org.counterdesk.staff.ui.StaffAdminViewModel;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Display;
import org.counterdesk.ui.DisplayPanel;
import org.counterdesk.ui.Screen;
import org.counterdesk.ui.Teardown;

/**
 * Puts together the navigation of a signed-in person: {@link ScreenAccess} says which areas
 * they see, the rooms that build their own screens (receipting, drawer, banking) are asked for
 * them, and the rest are built here from the services, in navigation order.
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

    /** Sends a closed day to finance from the banking screen: the exchange room's step, handed in. */
    private String sendToFinance(LocalDate day) {
        BatchResult r = services.exchange().batches().exportDay(actor, day, ExportProgress.NONE);
        return r.delivered() ? " Batch " + r.batchNo() + " is in the outbox for finance."
                : " Batch " + r.batchNo() + " waits in the local queue (" + r.queuedReason() + ").";
    }

    /** What the screens built here hold on to, to let go when they are dropped. */
    Teardown teardown() {
        return teardown;
    }

    /** The screens, in navigation order; {@code navigate} brings a screen to the front. */
    List<Screen> build(Consumer<Screen> navigate) {
        List<Screen> screens = new ArrayList<>();
        DrawerScreens drawer = new DrawerScreens(services.drawer(), services.counter(), actor, background);
        if (access.sees(Area.RECEIPTING)) {
            screens.addAll(new ReceiptingScreens(services.receipting(), services.counter(), services.fees(), actor,
                    background).build(navigate));
            screens.add(drawer.drawer());
        }
        if (access.sees(Area.BANKING)) {
            screens.add(new BankingScreens(services.bankingRoom(), services.counter(), actor, background,
                    this::sendToFinance).banking());
        }
        FrontDeskScreens frontDesk = new FrontDeskScreens(services.frontDesk(), services.counter(), actor, access,
                background, teardown);
        screens.addAll(frontDesk.build());
        if (access.sees(Area.STAFF)) {
            screens.add(LazyScreen.of("Staff", KeyCode.F9, () -> {
                StaffAdminController staff = new StaffAdminController(new StaffAdminViewModel(actor, services.staff(),
                        background));
                return new LazyScreen.Built(staff.root(), staff::shown);
            }));
        }
        if (access.sees(Area.SYNC)) {
            screens.add(LazyScreen.of("Sync with finance", new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN),
                    () -> {
                        SyncController sync = new SyncController(new SyncViewModel(actor, services.exchange().batches(),
                                services.exchange().folders(), services.backups(), services.counter(),
                                services.folder().root(), background));
                        return new LazyScreen.Built(sync.root(), sync::shown);
                    }));
        }
        if (access.sees(Area.SETTINGS)) {
            screens.add(LazyScreen.of("Settings", KeyCode.F10, () -> {
                PrintSettingsController printing = new PrintSettingsController(
                        new PrintSettingsViewModel(actor, services.printSetup(), background));
                DrawerAdminController drawers = drawer.settings();
                SettingsScreen settings = new SettingsScreen(List.of(
                        new SettingsScreen.Card(printing.root(), printing::shown),
                        new SettingsScreen.Card(drawers.root(), drawers::shown),
                        new SettingsScreen.Card(new DisplayPanel(display).root(), () -> { })));
                return new LazyScreen.Built(settings.root(), settings::shown);
            }));
        }
        screens.addAll(frontDesk.buildLast());
        return screens;
    }
}
