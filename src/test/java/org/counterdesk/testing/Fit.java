package org.counterdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Window sizes for layout journeys, and the check that a node is on show whole, not cut by the window or a scroll. */
public final class Fit {

    private Fit() {
    }

    /** Gives the app's window the size of a small screen. */
    public static void resize(FxRobot robot, double width, double height) {
        Stage stage = (Stage) robot.listTargetWindows().get(0);
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Asserts that {@code node} lies whole inside the window and inside every scroll pane around it. */
    public static void assertWhole(Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = node.localToScene(node.getLayoutBounds());
        Bounds scene = new BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
        assertThat(contains(scene, b)).as("%s at %s is inside the %sx%s window", node.getId(), b,
                scene.getWidth(), scene.getHeight()).isTrue();
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Bounds view = sp.localToScene(sp.getLayoutBounds());
                assertThat(contains(view, b)).as("%s at %s is inside the scrolled view %s", node.getId(), b, view)
                        .isTrue();
            }
        }
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        double slack = 1;
        return inner.getMinX() >= outer.getMinX() - slack && inner.getMinY() >= outer.getMinY() - slack
                && inner.getMaxX() <= outer.getMaxX() + slack && inner.getMaxY() <= outer.getMaxY() + slack;
    }
}
