package org.counterdesk.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The people a demo counter is set up with, and their PINs (the README lists them so anyone can
 * try the app). Kept with staff (not setup) because
 * the sign-in screen shows them too, and staff must not depend on the setup that uses it.
 */
public final class DemoStaff {

    /** A demo person: who they are, what they may do, and the PIN anyone trying the demo types. */
    public record Person(String staffNumber, String name, Set<Role> roles, String pin) {
    }

    public static final List<Person> PEOPLE = List.of(
            new Person("1001", "Casey Nguyen", EnumSet.of(Role.CASHIER), "1111"),
            new Person("2001", "Sam Okafor", EnumSet.of(Role.CASHIER, Role.SUPERVISOR), "2222"),
            new Person("9001", "Alex Morgan", EnumSet.of(Role.ADMINISTRATOR), "9999"));

    private DemoStaff() {
    }
}
