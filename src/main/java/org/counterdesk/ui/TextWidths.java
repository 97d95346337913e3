package org.counterdesk.ui;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Callback;

/**
 * Column widths are given in pixels of the normal 14 px text; at a larger text size (up to
 * 150%) a column grows with the text. A column of short figures or codes never gets narrower
 * than that width, a column that wraps never narrower than its heading; when the columns need
 * more room than the table has, the table scrolls sideways rather than cut text to "…". The
 * heading's own font is the measure: it is the one the style sheet scales.
 */
final class TextWidths {

    private static final double NORMAL_TEXT = 14;
    private static final String WRAPS = "counterdesk.wraps";
    private static final String POLICY = "counterdesk.fitPolicy";
    private static final String WATCHED = "counterdesk.widthWatched";
    private static final String GIVEN = "counterdesk.givenWidths";

    private TextWidths() {
    }

    /** Marks {@code c} as a column whose text wraps, so it may be narrower than its given width. */
    static void wraps(TableColumn<?, ?> c) {
        c.getProperties().put(WRAPS, Boolean.TRUE);
    }

    /** Makes {@code c} follow the text size once its table has drawn its heading. */
    static void follow(TableColumn<?, ?> c) {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number was, Number now) {
                TableView<?> table = c.getTableView();
                Labeled heading = heading(c);
                if (heading != null) {
                    c.widthProperty().removeListener(this);
                    given(c);
                    // Later, not while the new style sheet is being applied to the table's own nodes.
                    heading.fontProperty().addListener((f, a, b) -> Platform.runLater(() -> fitAll(table)));
                    watch(table);
                    fitAll(table);
                }
            }
        };
        c.widthProperty().addListener(once);
    }

    private static Labeled heading(TableColumn<?, ?> c) {
        TableView<?> table = c.getTableView();
        if (table != null && table.getSkin() != null && c.getStyleableNode() instanceof Parent header
                && header.lookup(".label") instanceof Labeled heading) {
            return heading;
        }
        return null;
    }

    /** Sizes every column of {@code table} from its heading's font now (headings are rebuilt at times). */
    private static void fitAll(TableView<?> table) {
        for (TableColumn<?, ?> c : table.getVisibleLeafColumns()) {
            Labeled heading = heading(c);
            if (heading != null) {
                // A column whose width never changed since its table was drawn is taken in here.
                double[] given = given(c);
                fit(c, heading, given[0], given[1]);
            }
        }
        choosePolicy(table);
    }

    /** The column's least and wanted widths at normal text, as first given. */
    private static double[] given(TableColumn<?, ?> c) {
        return (double[]) c.getProperties().computeIfAbsent(GIVEN, k -> new double[] {c.getMinWidth(), c.getPrefWidth()});
    }

    private static void fit(TableColumn<?, ?> c, Labeled heading, double least, double wanted) {
        Font f = heading.getFont();
        double scale = Math.max(1, f.getSize() / NORMAL_TEXT);
        Text probe = new Text(c.getText());
        probe.setFont(f);
        double headingWidth = Math.ceil(probe.getLayoutBounds().getWidth() + 2 * f.getSize());
        double floor = c.getProperties().containsKey(WRAPS) ? least : Math.max(least, wanted);
        c.setMinWidth(Math.max(floor * scale, headingWidth));
        c.setPrefWidth(Math.max(wanted * scale, c.getMinWidth()));
    }

    private static void watch(TableView<?> table) {
        if (table.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            InvalidationListener check = o -> fitAll(table);
            table.widthProperty().addListener(check);
        }
    }

    /** Fills the table's width while the columns fit; once they do not, lets it scroll sideways. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choosePolicy(TableView<?> table) {
        double need = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        // Room for the vertical scroll bar, which may come and go.
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - 16;
        Callback policy = table.getColumnResizePolicy();
        Object fitting = table.getProperties().get(POLICY);
        if (table.getWidth() > 0 && need > room && policy != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.getProperties().put(POLICY, policy);
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        } else if (need <= room && fitting != null && policy == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.setColumnResizePolicy((Callback) fitting);
        }
        if (table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY && table.getWidth() > 0) {
            // A changed width is not fitted to the table until it is resized: fit it now.
            table.getColumnResizePolicy().call(new TableView.ResizeFeatures(table, null, 0.0));
        }
    }
}
