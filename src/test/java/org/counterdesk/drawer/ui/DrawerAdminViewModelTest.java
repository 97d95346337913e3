package org.counterdesk.drawer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.drawer.Drawer;
import org.counterdesk.testing.CounterModelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The drawers card of the settings screen: drawers, floats and limits typed into its view model. */
class DrawerAdminViewModelTest extends CounterModelTest {

    private DrawerAdminViewModel model;

    @BeforeEach
    void administrator() throws Exception {
        model = new DrawerAdminViewModel(counter.administrator(), counter.drawer().admin());
        steps.run(model::refresh);
    }

    @Test
    void showsTheDrawersAndTheLimits() {
        assertThat(model.shown().drawers()).isNotEmpty();
        assertThat(model.limitsForm().tolerance().get()).isNotBlank();
        assertThat(model.limitsForm().pettyLimit().get()).isNotBlank();
        Drawer first = model.shown().drawers().get(0);
        assertThat(model.state(first)).isEqualTo("In use");
    }

    @Test
    void aFloatThatCannotBeReadIsRefusedBesideItAndNothingIsSaved() {
        int before = model.shown().drawers().size();
        steps.run(() -> {
            model.drawerForm().code().set("CD09");
            model.drawerForm().name().set("Spare drawer");
            model.drawerForm().setFloat().set("1.2.3");
            model.saveDrawer();
        });
        assertThat(model.shown().errors().of("drawerFloat").get()).isNotBlank();
        assertThat(model.shown().status().get()).isEmpty();
        assertThat(model.shown().drawers()).hasSize(before);
    }

    @Test
    void aNewDrawerIsSavedWithItsFloat() {
        steps.run(() -> {
            model.drawerForm().code().set("CD09");
            model.drawerForm().name().set("Spare drawer");
            model.drawerForm().setFloat().set("150");
            model.saveDrawer();
        });
        assertThat(model.shown().status().get()).isEqualTo("Drawer CD09 saved: float $150.00.");
        assertThat(model.shown().drawers()).anyMatch(d -> d.code().equals("CD09"));
    }

    @Test
    void aToleranceThatCannotBeReadIsRefusedBesideIt() {
        steps.run(() -> {
            model.limitsForm().tolerance().set("five");
            model.saveSettings();
        });
        assertThat(model.shown().errors().of("tolerance").get()).isNotBlank();
        assertThat(model.shown().status().get()).isEmpty();
    }
}
