package org.counterdesk.cli;

import java.io.Console;
import org.counterdesk.common.Refused;
import org.counterdesk.staff.Actor;
import picocli.CommandLine.Option;

/**
 * The person a command acts for, for commands that change records: their staff number on the
 * command line and their PIN typed at the prompt (never echoed, never an argument, so it stays
 * out of the shell's history). A script with no terminal gives the PIN in the environment
 * variable {@code COUNTERDESK_PIN}. Sign-in goes through the same rules as the app: wrong PINs
 * count towards the lock-out, and the journal names the person.
 */
final class SignedIn {

    static final String PIN_VARIABLE = "COUNTERDESK_PIN";

    @Option(names = "--staff", paramLabel = "NUMBER", required = true,
            description = "your staff number; your PIN is asked for (or read from " + PIN_VARIABLE + " without a terminal)")
    private String staffNumber;

    Actor actor(CliContext context) {
        var services = context.services();
        return services.staffRoom().staff().signIn(staffNumber, pin(), services.counter().terminal());
    }

    private String pin() {
        String fromEnvironment = System.getenv(PIN_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new Refused("No PIN: run this at a terminal to be asked for it, or set " + PIN_VARIABLE + ".");
        }
        char[] typed = console.readPassword("PIN for %s: ", staffNumber);
        Refused.unless(typed != null && typed.length > 0, "No PIN was typed.");
        return new String(typed);
    }
}
