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
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;

/**
 * The blind close: cash by denomination, cheques and money orders ticked off, the EFTPOS
 * settlement, and the float kept back. Nothing expected is shown until the count is stored.
 * Then, if it is beyond tolerance, a supervisor's decision.
 */
public final class CloseDrawerModel {

    private final Actor actor;
    private final SessionClosing closing;
    private final Background background;
    private final FormErrors errors;
    private final CountEntry cash = new CountEntry();
    private final CountEntry kept = new CountEntry();
    private final StringProperty eftpos = new SimpleStringProperty("");
    private final ObservableList<InstrumentTick> instruments = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(Decision.RECOUNT);
    private final StringProperty decisionNote = new SimpleStringProperty("");
    private final Approvals approval = new Approvals();
    private final ObjectProperty<Money> setFloat = new SimpleObjectProperty<>(Money.ZERO);
    private final StringBinding keptHelp = Bindings.createStringBinding(() -> "Float kept in the drawer: exactly "
            + setFloat.get().format() + " (now " + kept.total().get().format() + ")", kept.total(), setFloat);

    CloseDrawerModel(Actor actor, SessionClosing closing, Background background, FormErrors errors) {
        this.actor = actor;
        this.closing = closing;
        this.background = background;
        this.errors = errors;
    }

    /** Starts a (re)count of {@code session}: empty forms and the checklist of what was received. */
    void start(DrawerSession session) {
        start(closing.status(session.id()));
    }

    /** Starts the count of the session of {@code st}, as read just now. */
    void start(SessionClosing.Status st) {
        DrawerSession session = st.session();
        setFloat.set(session.setFloat() == null ? Money.ZERO : session.setFloat());
        cash.clear();
        kept.clear();
        eftpos.set("");
        instruments.setAll(st.figures().instruments().stream().map(InstrumentTick::new).toList());
        decisionNote.set("");
        approval.clear();
    }

    /** Fills the float kept from the cash counted: the set float, smallest pieces first. */
    void suggestKeptFloat() {
        cash.read().ifPresent(c -> kept.fill(FloatSuggestion.keep(c, setFloat.get())));
    }

    /** The drawer's set float: the kept float must come to exactly this. Observable, as each session has its own. */
    ObjectProperty<Money> setFloat() {
        return setFloat;
    }

    void submit(Consumer<SessionClosing.Status> counted) {
        errors.clear();
        Optional<CashCount> cashCounted = cash.read();
        Optional<CashCount> keptFloat = kept.read();
        if (cashCounted.isEmpty() || keptFloat.isEmpty()) {
            errors.setGeneral("Some rows of the count cannot be read: see the messages beside them.");
            return;
        }
        MoneyParser.Result settlement = MoneyParser.parse(eftpos.get());
        if (!settlement.ok()) {
            errors.set("eftpos", "EFTPOS settlement: " + settlement.error());
            return;
        }
        Set<String> present = instruments.stream().filter(t -> t.present().get()).map(t -> t.instrument().key())
                .collect(Collectors.toSet());
        ClosingCount count = new ClosingCount(cashCounted.get(), present, settlement.value(), keptFloat.get());
        background.run(() -> closing.submit(actor, count), counted, errors::show);
    }

    void decide(long sessionId, Consumer<SessionClosing.Status> decided) {
        errors.clear();
        Decision d = decision.get();
        String note = decisionNote.get();
        var approved = approval.take();
        background.run(() -> closing.decide(actor, sessionId, d, note, approved), decided, errors::show);
    }

    CountEntry cash() {
        return cash;
    }

    CountEntry kept() {
        return kept;
    }

    StringProperty eftpos() {
        return eftpos;
    }

    StringProperty decisionNote() {
        return decisionNote;
    }

    Approvals approval() {
        return approval;
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

    ObservableList<InstrumentTick> instruments() {
        return instruments;
    }

    ObjectProperty<Decision> decision() {
        return decision;
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
