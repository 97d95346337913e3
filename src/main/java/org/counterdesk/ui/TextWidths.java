package org.counterdesk.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Column widths are given in pixels of the normal 14 px text; at a larger text size (up to
 * 150%) a column grows with the text, and never gets narrower than its heading, so the table
 * scrolls sideways rather than cut a heading or a time to "…". The heading's own font is the
 * measure: it is the one the style sheet scales.
 */
final class TextWidths {

    private static final double NORMAL_TEXT = 14;

    private TextWidths() {
    }

    /** Makes {@code c} follow the text size once its table has drawn its heading. */
    static void follow(TableColumn<?, ?> c) {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (c.getTableView() != null && c.getTableView().getSkin() != null
                        && c.getStyleableNode() instanceof Parent header && header.lookup(".label") instanceof Labeled heading) {
                    c.widthProperty().removeListener(this);
                    double least = c.getMinWidth();
                    double wanted = c.getPrefWidth();
                    heading.fontProperty().addListener((f, a, b) -> fit(c, heading, least, wanted));
                    fit(c, heading, least, wanted);
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
        c.setMinWidth(Math.max(least * scale, headingWidth));
        c.setPrefWidth(Math.max(wanted * scale, c.getMinWidth()));
    }
}
