package org.counterdesk.exchange.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.counterdesk.backup.BackupRoom;
import org.counterdesk.exchange.ExchangeRoom;
import org.counterdesk.exchange.batch.BatchResult;
import org.counterdesk.exchange.batch.ExportProgress;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.LazyScreen;
import org.counterdesk.ui.Screen;

/**
 * The sync-with-finance room's screens, built from its own services and the backups the sync
 * screen also makes; and the step that sends a day the banking screen has just closed.
 */
public record ExchangeScreens(ExchangeRoom room, CounterSetup counter, Actor actor, Background background) {

    /** The sync screen (Alt+S): batches, finance folders and backups into {@code dataFolder}. */
    public Screen sync(BackupRoom backups, Path dataFolder) {
        return LazyScreen.of("Sync with finance", new KeyCodeCombination(KeyCode.S, KeyCombination.ALT_DOWN), () -> {
            SyncController sync = new SyncController(new SyncViewModel(actor, room, backups.backups(), counter,
                    dataFolder, background));
            return new LazyScreen.Built(sync.root(), sync::shown);
        });
    }

    /** Sends a closed day to finance; a sentence saying where the batch went, for the banking screen. */
    public String sendToFinance(LocalDate day) {
        BatchResult r = room.batches().exportDay(actor, day, ExportProgress.NONE);
        return r.delivered() ? " Batch " + r.batchNo() + " is in the outbox for finance."
                : " Batch " + r.batchNo() + " waits in the local queue (" + r.queuedReason() + ").";
    }
}
