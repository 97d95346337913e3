package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A list is read off the FX thread and applied on it; an older read is dropped; a failure is said in words. */
class ListReadsTest {

    private final FormErrors errors = new FormErrors();
    private final ListReads reads = new ListReads("today's visitors", errors);
    private final List<String> applied = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theResultIsReadOffTheFxThreadAndAppliedOnItBeforeWhatWaitsForTheReads() throws Exception {
        List<Boolean> readOnFx = new ArrayList<>();
        List<Boolean> appliedOnFx = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> reads.read(() -> {
            readOnFx.add(Platform.isFxApplicationThread());
            return "Jane Citizen";
        }, v -> {
            appliedOnFx.add(Platform.isFxApplicationThread());
            applied.add(v);
        }));
        WaitForAsyncUtils.asyncFx(() -> ListReads.afterReads(() -> applied.add("then the cursor")));
        settle();
        assertThat(applied).containsExactly("Jane Citizen", "then the cursor");
        assertThat(readOnFx).containsExactly(false);
        assertThat(appliedOnFx).containsExactly(true);
    }

    @Test
    void aReadOvertakenByANewerOneIsDropped() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> reads.read(() -> {
            slowStarted.countDown();
            await(release);
            return "old list";
        }, applied::add));
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> reads.read(() -> "new list", applied::add));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> applied.contains("new list"));
        release.countDown();
        settle();
        assertThat(applied).containsExactly("new list");
    }

    @Test
    void aServerThatIsGoneIsSaidInWordsAndTheNextGoodReadTakesTheMessageAway() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> reads.<String>read(() -> {
            throw new ConnectionException(new SQLException("Connection refused", "08001"));
        }, applied::add));
        settle();
        assertThat(applied).isEmpty();
        assertThat(errors.general().get()).isEqualTo("Could not read today's visitors: the site's database server cannot "
                + "be reached (the network or the server is down). To try again, open this screen again.");

        WaitForAsyncUtils.asyncFx(() -> reads.read(() -> "back", applied::add));
        settle();
        assertThat(applied).containsExactly("back");
        assertThat(errors.general().get()).isEmpty();
    }

    @Test
    void aStoppedDatabaseAndAnUnexpectedFailureAreSaidWithoutAStackTrace() {
        String stopped = ListReads.message("today's visitors",
                new IllegalStateException(new SQLException("closed", "90098", ErrorCode.DATABASE_IS_CLOSED)));
        assertThat(stopped).startsWith("Could not read today's visitors: the database has stopped")
                .endsWith("then close and restart Counterdesk.");
        String bug = ListReads.message("today's visitors", new NullPointerException("row was null"));
        assertThat(bug).isEqualTo("Could not read today's visitors: something went wrong (the details are in the log). "
                + "To try again, open this screen again; if it keeps happening, tell your supervisor.");
        assertThat(stopped + bug).doesNotContain("Exception", "\tat ");
    }

    /** Waits until every read has been applied and the FX thread has nothing left to do. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ListReads::idle);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
