package org.counterdesk.banking.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.counterdesk.banking.DayClosure;
import org.counterdesk.banking.DayClosures;
import org.counterdesk.banking.DayFigures;
import org.counterdesk.money.Money;
import org.counterdesk.staff.ui.ScreenSession;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.ListReads;

/** Closing the oldest open business day of this terminal, once its drawers are closed and banked. */
public final class CloseDayModel {

    private final ScreenSession shared;
    private final DayClosures closures;
    private final ListReads reads;
    private final ObjectProperty<DayFigures> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<DayClosure> lastClosure = new SimpleObjectProperty<>();
    private final BooleanProperty confirming = new SimpleBooleanProperty();
    private final StringBinding question = Bindings.createStringBinding(() -> preview.get() == null ? ""
            : "Close " + Dates.longDate(preview.get().date()) + " for good? Its figures can never change after this. "
            + "Tab to \"Yes\" and press Enter to close it.", preview);

    CloseDayModel(ScreenSession shared, DayClosures closures) {
        this.shared = shared;
        this.closures = closures;
        this.reads = shared.reads("the business days");
    }

    void refresh() {
        confirming.set(false);
        reads.read(() -> {
            List<LocalDate> open = closures.unclosedDays(shared.actor().terminal());
            List<DayClosure> done = closures.closures(shared.actor().terminal());
            return new Days(open.isEmpty() ? null : closures.preview(shared.actor().terminal(), open.get(0)),
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
        shared.errors().clear();
        if (preview.get() == null) {
            shared.errors().setGeneral("There is no business day to close.");
            return;
        }
        confirming.set(true);
    }

    void cancel() {
        confirming.set(false);
    }

    /** The second step: closes the day asked about; without the question first, it does nothing. */
    void close(Consumer<DayClosure> closed) {
        shared.errors().clear();
        DayFigures day = preview.get();
        if (!confirming.get()) {
            return;
        }
        confirming.set(false);
        if (day == null) {
            shared.errors().setGeneral("There is no business day to close.");
            return;
        }
        shared.run(() -> closures.close(shared.actor(), day.date()), z -> {
            refresh();
            closed.accept(z);
        });
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

    /** The question on the confirmation card, naming the day. */
    StringBinding question() {
        return question;
    }

    /** The panel's title: the day to close, or that none waits. */
    static String title(DayFigures f) {
        return f == null ? "No business day is waiting to be closed" : "Close " + Dates.longDate(f.date());
    }

    /** The last day closed, its closure number and grand total. */
    static String lastLine(DayClosure last) {
        return last == null ? "No day has been closed yet." : "Last closed: " + last.closureNo() + " for "
                + Dates.longDate(last.figures().date()) + ", grand total " + last.grandTotal().format() + ".";
    }

    /** The day's figures as label and value, ending with the grand total before and after it. */
    static List<String[]> figures(DayFigures f, DayClosure last) {
        if (f == null) {
            return List.of();
        }
        Money previous = last == null ? Money.ZERO : last.grandTotal();
        return List.of(new String[] {"Receipts", f.receipts() + (f.firstReceiptNo() == null ? ""
                        : "  (" + f.firstReceiptNo() + " to " + f.lastReceiptNo() + ")")},
                new String[] {"Fees receipted", f.receipted().format()},
                new String[] {"Voids", f.voids() + "   " + f.voided().negate().format()},
                new String[] {"Dishonoured cheques", f.reversals() + "   " + f.reversed().negate().format()},
                new String[] {"This period", f.periodTotal().format()},
                new String[] {"GST included", f.gst().format()},
                new String[] {"Cash over/short", f.overShort().format()},
                new String[] {"Grand total before", previous.format()},
                new String[] {"Grand total after", previous.plus(f.periodTotal()).format()});
    }
}
