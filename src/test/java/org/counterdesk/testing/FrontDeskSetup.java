package org.counterdesk.testing;

import java.io.IOException;
import java.net.ServerSocket;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.FrontDeskSettings;
import org.counterdesk.frontdesk.SmtpSettings;
import org.counterdesk.staff.Actor;

/** Front desk settings for tests: an email server on this machine, or none. */
public final class FrontDeskSetup {

    public static final String FROM = "frontdesk@riverbend.example.org";

    private FrontDeskSetup() {
    }

    /** Points the desk at an SMTP server on localhost:{@code port} (plain, no login). */
    public static void useSmtp(TestCounter c, Actor admin, int port) {
        save(c, admin, "127.0.0.1", Integer.toString(port));
    }

    /** No email server: hosts are told by phone. */
    public static void noSmtp(TestCounter c, Actor admin) {
        save(c, admin, "", "");
    }

    private static void save(TestCounter c, Actor admin, String host, String port) {
        FrontDeskConfig config = c.services.frontDeskRoom().config();
        FrontDeskSettings s = config.settings();
        config.save(admin, new FrontDeskConfig.Form(host, port, SmtpSettings.Security.NONE, FROM, "", "",
                s.closeOfBusiness().toString(), Integer.toString(s.retentionDays()), String.join("\n", s.enquiryTypes()),
                s.badges().toString(), ""));
    }

    /** A port nothing listens on right now (for a server that is down, then started on it). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
