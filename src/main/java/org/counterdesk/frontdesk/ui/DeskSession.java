package org.counterdesk.frontdesk.ui;

import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;

/**
 * Who is signed in at which counter, and the runner for their slow work: what every front desk
 * screen's view model is given, passed as one so the screens are wired alike.
 */
public record DeskSession(Actor actor, CounterSetup counter, Background background) {
}
