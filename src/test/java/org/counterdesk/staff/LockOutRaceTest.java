package org.counterdesk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.counterdesk.common.Refused;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty wrong PINs for one person at the same moment lock them every time, and the right PIN
 * afterwards is refused; an unknown number and a wrong PIN cannot be told apart by the answer.
 */
class LockOutRaceTest {

    private static final int AT_ONCE = 20;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void twentySimultaneousWrongPinsLockThePersonEveryTime() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor supervisor = c.supervisor();
            long caseyId = c.signIn("1001", "1111").staff().id();
            for (int round = 1; round <= ROUNDS; round++) {
                List<String> answers = wrongPinsAtOnce(c);

                assertThat(answers).as("round %d", round).hasSize(AT_ONCE).allSatisfy(a -> assertThat(a).isIn(
                        StaffService.MISMATCH, lockedMessage()));
                assertThat(failures(c, caseyId)).as("failures counted in round %d", round).isBetween(5, AT_ONCE);
                assertThat(c.services.staffRoom().staff().byId(caseyId).orElseThrow().locked()).as("round %d", round).isTrue();
                assertThatThrownBy(() -> c.signIn("1001", "1111")).hasMessage(lockedMessage());
                assertThat(journalCount(c, "STAFF_LOCKED")).as("one lock per round").isEqualTo(round);
                c.services.staffRoom().staff().unlock(supervisor, caseyId);
            }
            assertThat(c.signIn("1001", "1111").staff().id()).isEqualTo(caseyId);
        }
    }

    @Test
    void anUnknownNumberAndAWrongPinGetTheSameAnswerWithoutAName() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Refused unknown = refusal(() -> c.signIn("4242", "0000"));
            Refused wrongPin = refusal(() -> c.signIn("1001", "0000"));

            assertThat(unknown.getMessage()).isEqualTo(wrongPin.getMessage()).isEqualTo(StaffService.MISMATCH)
                    .doesNotContain("Casey");
            assertThat(unknown.field()).isEqualTo(wrongPin.field());
        }
    }

    private static List<String> wrongPinsAtOnce(TestCounter c) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> tries = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                tries.add(pool.submit(() -> {
                    start.await();
                    return refusal(() -> c.signIn("1001", "0000")).getMessage();
                }));
            }
            start.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> f : tries) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Refused refusal(Runnable signIn) {
        try {
            signIn.run();
        } catch (Refused r) {
            return r;
        }
        throw new AssertionError("The sign-in was accepted");
    }

    private static String lockedMessage() {
        return "Staff number 1001 is locked after 5 wrong PINs: a supervisor or administrator must unlock it.";
    }

    private static int failures(TestCounter c, long id) {
        return c.services.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT failed_attempts FROM staff WHERE id = :id").bind("id", id).mapTo(Integer.class).one());
    }

    private static long journalCount(TestCounter c, String event) {
        return c.services.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM journal WHERE event = :e").bind("e", event).mapTo(Long.class).one());
    }
}
