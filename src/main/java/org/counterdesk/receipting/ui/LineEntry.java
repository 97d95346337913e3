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
    private final Fields fields = new Fields(new SimpleStringProperty(""), FXCollections.observableArrayList(),
            new SimpleObjectProperty<>(), new SimpleStringProperty(""), new SimpleStringProperty("1"),
            new SimpleStringProperty(""));
    private List<Fee> fees = List.of();

    /**
     * The line's fields: the fee code or words typed to find the fee, the fees that match them, the fee chosen,
     * then its reference, quantity and amount.
     */
    public record Fields(StringProperty query, ObservableList<Fee> matches, ObjectProperty<Fee> fee,
                         StringProperty reference, StringProperty quantity, StringProperty amount) {

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
        fields.query().addListener((obs, old, now) -> {
            if (fields.fee().get() == null || !now.equals(fields.fee().get().code())) {
                fields.fee().set(null);
                fields.matches().setAll(FeeCatalog.match(fees, now));
            }
        });
    }

    void useFees(List<Fee> inForce) {
        fees = List.copyOf(inForce);
        fields.matches().setAll(FeeCatalog.match(fees, fields.query().get()));
    }

    /** The fee to choose for what is typed: an exact code, or the only match. */
    public Optional<Fee> best() {
        String q = fields.query().get();
        List<Fee> m = FeeCatalog.match(fees, q);
        if (!m.isEmpty() && (m.size() == 1 || m.get(0).code().equalsIgnoreCase(q.strip()))) {
            return Optional.of(m.get(0));
        }
        return Optional.empty();
    }

    /** Chooses {@code f}: a fixed amount is filled in, the quantity starts at 1. */
    public void choose(Fee f) {
        errors.clear("fee");
        fields.fee().set(f);
        fields.restart(f.code(), f.isFixed() ? f.amount().toPlainString() : "");
    }

    /** Refuses an unknown code with a message beside the fee field. */
    public void refuseQuery() {
        String q = fields.query().get().strip();
        errors.set("fee", q.isEmpty() ? "Type a fee code or part of its description."
                : fields.matches().isEmpty() ? "No fee matches \"" + q + "\"." : "Several fees match \"" + q + "\": pick one from the list.");
    }

    public boolean checkReference() {
        Fee f = fields.fee().get();
        Optional<String> problem = f == null ? Optional.empty() : f.referenceRule().flatMap(r -> r.problem(fields.reference().get()));
        return report("reference", problem);
    }

    public boolean checkQuantity() {
        return report("quantity", quantityValue().flatMap(q -> fields.fee().get().quantityProblem(q)).or(this::quantityFormProblem));
    }

    public boolean checkAmount() {
        MoneyParser.Result r = MoneyParser.parsePositive(fields.amount().get());
        Optional<String> problem = r.ok() ? fields.fee().get().priceProblem(r.value()) : Optional.of(r.error());
        return report("amount", problem);
    }

    /** Builds the line, or shows why not beside the field concerned. */
    public Optional<DraftLine> build() {
        Fee f = fields.fee().get();
        if (f == null) {
            refuseQuery();
            return Optional.empty();
        }
        if (!checkReference() || !checkQuantity() || !checkAmount()) {
            return Optional.empty();
        }
        try {
            Money price = MoneyParser.parse(fields.amount().get()).value();
            return Optional.of(DraftLine.of(f, fields.reference().get(), quantityValue().orElse(1L), price));
        } catch (Refused r) {
            errors.show(r);
            return Optional.empty();
        }
    }

    public void clear() {
        fields.fee().set(null);
        fields.restart("", "");
        for (String f : new String[] {"fee", "reference", "quantity", "amount"}) {
            errors.clear(f);
        }
    }

    private Optional<Long> quantityValue() {
        String q = fields.quantity().get().strip();
        return q.matches("\\d{1,6}") ? Optional.of(Long.parseLong(q)) : Optional.empty();
    }

    private Optional<String> quantityFormProblem() {
        return quantityValue().isPresent() ? Optional.empty() : Optional.of("The quantity must be a whole number, like 3.");
    }

    private boolean report(String field, Optional<String> problem) {
        problem.ifPresentOrElse(p -> errors.set(field, p), () -> errors.clear(field));
        return problem.isEmpty();
    }

    public Fields fields() {
        return fields;
    }
}
