package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.counterdesk.common.Refused;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.StorageException;
import org.counterdesk.testing.FailingCommit;
import org.counterdesk.testing.FailingTrigger;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A draft makes one receipt however often it is posted: again after a failure, after a failure
 * that came after the commit, from two threads at once, and in a mail batch.
 */
class DraftPostedOnceTest {

    @TempDir
    Path dir;

    @AfterEach
    void disarm() {
        FailingCommit.armed = false;
        FailingTrigger.reset();
    }

    private static ReceiptDraft tagInCash(TestCounter c) {
        return ReceiptDraft.empty().withLine(c.line("TAG")).withTender(Tender.cash(Money.ofDollars(10)));
    }

    @Test
    void postingTheSameDraftAgainGivesBackTheReceiptItMade() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            ReceiptDraft draft = tagInCash(c);

            Receipt first = c.services.receipting().poster().post(cashier, draft);
            Receipt again = c.services.receipting().poster().post(cashier, draft.withPayer("Someone", null));

            assertThat(again.receiptNo()).isEqualTo(first.receiptNo()).isEqualTo("CD01-000001");
            assertThat(again.payerName()).as("the receipt already posted, unchanged").isNull();
            assertThat(c.rows("receipt")).isEqualTo(1);
            assertThat(c.services.receipting().poster().post(cashier, tagInCash(c)).receiptNo()).as("no number used")
                    .isEqualTo("CD01-000002");
        }
    }

    @Test
    void aDraftChangedAfterItWasPostedIsRefusedAndTheReceiptStands() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            ReceiptDraft draft = tagInCash(c);
            c.services.receipting().poster().post(cashier, draft);

            assertThatThrownBy(() -> c.services.receipting().poster().post(cashier, draft.withLine(c.line("CATD"))
                    .withTender(Tender.cash(Money.ofDollars(100)))))
                    .isInstanceOf(Refused.class)
                    .hasMessageStartingWith("This draft was already posted as CD01-000001 ($7.02) before it was changed");
            assertThat(c.rows("receipt")).isEqualTo(1);
            assertThat(c.rows("receipt_line")).isEqualTo(1);
        }
    }

    @Test
    void aFailureAfterTheCommitShowsTheSavedReceiptAndARetryMakesNoSecond() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            FailingCommit.install(c.services.database().jdbi());
            ReceiptDraft draft = tagInCash(c);

            FailingCommit.armed = true;
            Receipt saved = c.services.receipting().poster().post(cashier, draft);
            Receipt retried = c.services.receipting().poster().post(cashier, draft);

            assertThat(FailingCommit.armed).as("the failure was injected").isFalse();
            assertThat(saved.receiptNo()).isEqualTo(retried.receiptNo()).isEqualTo("CD01-000001");
            assertThat(c.rows("receipt")).isEqualTo(1);
            assertThat(journalEntries(c)).isEqualTo(1);
        }
    }

    @Test
    void aReceiptFoundAlreadySavedIsToldApartFromANewOne() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            FailingCommit.install(c.services.database().jdbi());
            ReceiptDraft draft = tagInCash(c);

            Posting first = c.services.receipting().poster().posting(cashier, draft, null);
            Posting again = c.services.receipting().poster().posting(cashier, draft, null);
            ReceiptDraft next = tagInCash(c);
            FailingCommit.armed = true;
            Posting answerLost = c.services.receipting().poster().posting(cashier, next, null);

            assertThat(first.alreadySaved()).as("made by this post").isFalse();
            assertThat(again.alreadySaved()).as("the same draft posted again").isTrue();
            assertThat(again.receipt().receiptNo()).isEqualTo(first.receipt().receiptNo()).isEqualTo("CD01-000001");
            assertThat(FailingCommit.armed).as("the failure was injected").isFalse();
            assertThat(answerLost.alreadySaved()).as("saved although its post reported a failure").isTrue();
            assertThat(answerLost.receipt().receiptNo()).isEqualTo("CD01-000002");
        }
    }

    @Test
    void aFailureBeforeTheCommitSaysNothingWasSavedAndTheRetryPosts() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            FailingTrigger.install(c.services.database().jdbi(), "tender");
            ReceiptDraft draft = tagInCash(c);

            FailingTrigger.arm(c.services.database().jdbi(), true);
            assertThatThrownBy(() -> c.services.receipting().poster().post(cashier, draft)).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("Could not post the receipt; nothing was saved and no number was used");
            FailingTrigger.arm(c.services.database().jdbi(), false);

            assertThat(c.services.receipting().poster().post(cashier, draft).receiptNo()).isEqualTo("CD01-000001");
            assertThat(c.rows("receipt")).isEqualTo(1);
        }
    }

    @Test
    void whenTheDatabaseCannotBeAskedTheMessageSaysPostingAgainIsSafe() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            ReceiptDraft draft = tagInCash(c);
            c.services.database().close();

            assertThatThrownBy(() -> c.services.receipting().poster().post(cashier, draft)).isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("Could not post the receipt: ")
                    .hasMessageEndingWith("It may or may not have been saved: post again; the same draft can never "
                            + "make a second receipt.")
                    .hasMessageNotContaining("nothing was saved");
        }
    }

    @Test
    void twoThreadsPostingOneDraftAtOnceMakeOneReceipt() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            for (int round = 1; round <= 3; round++) {
                ReceiptDraft draft = tagInCash(c);
                List<Receipt> both = postTwiceAtOnce(c, cashier, draft);

                assertThat(both.get(0).receiptNo()).isEqualTo(both.get(1).receiptNo())
                        .isEqualTo("CD01-00000" + round);
                assertThat(c.rows("receipt")).isEqualTo(round);
            }
        }
    }

    @Test
    void aMailBatchPaymentPostedTwiceIsKeyedOnce() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            MailBatch batch = c.services.receipting().mailBatches().open(cashier, "Mail 23 Nov", 1, Money.ofCents(5250));
            ReceiptDraft dog = ReceiptDraft.empty().withLine(c.line("DOGD"))
                    .withTender(Tender.cheque(Money.ofCents(5250), "J Citizen", "Westpac", "032000", "100234"));

            Receipt first = c.services.receipting().poster().post(cashier, dog, batch.id());
            Receipt again = c.services.receipting().poster().post(cashier, dog, batch.id());

            assertThat(again.receiptNo()).isEqualTo(first.receiptNo());
            assertThat(c.services.receipting().mailBatches().finish(cashier, batch.id()).balanced()).isTrue();
        }
    }

    private static List<Receipt> postTwiceAtOnce(TestCounter c, Actor cashier, ReceiptDraft draft) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Receipt>> posts = List.of(
                    pool.submit(() -> {
                        start.await();
                        return c.services.receipting().poster().post(cashier, draft);
                    }),
                    pool.submit(() -> {
                        start.await();
                        return c.services.receipting().poster().post(cashier, draft);
                    }));
            start.countDown();
            return List.of(posts.get(0).get(), posts.get(1).get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long journalEntries(TestCounter c) {
        return c.services.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM journal WHERE event = 'RECEIPT_POSTED'").mapTo(Long.class).one());
    }
}
