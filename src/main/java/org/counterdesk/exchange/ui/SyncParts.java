package org.counterdesk.exchange.ui;

import javafx.beans.property.StringProperty;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;

/**
 * What the cards of the Sync screen share: who acts, the one background worker (so the progress
 * bar shows whichever card is working), and where the outcome is said: the refusals, and the
 * sentence of what was done.
 */
record SyncParts(Actor actor, Background background, FormErrors errors, StringProperty done) {
}
