package org.counterdesk.ui;

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
                if (table != null && table.getSkin() != null && c.getStyleableNode() instanceof Parent header
                        && header.lookup(".label") instanceof Labeled heading) {
                    c.widthProperty().removeListener(this);
                    double least = c.getMinWidth();
                    double wanted = c.getPrefWidth();
                    heading.fontProperty().addListener((f, a, b) -> fit(c, heading, least, wanted));
                    fit(c, heading, least, wanted);
                    watch(table);
                }
            }
        };
        c.widthProperty().addListener(once);
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
        if (c.getTableView() != null) {
            choosePolicy(c.getTableView());
        }
    }

    private static void watch(TableView<?> table) {
        if (table.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            InvalidationListener check = o -> choosePolicy(table);
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
    }
}
