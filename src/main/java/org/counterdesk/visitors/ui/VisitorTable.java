package org.counterdesk.visitors.ui;

import java.time.ZoneId;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.ui.KeptSelection;
import org.counterdesk.ui.Columns;

/**
 * The table of today's visitors: badge, name, host, times and whether the host was told; rows
 * of visitors on site and of those signed out at the last close are marked for the style sheet.
 */
final class VisitorTable {

    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    private static final PseudoClass ON_SITE = PseudoClass.getPseudoClass("onsite");

    private VisitorTable() {
    }

    /** Fills {@code table} from the model's rows and ties the model's selection to it. */
    static void build(TableView<VisitorsViewModel.Row> table, VisitorsViewModel model) {
        ZoneId zone = model.shown().zone();
        table.setItems(model.shown().rows());
        var badge = Columns.figures("Badge", 70, (VisitorsViewModel.Row r) -> Integer.toString(r.visit().badge()));
        var in = Columns.text("In", 90, (VisitorsViewModel.Row r) -> DeskTimes.time(r.visit().signedInAt(), zone));
        var out = Columns.text("Out", 90, (VisitorsViewModel.Row r) -> r.visit().onSite() ? "on site"
                : (r.visit().automatic() ? "auto " : "") + DeskTimes.time(r.visit().signedOutAt(), zone));
        // Numbers and times stay whole; the names and the notification share what width is left.
        badge.setMinWidth(68);
        in.setMinWidth(100);
        out.setMinWidth(116);
        table.getColumns().setAll(List.of(badge,
                Columns.wrapped("Visitor", 140, r -> r.visit().name()),
                Columns.wrapped("Organisation", 140, r -> r.visit().organisation() == null ? "" : r.visit().organisation()),
                Columns.wrapped("Host", 170, r -> r.visit().host().describe()),
                in, out,
                Columns.wrapped("Host told", 180, VisitorsViewModel.Row::told)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No visitors yet today."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VisitorsViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(FLAGGED, !empty && r != null && r.flagged());
                pseudoClassStateChanged(ON_SITE, !empty && r != null
                        && r.visit().onSite());
            }
        });
        model.input().selected().bind(table.getSelectionModel().selectedItemProperty());
        // The list is read again whenever a host is told; keep the desk's selection across that.
        KeptSelection.byId(table, r -> r.visit().id());
    }
}
