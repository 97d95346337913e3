package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.counterdesk.banking.Deposit;
import org.counterdesk.drawer.DrawerDao;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.store.SiteSettings;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.PostgresServer;
import org.counterdesk.testing.SiteTerminals;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;

/**
 * The cash office on a site of two counters: the banking screen offers "This counter / Whole
 * site", starts on this counter's drawers, and the whole site's drawers go in one deposit.
 */
class SiteBankingJourneyTest extends DemoUiTest {

    private TestCounter other;

    @Override
    public void start(Stage stage) throws Exception {
        SiteSettings site = PostgresServer.freshDatabase(dir.resolve("server"));
        counter = SiteTerminals.pc(site, dir.resolve("cd01"));
        prepare(counter);
        other = closedAfterTheWindow(SiteTerminals.pc(site, dir.resolve("cd02")));
        Terminal cd02 = SiteTerminals.join(other, "CD02");
        other.services.database().jdbi().useHandle(h -> new DrawerDao(h).addDrawer(cd02.id(), "CD02-1", "Drawer 1",
                Money.ofCents(200_00)));
        Actor admin = counter.signIn("9001", "9999");
        counter.services.staffRoom().staff().add(admin, "2002", "Pat Reyes", EnumSet.of(Role.SUPERVISOR), "4680");
        Actor casey = counter.cashier();
        Days.cashTag(counter, casey);
        Drawers.closeBalanced(counter.services, casey);
        Actor sam = other.signIn("2001", "2222");
        Drawers.open(other.services, sam);
        Days.cashTag(other, sam);
        Drawers.closeBalanced(other.services, sam);
        openWindow(stage);
    }


    @Test
    void theWholeSitesDrawersAreBankedInOneDeposit() {
        signIn("2001", "2222");
        waitUntil(() -> showing("#nav"));
        push(KeyCode.ALT, KeyCode.B);
        assertFocused("#reference");
        waitUntil(() -> showing("#bankingScope"));
        RadioButton thisCounter = lookup("#bankThisCounter").query();
        RadioButton wholeSite = lookup("#bankWholeSite").query();
        assertThat(thisCounter.isSelected()).isTrue();
        assertThat(wholeSite.isFocusTraversable()).isTrue();
        assertThat(wholeSite.getAccessibleText()).isNotBlank();
        TableView<?> sessions = lookup("#bankSessions").queryTableView();
        assertThat(sessions.getItems()).hasSize(1);

        clickOn("#bankWholeSite");
        waitUntil(() -> sessions.getItems().size() == 2);
        push(KeyCode.ALT, KeyCode.B);
        assertFocused("#reference");
        enter("BAG 12");
        enter("2002");
        enter("4680");
        waitUntil(() -> !counter.services.bankingRoom().banking().deposits().isEmpty());

        Deposit d = counter.services.bankingRoom().banking().deposits().get(0);
        assertThat(counter.services.bankingRoom().banking().detail(d.id()).contents().sessions()).hasSize(2);
        assertThat(d.checkedBy()).isEqualTo("Pat Reyes");
    }
}
