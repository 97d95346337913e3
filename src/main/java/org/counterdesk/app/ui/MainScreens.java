package org.counterdesk.app.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.counterdesk.app.AppServices;
import org.counterdesk.app.ScreenAccess;
import org.counterdesk.app.ScreenAccess.Area;
import org.counterdesk.banking.ui.BankingController;
import org.counterdesk.banking.ui.BankingDocuments;
import org.counterdesk.banking.ui.BankingViewModel;
import org.counterdesk.drawer.ui.DrawerAdminController;
import org.counterdesk.drawer.ui.DrawerAdminViewModel;
import org.counterdesk.drawer.ui.DrawerController;
import org.counterdesk.drawer.ui.DrawerDocuments;
import org.counterdesk.drawer.ui.DrawerViewModel;
import org.counterdesk.exchange.batch.BatchResult;
import org.counterdesk.exchange.batch.ExportProgress;
import org.counterdesk.exchange.ui.SyncController;
import org.counterdesk.exchange.ui.SyncViewModel;
import org.counterdesk.printsettings.ui.PrintSettingsController;
import org.counterdesk.printsettings.ui.PrintSettingsViewModel;
import org.counterdesk.receipting.ui.MailBatchesController;
import org.counterdesk.receipting.ui.MailBatchesViewModel;
import org.counterdesk.receipting.ui.ReceiptingController;
import org.counterdesk.receipting.ui.ReceiptingViewModel;
import org.counterdesk.receipting.ui.TodayReceiptsController;
import org.counterdesk.receipting.ui.TodayReceiptsViewModel;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.ui.StaffAdminController;
import org.counterdesk.staff.ui.StaffAdminViewModel;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Screen;
import org.counterdesk.ui.Teardown;

/**
 * Builds the screens a signed-in person can use, each with its view model, from the services:
 * the UI side of the composition root. Cashiers receipt; supervisors and administrators also
 * see the staff screen.
 */
final class MainScreens {

    private final AppServices services;
    private final Actor actor;
    private final ScreenAccess access;
    private final Background background;
    private final Teardown teardown = new Teardown();

    MainScreens(AppServices services, Actor actor, ScreenAccess access, Background background) {
        this.services = services;
        this.actor = actor;
        this.access = access;
        this.background = background;
    }

    private BankingDocuments bankingDocuments() {
        return new BankingDocuments() {
            @Override
            public void printDepositAdvice(long depositId) {
                services.bankingRoom().printing().printDepositAdvice(depositId);
            }

            @Override
            public void printDayReport(long closureId) {
                services.bankingRoom().printing().printDayReport(closureId);
            }

            @Override
            public void printDishonourNotice(long dishonourId) {
                services.bankingRoom().printing().printDishonourNotice(dishonourId);
            }

            @Override
            public void reprintDayReport(long closureId) {
                services.bankingRoom().printing().reprintDayReport(actor, closureId);
            }

            @Override
            public void reprintDepositAdvice(long depositId) {
                services.bankingRoom().printing().reprintDepositAdvice(actor, depositId);
            }

            @Override
            public String sendToFinance(LocalDate day) {
                BatchResult r = services.exchange().batches().exportDay(actor, day, ExportProgress.NONE);
                return r.delivered() ? " Batch " + r.batchNo() + " is in the outbox for finance."
                        : " Batch " + r.batchNo() + " waits in the local queue (" + r.queuedReason() + ").";
            }
        };
    }

    private DrawerViewModel drawerModel() {
        var accounts = services.counter().organisation().accounts();
        return new DrawerViewModel(actor, services.drawer().sessions(), services.drawer().opening(), services.drawer().movements(),
                services.drawer().closing(), new DrawerDocuments() {
                    @Override
                    public void printMidShift(Actor a, long sessionId) {
                        services.drawer().printing().printX(a, sessionId);
                    }

                    @Override
                    public void printClose(long sessionId) {
                        services.drawer().printing().printZ(sessionId);
                    }

                    @Override
                    public void printVoucher(long movementId) {
                        services.drawer().printing().printVoucher(movementId);
                    }
                }, background, accounts == null ? null : accounts.pettyCash());
    }

    /** What the screens built here hold on to, to let go when they are dropped. */
    Teardown teardown() {
        return teardown;
    }

    /** The screens, in navigation order; {@code navigate} brings a screen to the front. */
    List<Screen> build(Consumer<Screen> navigate) {
        List<Screen> screens = new ArrayList<>();
        if (access.sees(Area.RECEIPTING)) {
            ReceiptingViewModel receipting = new ReceiptingViewModel(actor, services.counter(), services.fees(),
                    services.receipting().poster(), services.receipting().mailBatches(), services.receipting().printing(), background);
            ReceiptingController receiptScreen = new ReceiptingController(receipting);
            Screen receipt = new Screen("Receipt", KeyCode.F2, receiptScreen.root(), receiptScreen::shown);
            screens.add(receipt);
            TodayReceiptsController today = new TodayReceiptsController(new TodayReceiptsViewModel(actor,
                    services.counter(), services.receipting().receipts(), services.receipting().voids(), services.receipting().printing(), background));
            screens.add(new Screen("Today's receipts", KeyCode.F3, today.root(), today::shown));
            MailBatchesController mail = new MailBatchesController(new MailBatchesViewModel(actor, services.receipting().mailBatches(),
                    services.receipting().printing(), background, batch -> {
                        receipting.mailBatch().set(batch);
                        navigate.accept(receipt);
                    }));
            screens.add(new Screen("Mail batches", KeyCode.F4, mail.root(), mail::shown));
            DrawerController drawer = new DrawerController(drawerModel(), services.counter().organisation().timeZone());
            screens.add(new Screen("Drawer", KeyCode.F11, drawer.root(), drawer::shown));
        }
        if (access.sees(Area.BANKING)) {
            BankingController banking = new BankingController(new BankingViewModel(actor, services.counter(),
                    services.bankingRoom().banking(), services.bankingRoom().dayClosures(), services.bankingRoom().adjustments(), services.bankingRoom().dishonours(),
                    bankingDocuments(), background));
            screens.add(new Screen("Banking", new KeyCodeCombination(KeyCode.B, KeyCombination.ALT_DOWN),
                    banking.root(), banking::shown));
        }
        FrontDeskScreens frontDesk = new FrontDeskScreens(services.frontDesk(), services.counter(), actor, access,
                background, teardown);
        screens.addAll(frontDesk.build());
        if (access.sees(Area.STAFF)) {
            StaffAdminController staff = new StaffAdminController(new StaffAdminViewModel(actor, services.staff(), background));
            screens.add(new Screen("Staff", KeyCode.F9, staff.root(), staff::shown));
        }
        if (access.sees(Area.SYNC)) {
            SyncController sync = new SyncController(new SyncViewModel(actor, services.exchange().batches(),
                    services.exchange().folders(), services.backups(), services.counter(), services.folder().root(),
                    background));
            screens.add(new Screen("Sync with finance", new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN),
                    sync.root(), sync::shown));
        }
        if (access.sees(Area.SETTINGS)) {
            PrintSettingsController printing = new PrintSettingsController(
                    new PrintSettingsViewModel(actor, services.printSetup(), background));
            DrawerAdminController drawers = new DrawerAdminController(
                    new DrawerAdminViewModel(actor, services.drawer().admin()));
            SettingsScreen settings = new SettingsScreen(List.of(new SettingsScreen.Card(printing.root(), printing::shown),
                    new SettingsScreen.Card(drawers.root(), drawers::shown)));
            screens.add(new Screen("Settings", KeyCode.F10, settings.root(), settings::shown));
        }
        screens.addAll(frontDesk.buildLast());
        return screens;
    }
}
