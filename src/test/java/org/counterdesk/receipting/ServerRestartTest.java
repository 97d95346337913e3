package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.SiteSettings;
import org.counterdesk.store.StorageException;
import org.counterdesk.testing.SiteTerminals;
import org.counterdesk.testing.StoppablePostgres;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's server stopped and started again while counters post (each with its own
 * connections): every receipt handed over exists once, none twice, the numbers have no gap,
 * and verify passes. A post that failed in the outage is tried again with the same draft until
 * it goes through, as the receipt screen does.
 */
class ServerRestartTest {

    private static final int COUNTERS = 3;
    private static final int RECEIPTS_EACH = 8;

    @TempDir
    Path dir;

    private final Set<String> handedOver = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failedTries = new AtomicInteger();
    private final AtomicInteger foundSaved = new AtomicInteger();
    private final AtomicBoolean restarted = new AtomicBoolean();
    private final CountDownLatch postingBefore = new CountDownLatch(COUNTERS);
    private final CountDownLatch sawOutage = new CountDownLatch(COUNTERS);
    private final Set<Thread> metOutage = ConcurrentHashMap.newKeySet();

    @Test
    void everyReceiptHandedOverAcrossARestartExistsOnceWithNoGapInTheNumbers() throws Exception {
        try (StoppablePostgres server = StoppablePostgres.start(dir.resolve("pg"))) {
            SiteSettings site = server.settings(dir.resolve("server"));
            try (TestCounter first = SiteTerminals.pc(site, dir.resolve("pc0"))) {
                first.services.setupRoom().firstRun().loadDemo();
                Actor casey = first.cashier();
                // The terminal's first number is allocated alone (the start of the numbering is not what this tests).
                handedOver.add(first.receipting().poster().post(casey, ReceiptDraft.empty().withLine(first.line("TAG"))
                        .withTender(Tender.cash(Money.ofDollars(10)))).receiptNo());
                List<TestCounter> pcs = new ArrayList<>();
                ExecutorService threads = Executors.newFixedThreadPool(COUNTERS);
                try {
                    List<Future<?>> done = new ArrayList<>();
                    for (int i = 1; i <= COUNTERS; i++) {
                        TestCounter pc = SiteTerminals.pc(site, dir.resolve("pc" + i));
                        pcs.add(pc);
                        done.add(threads.submit(() -> {
                            postAcrossTheOutage(pc);
                            return null;
                        }));
                    }
                    assertThat(postingBefore.await(60, TimeUnit.SECONDS)).as("every counter posting").isTrue();
                    server.stop();
                    assertThat(sawOutage.await(60, TimeUnit.SECONDS)).as("every counter met the outage").isTrue();
                    server.startAgain();
                    restarted.set(true);
                    for (Future<?> f : done) {
                        f.get(120, TimeUnit.SECONDS);
                    }
                } finally {
                    threads.shutdownNow();
                    pcs.forEach(TestCounter::close);
                }

            }
            // Checked from a PC started after the restart (a PC idle through it learns of it only when a statement fails).
            try (TestCounter checker = SiteTerminals.pc(site, dir.resolve("checker"))) {
                List<Long> numbers = checker.services.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT number FROM receipt ORDER BY number").mapTo(Long.class).list());
                assertThat(failedTries.get()).as("posts failed during the outage").isPositive();
                assertThat(handedOver).hasSizeGreaterThanOrEqualTo(COUNTERS * RECEIPTS_EACH + 1);
                assertThat(numbers).as("each receipt handed over exists once, and no other")
                        .hasSize(handedOver.size())
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, handedOver.size()).boxed().toList());
                assertThat(checker.services.auditRoom().integrity().run().firstProblem()).as("verify").isEmpty();
                System.out.printf("ServerRestartTest: %d receipts, %d failed tries, %d found already saved%n",
                        numbers.size(), failedTries.get(), foundSaved.get());
            }
        }
    }

    /** One counter: posts until it has met the outage, the server is back and it has posted its share. */
    private void postAcrossTheOutage(TestCounter pc) throws InterruptedException {
        Actor casey = pc.signIn("1001", "1111");
        DraftLine tag = pc.line("TAG");
        int posted = 0;
        while (posted < RECEIPTS_EACH || !restarted.get()) {
            ReceiptDraft draft = ReceiptDraft.empty().withLine(tag).withTender(Tender.cash(Money.ofDollars(10)));
            Posting p = postUntilSaved(pc, casey, draft);
            assertThat(handedOver.add(p.receipt().receiptNo())).as("handed over once: " + p.receipt().receiptNo())
                    .isTrue();
            if (++posted == 2) {
                postingBefore.countDown();
            }
        }
    }

    /** Posts {@code draft} again and again (the same draft, so the same id) until the post returns. */
    private Posting postUntilSaved(TestCounter pc, Actor casey, ReceiptDraft draft) throws InterruptedException {
        while (true) {
            try {
                Posting p = pc.receipting().poster().posting(casey, draft, null);
                if (p.alreadySaved()) {
                    foundSaved.incrementAndGet();
                }
                return p;
            } catch (RuntimeException e) {
                assertThat(StorageException.serverUnreachable(e)).as("an outage, worded: " + e.getMessage()).isTrue();
                failedTries.incrementAndGet();
                if (metOutage.add(Thread.currentThread())) {
                    sawOutage.countDown();
                }
                Thread.sleep(50);
            }
        }
    }
}
