package org.counterdesk.exchange.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.exchange.batch.ExchangeFolders;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/**
 * The finance folders card: where batches go (the outbox) and where finance's answers come
 * from (the inbox). An administrator changes them; everyone else sees them. An outbox that
 * does not exist now is allowed (a network share may be down): batches wait in the queue.
 */
final class FoldersModel {

    private final Actor actor;
    private final ExchangeFolders folders;
    private final Background background;
    private final FormErrors errors;
    private final StringProperty done;
    private final ListReads reads;
    private final StringProperty outbox = new SimpleStringProperty("");
    private final StringProperty inbox = new SimpleStringProperty("");
    private final StringProperty queue = new SimpleStringProperty("");

    FoldersModel(Actor actor, ExchangeFolders folders, Background background, FormErrors errors, StringProperty done) {
        this.actor = actor;
        this.folders = folders;
        this.background = background;
        this.errors = errors;
        this.done = done;
        this.reads = new ListReads("the finance folders", errors);
    }

    boolean canChange() {
        return actor.staff().has(Role.ADMINISTRATOR);
    }

    void refresh() {
        reads.read(() -> new String[] {folders.outbox().toString(), folders.inbox().toString(),
            folders.queue().toString()}, p -> {
                outbox.set(p[0]);
                inbox.set(p[1]);
                queue.set(p[2]);
            });
    }

    /** Saves both folders, after checking each is a full path. */
    void save() {
        errors.clear();
        done.set("");
        Path out = path("outbox", "outbox", outbox.get());
        Path in = path("inbox", "inbox", inbox.get());
        if (out == null || in == null) {
            return;
        }
        background.run(() -> {
            folders.change(actor, out, in);
            return null;
        }, r -> {
            done.set("Finance folders saved: batches go to " + out + "; acknowledgements are read from " + in + ".");
            refresh();
        }, errors::show);
    }

    private Path path(String field, String name, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            errors.set(field, "Give the " + name + " folder.");
            return null;
        }
        try {
            Path p = Path.of(t);
            if (!p.isAbsolute()) {
                errors.set(field, "Give the " + name + " as a full path (starting at the drive or /), not " + t + ".");
                return null;
            }
            return p.normalize();
        } catch (InvalidPathException e) {
            errors.set(field, "The " + name + " is not a folder name this computer can use: " + e.getReason() + ".");
            return null;
        }
    }

    StringProperty outbox() {
        return outbox;
    }

    StringProperty inbox() {
        return inbox;
    }

    /** The local queue, where batches wait while the outbox cannot be reached (shown, never changed here). */
    StringProperty queue() {
        return queue;
    }
}
