package org.counterdesk.receipting.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.common.Refused;
import org.counterdesk.fees.Fee;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.money.Money;
import org.counterdesk.money.MoneyParser;
import org.counterdesk.receipting.DraftLine;
import org.counterdesk.ui.FormErrors;

/**
 * The line being keyed: find a fee by code or description, then its reference, quantity and
 * amount, each checked as soon as it is entered so the message appears beside the field.
 */
public final class LineEntry {

    private final FormErrors errors;
    private final Typed typed = new Typed(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty("1"), new SimpleStringProperty(""));
    private final ObservableList<Fee> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Fee> fee = new SimpleObjectProperty<>();
    private List<Fee> fees = List.of();

    /** What is typed on the line: the fee code or words to find it by, then its reference, quantity and amount. */
    public record Typed(StringProperty query, StringProperty reference, StringProperty quantity, StringProperty amount) {

        /** Starts the line again from {@code query} and {@code amount}: no reference, a quantity of 1. */
        void restart(String query, String amount) {
            query().set(query);
            reference.set("");
            quantity.set("1");
            amount().set(amount);
        }
    }

    LineEntry(FormErrors errors) {
        this.errors = errors;
        typed.query().addListener((obs, old, now) -> {
            if (fee.get() == null || !now.equals(fee.get().code())) {
                fee.set(null);
                matches.setAll(FeeCatalog.match(fees, now));
            }
        });
    }

    void useFees(List<Fee> inForce) {
        fees = List.copyOf(inForce);
        matches.setAll(FeeCatalog.match(fees, typed.query().get()));
    }

    /** The fee to choose for what is typed: an exact code, or the only match. */
    public Optional<Fee> best() {
        String q = typed.query().get();
        List<Fee> m = FeeCatalog.match(fees, q);
        if (!m.isEmpty() && (m.size() == 1 || m.get(0).code().equalsIgnoreCase(q.strip()))) {
            return Optional.of(m.get(0));
        }
        return Optional.empty();
    }

    /** Chooses {@code f}: a fixed amount is filled in, the quantity starts at 1. */
    public void choose(Fee f) {
        errors.clear("fee");
        fee.set(f);
        typed.restart(f.code(), f.isFixed() ? f.amount().toPlainString() : "");
    }

    /** Refuses an unknown code with a message beside the fee field. */
    public void refuseQuery() {
        String q = typed.query().get().strip();
        errors.set("fee", q.isEmpty() ? "Type a fee code or part of its description."
                : matches.isEmpty() ? "No fee matches \"" + q + "\"." : "Several fees match \"" + q + "\": pick one from the list.");
    }

    public boolean checkReference() {
        Fee f = fee.get();
        Optional<String> problem = f == null ? Optional.empty() : f.referenceRule().flatMap(r -> r.problem(typed.reference().get()));
        return report("reference", problem);
    }

    public boolean checkQuantity() {
        return report("quantity", quantityValue().flatMap(q -> fee.get().quantityProblem(q)).or(this::quantityFormProblem));
    }

    public boolean checkAmount() {
        MoneyParser.Result r = MoneyParser.parsePositive(typed.amount().get());
        Optional<String> problem = r.ok() ? fee.get().priceProblem(r.value()) : Optional.of(r.error());
        return report("amount", problem);
    }

    /** Builds the line, or shows why not beside the field concerned. */
    public Optional<DraftLine> build() {
        Fee f = fee.get();
        if (f == null) {
            refuseQuery();
            return Optional.empty();
        }
        if (!checkReference() || !checkQuantity() || !checkAmount()) {
            return Optional.empty();
        }
        try {
            Money price = MoneyParser.parse(typed.amount().get()).value();
            return Optional.of(DraftLine.of(f, typed.reference().get(), quantityValue().orElse(1L), price));
        } catch (Refused r) {
            errors.show(r);
            return Optional.empty();
        }
    }

    public void clear() {
        fee.set(null);
        typed.restart("", "");
        for (String f : new String[] {"fee", "reference", "quantity", "amount"}) {
            errors.clear(f);
        }
    }

    private Optional<Long> quantityValue() {
        String q = typed.quantity().get().strip();
        return q.matches("\\d{1,6}") ? Optional.of(Long.parseLong(q)) : Optional.empty();
    }

    private Optional<String> quantityFormProblem() {
        return quantityValue().isPresent() ? Optional.empty() : Optional.of("The quantity must be a whole number, like 3.");
    }

    private boolean report(String field, Optional<String> problem) {
        problem.ifPresentOrElse(p -> errors.set(field, p), () -> errors.clear(field));
        return problem.isEmpty();
    }

    public Typed typed() {
        return typed;
    }

    public ObservableList<Fee> matches() {
        return matches;
    }

    public ObjectProperty<Fee> fee() {
        return fee;
    }
}
