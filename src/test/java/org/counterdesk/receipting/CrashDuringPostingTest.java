package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.counterdesk.journal.JournalVerification;
import org.counterdesk.money.Money;
import org.counterdesk.store.DocSequences;
import org.counterdesk.testing.ChildCounter;
import org.counterdesk.testing.ReceiptMix;
import org.counterdesk.testing.TestCounter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a counter that is posting receipts as fast as it can (SIGKILL, so no shutdown hook and
 * no clean close), several times over on the same data folder, then reopens the database and
 * checks what a crash must never do: a gap or a duplicate in the receipt numbers, a receipt the
 * customer was given that is missing, a receipt with a part missing, or a broken journal.
 */
class CrashDuringPostingTest {

    private static final int ROUNDS = 3;
    private static final int RECEIPTS_BEFORE_KILL = 40;
    /** Generous: a cold JVM on a busy two-core CI machine, Flyway and the demo data first. */
    private static final Duration CHILD_START = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void receiptsSurviveBeingKilledMidWriteWholeGaplessAndJournaled() throws Exception {
        List<String> printed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            try (ChildCounter child = ChildCounter.start(dir, round)) {
                child.awaitPosted(RECEIPTS_BEFORE_KILL, CHILD_START);
                TimeUnit.MILLISECONDS.sleep(round); // each round is killed at a slightly different point
                child.kill();
                printed.addAll(child.posted());
            }
        }
        assertThat(printed).hasSizeGreaterThanOrEqualTo(ROUNDS * RECEIPTS_BEFORE_KILL).doesNotHaveDuplicates();

        try (TestCounter c = TestCounter.open(dir)) {
            Jdbi jdbi = c.services.database().jdbi();
            Map<String, List<Long>> numbers = jdbi.withHandle(CrashDuringPostingTest::numbersByTerminal);
            assertThat(numbers).containsOnlyKeys("CD01");
            for (Map.Entry<String, List<Long>> terminal : numbers.entrySet()) {
                List<Long> got = terminal.getValue();
                long max = got.get(got.size() - 1);
                assertThat(got).as("receipt numbers of %s", terminal.getKey())
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, max).boxed().toList());
                long lastIssued = jdbi.withHandle(h -> DocSequences.last(h, terminal.getKey(), "RECEIPT"));
                assertThat(lastIssued).as("last receipt number issued at %s", terminal.getKey()).isEqualTo(max);
            }

            List<String> stored = jdbi.withHandle(h ->
                    h.createQuery("SELECT receipt_no FROM receipt ORDER BY number").mapTo(String.class).list());
            assertThat(stored).as("receipts handed to customers").containsAll(printed);
            for (String no : stored) {
                assertWhole(c.services.receipting().receipts().byNumber(no).orElseThrow());
            }

            JournalVerification chain = jdbi.withHandle(h -> c.services.journal().verify(h));
            assertThat(chain.firstBreak()).isEmpty();
            assertThat(chain.intact()).isTrue();
            // The terminal's chain counter stands at its last entry, and the chain has no gap.
            long lastInChain = jdbi.withHandle(h -> DocSequences.last(h, "CD01", "CHAIN"));
            List<Long> places = jdbi.withHandle(h -> h.createQuery("SELECT chain_seq FROM journal "
                    + "WHERE terminal = 'CD01' AND chain_seq IS NOT NULL ORDER BY chain_seq").mapTo(Long.class).list());
            assertThat(places).as("CD01's journal chain")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, lastInChain).boxed().toList());
            List<String> journaled = jdbi.withHandle(h -> h.createQuery(
                            "SELECT subject_id FROM journal WHERE event = 'RECEIPT_POSTED' ORDER BY seq")
                    .mapTo(String.class).list());
            assertThat(journaled).as("one RECEIPT_POSTED entry per receipt").containsExactlyElementsOf(stored);

            Receipt next = c.services.receipting().poster().post(c.cashier(), new ReceiptMix(c.services).counter(1));
            assertThat(next.receiptNo()).isEqualTo(DocumentNumbers.RECEIPT.format("CD01", stored.size() + 1L));
        }
    }

    private static Map<String, List<Long>> numbersByTerminal(Handle h) {
        return h.createQuery("SELECT t.code, r.number FROM receipt r JOIN terminal t ON t.id = r.terminal_id "
                        + "ORDER BY t.code, r.number")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Lines and tenders all there, and the totals reconcile as the receipt printed them. */
    private static void assertWhole(Receipt r) {
        assertThat(r.lines()).as("lines of %s", r.receiptNo()).isNotEmpty();
        assertThat(r.tenders()).as("tenders of %s", r.receiptNo()).isNotEmpty();
        assertThat(r.lines()).extracting(ReceiptLine::lineNo).as("line numbers of %s", r.receiptNo())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, r.lines().size()).boxed().toList());
        Money lines = r.lines().stream().map(ReceiptLine::amount).reduce(Money.ZERO, Money::plus);
        Money gst = r.lines().stream().map(ReceiptLine::gst).reduce(Money.ZERO, Money::plus);
        Money tendered = r.tenders().stream().map(Tender::amount).reduce(Money.ZERO, Money::plus);
        assertThat(lines).as("lines of %s add up to its total", r.receiptNo()).isEqualTo(r.total());
        assertThat(gst).as("GST of %s", r.receiptNo()).isEqualTo(r.gst());
        assertThat(tendered.minus(r.change())).as("tenders less change of %s", r.receiptNo())
                .isEqualTo(r.total().plus(r.rounding()));
    }
}
