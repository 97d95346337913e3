package org.counterdesk.app;

import java.util.Set;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.Staff;

/**
 * The one policy for which screens a person sees, by role. The shell asks it for each area as
 * it builds the navigation, and where a cashier starts; kept free of JavaFX so that it is read
 * and tested as a plain rule.
 */
public final class ScreenAccess {

    /** The parts of the app a role may be given, each one or a few screens. */
    public enum Area {
        /** Receipt, today's receipts, mail batches and the drawer. */
        RECEIPTING,
        BANKING,
        /** Visitors, deliveries and enquiries. */
        FRONT_DESK,
        ON_SITE,
        STAFF,
        SYNC,
        /** Printer and drawer settings. */
        SETTINGS,
        /** The directory and the front desk settings. */
        FRONT_DESK_ADMIN
    }

    private final Staff staff;
    private final boolean cashiersMayBank;

    /** {@code cashiersMayBank} is the counter's drawer setting that lets cashiers bank too. */
    public ScreenAccess(Staff staff, boolean cashiersMayBank) {
        this.staff = staff;
        this.cashiersMayBank = cashiersMayBank;
    }

    public boolean sees(Area area) {
        return switch (area) {
            case RECEIPTING -> has(Role.CASHIER);
            case BANKING -> has(Role.SUPERVISOR) || has(Role.CASHIER) && cashiersMayBank;
            case FRONT_DESK -> hasAny(Role.CASHIER, Role.SUPERVISOR);
            case ON_SITE -> true;
            case STAFF, SYNC -> hasAny(Role.ADMINISTRATOR, Role.SUPERVISOR);
            case SETTINGS, FRONT_DESK_ADMIN -> has(Role.ADMINISTRATOR);
        };
    }

    /** A cashier whose drawer is not open starts on the drawer screen, to open it before taking money. */
    public boolean startsOnDrawer(boolean drawerOpen) {
        return sees(Area.RECEIPTING) && !drawerOpen;
    }

    private boolean has(Role role) {
        return staff.has(role);
    }

    private boolean hasAny(Role... roles) {
        return Set.of(roles).stream().anyMatch(this::has);
    }
}
