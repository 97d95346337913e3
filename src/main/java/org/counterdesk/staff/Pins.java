package org.counterdesk.staff;

import java.util.Locale;
import org.counterdesk.common.Refused;

/** The rules for a PIN: 4 to 8 digits. */
public final class Pins {

    private Pins() {
    }

    public static void check(String pin) {
        if (pin == null || !pin.matches("\\d{4,8}")) {
            throw new Refused("pin", "A PIN is 4 to 8 digits.");
        }
    }

    /** Staff numbers: 1 to 12 letters or digits, kept in capitals. */
    public static String staffNumber(String typed) {
        String n = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!n.matches("[A-Z0-9]{1,12}")) {
            throw new Refused("staffNumber", "A staff number is 1 to 12 letters or digits.");
        }
        return n;
    }
}
