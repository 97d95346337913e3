package org.counterdesk.drawer.ui;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.drawer.ClosingCount;
import org.counterdesk.drawer.Decision;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.FloatSuggestion;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.drawer.SessionClosing;
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
    final CountEntry cash = new CountEntry();
    final CountEntry kept = new CountEntry();
    final StringProperty eftpos = new SimpleStringProperty("");
    private final ObservableList<InstrumentTick> instruments = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(Decision.RECOUNT);
    final StringProperty decisionNote = new SimpleStringProperty("");
    final Approvals approval = new Approvals();
    private final ObjectProperty<Money> setFloat = new SimpleObjectProperty<>(Money.ZERO);

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

    ObservableList<InstrumentTick> instruments() {
        return instruments;
    }

    ObjectProperty<Decision> decision() {
        return decision;
    }

    /** For the missing-instrument note beside the checklist. */
    static String missingLine(Instrument i) {
        return i.describe() + "  " + i.amount().format();
    }
}
