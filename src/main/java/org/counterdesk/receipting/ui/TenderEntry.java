package org.counterdesk.receipting.ui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * The tender forms: cash handed over, EFTPOS, cheque and money order details. Each field's text
 * is kept under the name its refusals use ({@link #text}), so the view binds a field by its id.
 */
public final class TenderEntry {

    /** The fields of each tender form, in the order they are keyed; the first is the amount. */
    private static final Map<TenderKind, List<String>> FORMS = new EnumMap<>(Map.of(
            TenderKind.CASH, List.of("cashAmount"),
            TenderKind.EFTPOS, List.of("eftposAmount", "eftposReference"),
            TenderKind.CHEQUE, List.of("chequeAmount", "chequeDrawer", "chequeBank", "chequeBsb", "chequeNumber"),
            TenderKind.MONEY_ORDER, List.of("moneyOrderAmount", "moneyOrderIssuer", "moneyOrderNumber")));

    /** The fields of the tender forms, as named in refusals. */
    static final String[] FIELDS = {"cashAmount", "eftposAmount", "eftposReference", "chequeAmount", "chequeDrawer",
        "chequeBank", "chequeBsb", "chequeNumber", "moneyOrderAmount", "moneyOrderIssuer", "moneyOrderNumber", "tender"};

    private final FormErrors errors;
    private final ObjectProperty<TenderKind> kind = new SimpleObjectProperty<>(TenderKind.CASH);
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();

    TenderEntry(FormErrors errors) {
        this.errors = errors;
        FORMS.values().forEach(fields -> fields.forEach(f -> texts.put(f, new SimpleStringProperty(""))));
    }

    /** Switches to a tender form, offering {@code remaining} as the amount for non-cash tenders. */
    public void start(TenderKind k, Money remaining) {
        kind.set(k);
        if (k != TenderKind.CASH) {
            amountOf(k).set(remaining.isPositive() ? remaining.toPlainString() : "");
        }
    }

    /** The tender described by the current form, or empty with the problem shown beside its field. */
    Optional<Tender> build() {
        TenderKind k = kind.get();
        return make(FORMS.get(k).get(0), amountOf(k), switch (k) {
            case CASH -> Tender::cash;
            case EFTPOS -> m -> Tender.eftpos(m, value("eftposReference"));
            case CHEQUE -> m -> Tender.cheque(m, value("chequeDrawer"), value("chequeBank"), value("chequeBsb"),
                    value("chequeNumber"));
            case MONEY_ORDER -> m -> Tender.moneyOrder(m, value("moneyOrderIssuer"), value("moneyOrderNumber"));
        });
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
        texts.values().forEach(p -> p.set(""));
        clearErrors();
    }

    void clearErrors() {
        for (String f : FIELDS) {
            errors.clear(f);
        }
    }

    private String value(String field) {
        return texts.get(field).get();
    }

    private StringProperty amountOf(TenderKind k) {
        return texts.get(FORMS.get(k).get(0));
    }

    /** The fields of {@code k}'s form, in the order Enter moves through them. */
    public static List<String> fieldsOf(TenderKind k) {
        return FORMS.get(k);
    }

    /** The text typed in the field named {@code field} (as in {@link #fieldsOf}). */
    public StringProperty text(String field) {
        StringProperty p = texts.get(field);
        if (p == null) {
            throw new IllegalArgumentException("no tender field " + field);
        }
        return p;
    }

    public ObjectProperty<TenderKind> kind() {
        return kind;
    }
}
