package org.counterdesk.testing;

import java.nio.file.Path;
import org.counterdesk.desk.FrontDeskRoom;
import org.counterdesk.staff.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front desk test: a demo counter on a real H2 file (or the database {@link #store()} names),
 * its front desk services, the demo cashier signed in.
 */
public abstract class FrontDeskTest {

    @TempDir
    protected Path dir;
    protected TestCounter c;
    protected FrontDeskRoom fd;
    protected Actor cashier;

    @BeforeEach
    void openCounter() throws Exception {
        c = TestCounter.demo(dir, store());
        fd = c.services.frontDeskRoom();
        cashier = c.cashier();
    }

    /** The database the counter runs on; a test class over both overrides it with its {@code @Parameter}. */
    protected Store store() {
        return Store.H2;
    }

    @AfterEach
    void closeCounter() {
        c.close();
    }
}
