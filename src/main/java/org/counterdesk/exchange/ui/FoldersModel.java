package org.counterdesk.exchange.ui;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.exchange.batch.ExchangeFolders;
import org.counterdesk.staff.Role;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/**
 * The finance folders card: where batches go (the outbox) and where finance's answers come
 * from (the inbox). An administrator changes them; everyone else sees them. An outbox that
 * does not exist now is allowed (a network share may be down): batches wait in the queue.
 */
final class FoldersModel {

    private final SyncParts parts;
    private final ExchangeFolders folders;
    private final FormErrors errors;
    private final ListReads reads;
    private final Paths paths = new Paths(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));

    /**
     * The outbox and inbox as typed, and the local queue, where batches wait while the outbox cannot be
     * reached (shown, never changed here).
     */
    record Paths(StringProperty outbox, StringProperty inbox, StringProperty queue) {
    }

    FoldersModel(SyncParts parts, ExchangeFolders folders) {
        this.parts = parts;
        this.folders = folders;
        this.errors = parts.errors();
        this.reads = new ListReads("the finance folders", errors);
    }

    boolean canChange() {
        return parts.actor().staff().has(Role.ADMINISTRATOR);
    }

    void refresh() {
        reads.read(() -> new String[] {folders.outbox().toString(), folders.inbox().toString(),
            folders.queue().toString()}, p -> {
                paths.outbox().set(p[0]);
                paths.inbox().set(p[1]);
                paths.queue().set(p[2]);
            });
    }

    /** Saves both folders, after checking each is a full path. */
    void save() {
        errors.clear();
        parts.done().set("");
        Path out = path("outbox", "outbox", paths.outbox().get());
        Path in = path("inbox", "inbox", paths.inbox().get());
        if (out == null || in == null) {
            return;
        }
        parts.background().run(() -> {
            folders.change(parts.actor(), out, in);
            return null;
        }, r -> {
            parts.done().set("Finance folders saved: batches go to " + out + "; acknowledgements are read from " + in + ".");
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

    Paths paths() {
        return paths;
    }
}
