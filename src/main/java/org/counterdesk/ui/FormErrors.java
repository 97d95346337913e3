package org.counterdesk.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import org.counterdesk.common.Refused;

/**
 * The messages a form shows: one per field, next to that field, and one general message for
 * the form. A refusal that names a field this form has goes beside it; anything else is general.
 */
public final class FormErrors {

    private final ObservableMap<String, String> byField = FXCollections.observableHashMap();
    private final StringProperty general = new SimpleStringProperty("");
    private final Set<String> fields;
    private final Map<String, Node> focusTargets = new HashMap<>();

    public FormErrors(String... fields) {
        this.fields = Set.of(fields);
    }

    public StringBinding of(String field) {
        return Bindings.createStringBinding(() -> byField.getOrDefault(field, ""), byField);
    }

    public ReadOnlyStringProperty general() {
        return general;
    }

    /**
     * After a refusal that names {@code field}, the cursor goes to {@code node}: the person fixes
     * it at once instead of hunting for it with Tab.
     */
    public void focusOnRefusal(String field, Node node) {
        focusTargets.put(field, node);
    }

    public void show(Throwable failure) {
        clear();
        if (failure instanceof Refused r && r.field() != null && fields.contains(r.field())) {
            byField.put(r.field(), r.getMessage());
            Node target = focusTargets.get(r.field());
            if (target != null && !target.isDisabled()) {
                Forms.focusInto(target);
            }
        } else {
            general.set(Messages.of(failure));
        }
    }

    public void set(String field, String message) {
        byField.put(field, message);
    }

    public void setGeneral(String message) {
        general.set(message);
    }

    public void clear(String field) {
        byField.remove(field);
    }

    public void clear() {
        byField.clear();
        general.set("");
    }

    public boolean any() {
        return !byField.isEmpty() || !general.get().isEmpty();
    }
}
