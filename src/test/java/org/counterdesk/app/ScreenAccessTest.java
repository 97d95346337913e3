package org.counterdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.counterdesk.app.ScreenAccess.Area;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.Staff;
import org.junit.jupiter.api.Test;

/** Which areas each role sees: the table the shell builds its navigation from. */
class ScreenAccessTest {

    @Test
    void aCashierTakesMoneyAndWorksTheDeskButBanksOnlyWhenTheCounterAllowsIt() {
        assertThat(areas(false, Role.CASHIER)).containsExactlyInAnyOrder(Area.RECEIPTING, Area.FRONT_DESK, Area.ON_SITE);
        assertThat(areas(true, Role.CASHIER)).contains(Area.BANKING);
    }

    @Test
    void aSupervisorBanksAndManagesStaffAndSyncButTakesNoMoney() {
        assertThat(areas(false, Role.SUPERVISOR)).containsExactlyInAnyOrder(Area.BANKING, Area.FRONT_DESK, Area.ON_SITE,
                Area.STAFF, Area.SYNC);
    }

    @Test
    void anAdministratorSetsTheCounterUpButNeitherTakesMoneyNorBanks() {
        assertThat(areas(true, Role.ADMINISTRATOR)).containsExactlyInAnyOrder(Area.ON_SITE, Area.STAFF, Area.SYNC,
                Area.SETTINGS, Area.FRONT_DESK_ADMIN);
    }

    @Test
    void onlyACashierWithADrawerNotOpenStartsOnTheDrawer() {
        assertThat(access(false, Role.CASHIER).startsOnDrawer(false)).isTrue();
        assertThat(access(false, Role.CASHIER).startsOnDrawer(true)).isFalse();
        assertThat(access(false, Role.SUPERVISOR).startsOnDrawer(false)).isFalse();
    }

    private static Set<Area> areas(boolean cashiersMayBank, Role... roles) {
        ScreenAccess access = access(cashiersMayBank, roles);
        return Stream.of(Area.values()).filter(access::sees).collect(Collectors.toSet());
    }

    private static ScreenAccess access(boolean cashiersMayBank, Role... roles) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Set.of(roles));
        return new ScreenAccess(new Staff(1, "1001", "Test Person", set, true, false), cashiersMayBank);
    }
}
