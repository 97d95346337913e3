package org.counterdesk.staff.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.StaffRoom;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.LazyScreen;
import org.counterdesk.ui.Screen;

/**
 * The staff room's screens, built from its own services: the shell only decides who sees them
 * and where they sit in the window.
 */
public record StaffScreens(StaffRoom room, Background background) {

    /** The staff list for supervisors and administrators (F9). */
    public Screen admin(Actor actor) {
        return LazyScreen.of("Staff", KeyCode.F9, () -> {
            StaffAdminController staff = new StaffAdminController(new StaffAdminViewModel(actor, room.staff(),
                    background));
            return new LazyScreen.Built(staff.root(), staff::shown);
        });
    }

    /**
     * The sign-in screen under {@code headline}, with {@code staffNumber} already typed (after a
     * lock) or none; {@code signedIn} gets the person. Showing it puts the cursor where they type.
     */
    public LazyScreen.Built signIn(CounterSetup counter, String staffNumber, String headline,
                                   Consumer<Actor> signedIn) {
        SignInController signIn = new SignInController(
                new SignInViewModel(room.staff(), counter, background, staffNumber), headline, signedIn);
        return new LazyScreen.Built(signIn.root(), () -> Platform.runLater(signIn::focus));
    }
}
