package org.counterdesk.drawer.ui;

import java.time.ZoneId;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.common.Counted;
import org.counterdesk.drawer.DrawerPrinting;
import org.counterdesk.drawer.DrawerRoom;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.DrawerSessions;
import org.counterdesk.drawer.SessionClosing;
import org.counterdesk.drawer.SessionState;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.ui.ScreenSession;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/**
 * The cashier's drawer through the day: open it with a counted float, move cash in and out,
 * count it blind at the close, and see the balance (with a supervisor's decision when it is
 * beyond tolerance). Which panel shows follows from the session's records.
 */
public final class DrawerViewModel {

    /** The panel on show. */
    public enum Panel { OPEN_DRAWER, IN_SESSION, CLOSING_COUNT, RESULT }

    private final ScreenSession shared;
    private final DrawerSessions sessions;
    private final SessionClosing closing;
    private final DrawerPrinting printing;
    private final FormErrors errors = new FormErrors("drawer", "note", "supervisor", "staffNumber", "pin", "claimant",
            "purpose", "glAccount", "docketRef", "amount", "reason", "count", "eftpos", "keptFloat");
    private final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(Panel.OPEN_DRAWER);
    private final ObjectProperty<SessionClosing.Status> status = new SimpleObjectProperty<>();
    private final StringProperty done = new SimpleStringProperty("");
    private final Shown shown = new Shown(panel, status, done, new SimpleStringProperty(""), new SimpleStringProperty(""));
    private final ListReads reads = new ListReads("your drawer's session", errors);
    private final OpenDrawerModel open;
    private final CashOutModel cashOut;
    private final CloseDrawerModel close;

    /**
     * What the screen shows: the panel the session calls for, the session's status, what was just done, and the
     * open session's heading ("Drawer CD01-1 is open") with when and by whom it was opened, its float and receipts.
     */
    record Shown(ObjectProperty<Panel> panel, ObjectProperty<SessionClosing.Status> status, StringProperty done,
                 StringProperty sessionTitle, StringProperty sessionSummary) {
    }

    /** The drawer of {@code actor}, with the room's services; times show in {@code zone}. */
    public DrawerViewModel(Actor actor, DrawerRoom room, Background background, String pettyCashGl, ZoneId zone) {
        this.shared = new ScreenSession(actor, background, errors);
        this.sessions = room.sessions();
        this.closing = room.closing();
        this.printing = room.printing();
        this.open = new OpenDrawerModel(shared, room);
        this.cashOut = new CashOutModel(shared, room.movements(), pettyCashGl);
        this.close = new CloseDrawerModel(shared, closing);
        status.addListener((o, a, st) -> {
            if (st != null) {
                shown.sessionTitle().set("Drawer " + st.session().drawerCode() + " is open");
                shown.sessionSummary().set("Opened " + Dates.time(st.session().openedAt(), zone) + " by "
                        + st.session().cashierName() + "  \u00b7  float " + st.figures().floatCounted().format()
                        + "  \u00b7  " + Counted.of(st.figures().receipts(), "receipt", "receipts") + " so far");
            }
        });
    }

    /** Shows the panel the cashier's session calls for. A session just closed stays on show until a new one starts. */
    public void refresh() {
        errors.clear();
        reads.read(() -> sessions.current(shared.actor()).map(s -> closing.status(s.id())), this::show);
    }

    private void show(Optional<SessionClosing.Status> current) {
        if (current.isEmpty()) {
            if (panel.get() != Panel.RESULT) {
                panel.set(Panel.OPEN_DRAWER);
                open.refresh();
            }
            return;
        }
        SessionClosing.Status st = current.get();
        DrawerSession s = st.session();
        status.set(st);
        if (s.state() == SessionState.OPEN) {
            panel.set(Panel.IN_SESSION);
        } else if (s.state() == SessionState.RECOUNT) {
            close.start(st);
            panel.set(Panel.CLOSING_COUNT);
        } else {
            panel.set(Panel.RESULT);
        }
    }

    void opened() {
        refresh();
        done.set("Drawer open. You can take payments now (F2).");
    }

    void startClose() {
        DrawerSession s = status.get() == null ? null : status.get().session();
        if (s == null || s.state() != SessionState.OPEN) {
            return;
        }
        errors.clear();
        done.set("");
        close.start(s);
        panel.set(Panel.CLOSING_COUNT);
    }

    /** Leaves a first count not yet submitted: nothing of it was stored, so the drawer is simply open again. */
    boolean backToSession() {
        SessionClosing.Status st = status.get();
        if (st == null || st.session().state() != SessionState.OPEN || panel.get() != Panel.CLOSING_COUNT) {
            return false;
        }
        errors.clear();
        panel.set(Panel.IN_SESSION);
        return true;
    }

    void submitCount() {
        close.submit(this::showResult);
    }

    void decide() {
        long sessionId = status.get().session().id();
        close.decide(sessionId, st -> {
            if (st.session().state() == SessionState.RECOUNT) {
                status.set(st);
                close.start(st.session());
                done.set("Recount asked for: count the drawer again.");
                panel.set(Panel.CLOSING_COUNT);
            } else {
                showResult(st);
            }
        });
    }

    private void showResult(SessionClosing.Status st) {
        status.set(st);
        panel.set(Panel.RESULT);
        if (st.close().isPresent()) {
            done.set("Drawer " + st.session().drawerCode() + " closed.");
            print(() -> printing.printZ(st.session().id()), "The close (Z) report was printed.");
        } else {
            done.set("");
        }
    }

    void printCloseAgain() {
        SessionClosing.Status st = status.get();
        if (st != null && st.close().isPresent()) {
            print(() -> printing.printZ(st.session().id()), "The close (Z) report was printed again.");
        }
    }

    void newSession() {
        panel.set(Panel.OPEN_DRAWER);
        open.refresh();
        status.set(null);
        done.set("");
    }

    void printMidShift() {
        SessionClosing.Status st = status.get();
        if (st != null) {
            print(() -> printing.printX(shared.actor(), st.session().id()), "The mid-shift (X) report was printed.");
        }
    }

    void printVoucher(long movementId) {
        print(() -> printing.printVoucher(movementId), done.get() + " The voucher was printed.");
    }

    private void print(Runnable job, String printed) {
        shared.run(() -> {
            job.run();
            return printed;
        }, done::set);
    }

    OpenDrawerModel openDrawer() {
        return open;
    }

    CashOutModel cashOut() {
        return cashOut;
    }

    CloseDrawerModel closeDrawer() {
        return close;
    }

    /** The cashier at the screen, its background worker and its messages. */
    ScreenSession shared() {
        return shared;
    }

    Shown shown() {
        return shown;
    }
}
