package org.counterdesk.exchange.batch;

import java.nio.file.Path;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.SettingDao;
import org.jdbi.v3.core.Jdbi;

/**
 * Where batches and acknowledgements go. The outbox and inbox are settings (typically a
 * network share; by default {@code outbox} and {@code inbox} in the data folder). The queue
 * (batches waiting for the outbox) is always local: {@code exchange/queue} in the data folder.
 */
public record ExchangeFolders(DataFolder folder, Jdbi jdbi, Journal journal) {

    public static final String OUTBOX_SETTING = "exchange.outbox";
    public static final String INBOX_SETTING = "exchange.inbox";

    public Path outbox() {
        return setting(OUTBOX_SETTING).orElse(folder.root().resolve("outbox"));
    }

    public Path inbox() {
        return setting(INBOX_SETTING).orElse(folder.root().resolve("inbox"));
    }

    public Path queue() {
        return folder.root().resolve("exchange").resolve("queue");
    }

    /** True while no outbox has been set: the default folder is then made when first needed. */
    public boolean outboxIsDefault() {
        return setting(OUTBOX_SETTING).isEmpty();
    }

    /** True while no inbox has been set. */
    public boolean inboxIsDefault() {
        return setting(INBOX_SETTING).isEmpty();
    }

    /** An administrator points the outbox and inbox somewhere else (journaled). */
    public void change(Actor actor, Path outbox, Path inbox) {
        actor.require(Role.ADMINISTRATOR, "change the finance folders");
        if (outbox == null || inbox == null || !outbox.isAbsolute() || !inbox.isAbsolute()) {
            throw new Refused("outbox", "Give the outbox and the inbox as full paths.");
        }
        jdbi.useTransaction(h -> {
            new SettingDao(h).put(OUTBOX_SETTING, outbox.toString());
            new SettingDao(h).put(INBOX_SETTING, inbox.toString());
            journal.append(h, JournalEvent.of("SETTING_CHANGED", actor.staffNumber(), actor.terminalCode(), "setting",
                    "exchange").with(OUTBOX_SETTING, outbox.toString()).with(INBOX_SETTING, inbox.toString()));
        });
    }

    private java.util.Optional<Path> setting(String name) {
        return jdbi.withHandle(h -> new SettingDao(h).get(name)).filter(s -> !s.isBlank()).map(Path::of);
    }
}
