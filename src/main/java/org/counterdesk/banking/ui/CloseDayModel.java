package org.counterdesk.banking.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.counterdesk.banking.DayClosure;
import org.counterdesk.banking.DayClosures;
import org.counterdesk.banking.DayFigures;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** Closing the oldest open business day of this terminal, once its drawers are closed and banked. */
public final class CloseDayModel {

    private final Actor actor;
    private final DayClosures closures;
    private final Background background;
    private final FormErrors errors;
    private final ListReads reads;
    private final ObjectProperty<DayFigures> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<DayClosure> lastClosure = new SimpleObjectProperty<>();
    private final BooleanProperty confirming = new SimpleBooleanProperty();

    CloseDayModel(Actor actor, DayClosures closures, Background background, FormErrors errors) {
        this.actor = actor;
        this.closures = closures;
        this.background = background;
        this.errors = errors;
        this.reads = new ListReads("the business days", errors);
    }

    void refresh() {
        confirming.set(false);
        reads.read(() -> {
            List<LocalDate> open = closures.unclosedDays(actor.terminal());
            List<DayClosure> done = closures.closures(actor.terminal());
            return new Days(open.isEmpty() ? null : closures.preview(actor.terminal(), open.get(0)),
                    done.isEmpty() ? null : done.get(0));
        }, d -> {
            preview.set(d.preview());
            lastClosure.set(d.lastClosure());
        });
    }

    private record Days(DayFigures preview, DayClosure lastClosure) {
    }

    /** The first step: closing is final, so it is asked for, and only {@link #close} after it closes the day. */
    void ask() {
        errors.clear();
        if (preview.get() == null) {
            errors.setGeneral("There is no business day to close.");
            return;
        }
        confirming.set(true);
    }

    void cancel() {
        confirming.set(false);
    }

    /** The second step: closes the day asked about; without the question first, it does nothing. */
    void close(Consumer<DayClosure> closed) {
        errors.clear();
        DayFigures day = preview.get();
        if (!confirming.get()) {
            return;
        }
        confirming.set(false);
        if (day == null) {
            errors.setGeneral("There is no business day to close.");
            return;
        }
        background.run(() -> closures.close(actor, day.date()), z -> {
            refresh();
            closed.accept(z);
        }, errors::show);
    }

    /** True between the question "close this day for good?" and its answer. */
    BooleanProperty confirming() {
        return confirming;
    }

    ObjectProperty<DayFigures> preview() {
        return preview;
    }

    ObjectProperty<DayClosure> lastClosure() {
        return lastClosure;
    }
}
