package org.counterdesk.drawer.ui;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.drawer.Balance;
import org.counterdesk.drawer.ClosingCount;
import org.counterdesk.drawer.Decision;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.FloatSuggestion;
import org.counterdesk.drawer.SessionClosing;
import org.counterdesk.drawer.Variance;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;
import org.counterdesk.money.MoneyParser;
import org.counterdesk.staff.ui.ScreenSession;

/**
 * The blind close: cash by denomination, cheques and money orders ticked off, the EFTPOS
 * settlement, and the float kept back. Nothing expected is shown until the count is stored.
 * Then, if it is beyond tolerance, a supervisor's decision.
 */
public final class CloseDrawerModel {

    private final ScreenSession shared;
    private final SessionClosing closing;
    private final CountForm count = new CountForm(new CountEntry(), FXCollections.observableArrayList(),
            new SimpleStringProperty(""), new CountEntry());
    private final DecisionForm decision = new DecisionForm(new SimpleObjectProperty<>(Decision.RECOUNT),
            new SimpleStringProperty(""), new Approvals());
    /** The drawer's set float: the kept float must come to exactly this. Observable, as each session has its own. */
    private final ObjectProperty<Money> setFloat = new SimpleObjectProperty<>(Money.ZERO);
    private final StringBinding keptHelp = Bindings.createStringBinding(() -> "Float kept in the drawer: exactly "
            + setFloat.get().format() + " (now " + count.kept().total().get().format() + ")", count.kept().total(),
            setFloat);

    /** The blind count: cash by denomination, cheques and money orders ticked off, EFTPOS settlement, float kept. */
    record CountForm(CountEntry cash, ObservableList<InstrumentTick> instruments, StringProperty eftpos, CountEntry kept) {
    }

    /** A supervisor's decision on a count beyond tolerance: which, why, and the supervisor. */
    record DecisionForm(ObjectProperty<Decision> decision, StringProperty note, Approvals approval) {
    }

    CloseDrawerModel(ScreenSession shared, SessionClosing closing) {
        this.shared = shared;
        this.closing = closing;
    }

    /** Starts a (re)count of {@code session}: empty forms and the checklist of what was received. */
    void start(DrawerSession session) {
        start(closing.status(session.id()));
    }

    /** Starts the count of the session of {@code st}, as read just now. */
    void start(SessionClosing.Status st) {
        DrawerSession session = st.session();
        setFloat.set(session.setFloat() == null ? Money.ZERO : session.setFloat());
        count.cash().clear();
        count.kept().clear();
        count.eftpos().set("");
        count.instruments().setAll(st.figures().instruments().stream().map(InstrumentTick::new).toList());
        decision.note().set("");
        decision.approval().clear();
    }

    /** Fills the float kept from the cash counted: the set float, smallest pieces first. */
    void suggestKeptFloat() {
        count.cash().read().ifPresent(c -> count.kept().fill(FloatSuggestion.keep(c, setFloat.get())));
    }

    void submit(Consumer<SessionClosing.Status> counted) {
        shared.errors().clear();
        Optional<CashCount> cashCounted = count.cash().read();
        Optional<CashCount> keptFloat = count.kept().read();
        if (cashCounted.isEmpty() || keptFloat.isEmpty()) {
            shared.errors().setGeneral("Some rows of the count cannot be read: see the messages beside them.");
            return;
        }
        MoneyParser.Result settlement = MoneyParser.parse(count.eftpos().get());
        if (!settlement.ok()) {
            shared.errors().set("eftpos", "EFTPOS settlement: " + settlement.error());
            return;
        }
        Set<String> present = count.instruments().stream().filter(t -> t.present().get()).map(t -> t.instrument().key())
                .collect(Collectors.toSet());
        ClosingCount counts = new ClosingCount(cashCounted.get(), present, settlement.value(), keptFloat.get());
        shared.run(() -> closing.submit(shared.actor(), counts), counted);
    }

    void decide(long sessionId, Consumer<SessionClosing.Status> decided) {
        shared.errors().clear();
        Decision d = decision.decision().get();
        String note = decision.note().get();
        var approved = decision.approval().take();
        shared.run(() -> closing.decide(shared.actor(), sessionId, d, note, approved), decided);
    }

    CountForm countForm() {
        return count;
    }

    DecisionForm decisionForm() {
        return decision;
    }

    /** The line above the kept float: what it must come to, and what it comes to now. */
    StringBinding keptHelp() {
        return keptHelp;
    }

    /** Ticks or unticks a cheque or money order in the checklist. */
    static void toggle(InstrumentTick tick) {
        if (tick != null) {
            tick.present().set(!tick.present().get());
        }
    }

    /** The balance's headline: the drawer, its outcome (or that it waits for a supervisor), the variance, who decided. */
    static String headline(SessionClosing.Status st) {
        Balance b = st.balance().orElseThrow();
        boolean closed = st.close().isPresent();
        String variance = b.totalVariance().isZero() ? "" : "  \u00b7  " + Variance.label(b.totalVariance());
        String decided = closed && st.close().get().decidedBy() != null
                ? "  \u00b7  decided by " + st.close().get().decidedBy() : "";
        return "Drawer " + st.session().drawerCode() + ": " + (closed ? st.close().get().outcome().label()
                : "waiting for a supervisor") + variance + decided;
    }

    /** The cheques and money orders received but not found in the count, or nothing. */
    static String missing(Balance b) {
        return b.missing().isEmpty() ? "" : "Missing: " + String.join("; ",
                b.missing().stream().map(i -> i.describe() + "  " + i.amount().format()).toList());
    }
}
