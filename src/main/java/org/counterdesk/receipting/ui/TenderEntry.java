package org.counterdesk.receipting.ui;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.common.Refused;
import org.counterdesk.money.Money;
import org.counterdesk.money.MoneyParser;
import org.counterdesk.receipting.Tender;
import org.counterdesk.money.TenderKind;
import org.counterdesk.ui.FormErrors;

/** The tender forms: cash handed over, EFTPOS, cheque and money order details. */
public final class TenderEntry {

    /** The fields of the tender forms, as named in refusals. */
    static final String[] FIELDS = {"cashAmount", "eftposAmount", "eftposReference", "chequeAmount", "chequeDrawer",
        "chequeBank", "chequeBsb", "chequeNumber", "moneyOrderAmount", "moneyOrderIssuer", "moneyOrderNumber", "tender"};

    private final FormErrors errors;
    private final ObjectProperty<TenderKind> kind = new SimpleObjectProperty<>(TenderKind.CASH);
    final StringProperty cash = new SimpleStringProperty("");
    final StringProperty eftposAmount = new SimpleStringProperty("");
    final StringProperty eftposReference = new SimpleStringProperty("");
    final StringProperty chequeAmount = new SimpleStringProperty("");
    final StringProperty chequeDrawer = new SimpleStringProperty("");
    final StringProperty chequeBank = new SimpleStringProperty("");
    final StringProperty chequeBsb = new SimpleStringProperty("");
    final StringProperty chequeNumber = new SimpleStringProperty("");
    final StringProperty moneyOrderAmount = new SimpleStringProperty("");
    final StringProperty moneyOrderIssuer = new SimpleStringProperty("");
    final StringProperty moneyOrderNumber = new SimpleStringProperty("");

    TenderEntry(FormErrors errors) {
        this.errors = errors;
    }

    /** Switches to a tender form, offering {@code remaining} as the amount for non-cash tenders. */
    public void start(TenderKind k, Money remaining) {
        kind.set(k);
        String offer = remaining.isPositive() ? remaining.toPlainString() : "";
        switch (k) {
            case EFTPOS -> eftposAmount.set(offer);
            case CHEQUE -> chequeAmount.set(offer);
            case MONEY_ORDER -> moneyOrderAmount.set(offer);
            case CASH -> { }
        }
    }

    /** The tender described by the current form, or empty with the problem shown beside its field. */
    Optional<Tender> build() {
        return switch (kind.get()) {
            case CASH -> make("cashAmount", cash, Tender::cash);
            case EFTPOS -> make("eftposAmount", eftposAmount, m -> Tender.eftpos(m, eftposReference.get()));
            case CHEQUE -> make("chequeAmount", chequeAmount, m -> Tender.cheque(m, chequeDrawer.get(), chequeBank.get(),
                    chequeBsb.get(), chequeNumber.get()));
            case MONEY_ORDER -> make("moneyOrderAmount", moneyOrderAmount,
                    m -> Tender.moneyOrder(m, moneyOrderIssuer.get(), moneyOrderNumber.get()));
        };
    }

    private interface Maker {
        Tender make(Money amount);
    }

    private Optional<Tender> make(String amountField, StringProperty amountText, Maker maker) {
        clearErrors();
        MoneyParser.Result parsed = MoneyParser.parsePositive(amountText.get());
        if (!parsed.ok()) {
            errors.set(amountField, parsed.error());
            return Optional.empty();
        }
        try {
            return Optional.of(maker.make(parsed.value()));
        } catch (Refused r) {
            errors.show(r);
            return Optional.empty();
        }
    }

    /** Empties the form just used, ready for another tender of the same kind. */
    void clearForm() {
        for (StringProperty p : new StringProperty[] {cash, eftposAmount, eftposReference, chequeAmount, chequeDrawer,
            chequeBank, chequeBsb, chequeNumber, moneyOrderAmount, moneyOrderIssuer, moneyOrderNumber}) {
            p.set("");
        }
        clearErrors();
    }

    void clearErrors() {
        for (String f : FIELDS) {
            errors.clear(f);
        }
    }

    public ObjectProperty<TenderKind> kind() {
        return kind;
    }
}
