package org.counterdesk.frontdesk;

import java.time.Instant;

/** A name on the watch list, with what the desk should know (the note shows when it matches). */
public record WatchEntry(long id, String name, String note, Instant addedAt) {
}
