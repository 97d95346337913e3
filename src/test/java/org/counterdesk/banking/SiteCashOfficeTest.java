package org.counterdesk.banking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.counterdesk.app.AppServices;
import org.counterdesk.common.JsonSchemas;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.exchange.batch.BatchResult;
import org.counterdesk.exchange.batch.ExportProgress;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.ReceiptMix;
import org.counterdesk.testing.SiteCounters;
import org.counterdesk.testing.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's cash office on a shared PostgreSQL server: drawers closed at two counters are banked
 * by a supervisor at the first in one deposit, after which each counter closes its own day and the
 * whole site still verifies; banking per terminal leaves the other counter's drawer for later.
 */
class SiteCashOfficeTest {

    @TempDir
    Path dir;

    @Test
    void aSupervisorBanksEveryClosedDrawerOfTheSiteInOneDeposit() throws Exception {
        try (SiteCounters site = SiteCounters.open(dir, Store.POSTGRESQL, 2)) {
            List<DrawerSession> closed = takeAndClose(site);
            AppServices cd01 = site.first();
            Actor sam = signIn(cd01, "2001", "2222");
            Banking banking = cd01.bankingRoom().banking();
            assertThat(banking.candidates().plan().sessions()).extracting(DrawerSession::id)
                    .containsExactly(closed.get(0).id());
            assertThat(banking.candidates(Banking.Scope.SITE).plan().sessions()).extracting(DrawerSession::id)
                    .containsExactlyElementsOf(closed.stream().map(DrawerSession::id).toList());

            Deposit deposit = banking.bank(sam, Banking.Scope.SITE, "BAG 77", "2002", "4680");

            assertThat(deposit.checkedBy()).isNotEqualTo(deposit.preparedBy());
            assertThat(banking.candidates(Banking.Scope.SITE).plan().sessions()).isEmpty();
            for (SiteCounters.Counter c : site.counters()) {
                LocalDate day = c.services().counter().businessDate();
                Actor supervisor = signIn(c.services(), "2001", "2222");
                DayClosure closure = c.services().bankingRoom().dayClosures().close(supervisor, day);
                assertThat(closure.closureNo()).startsWith(c.terminal() + "-Z");
            }
            assertThat(cd01.auditRoom().integrity().run(List.of()).intact()).isTrue();
            JsonNode deposits = exportedDeposits(cd01);
            assertThat(deposits).hasSize(1);
            assertThat(deposits.get(0).get("drawers").findValuesAsText("terminal")).containsExactly("CD01", "CD02");
            assertThat(exportedDeposits(site.counters().get(1).services())).isEmpty();
            String advice = Pdfs.text(cd01.bankingRoom().printing().printDepositAdvice(deposit.id())).replaceAll("\\s+", " ");
            for (DrawerSession s : closed) {
                assertThat(advice).contains(s.cashierName(), s.drawerCode());
            }
        }
    }

    @Test
    void bankingPerTerminalLeavesTheOtherCountersDrawer() throws Exception {
        try (SiteCounters site = SiteCounters.open(dir, Store.POSTGRESQL, 2)) {
            List<DrawerSession> closed = takeAndClose(site);
            AppServices cd02 = site.counters().get(1).services();
            Deposit own = cd02.bankingRoom().banking().bank(signIn(cd02, "2001", "2222"), "BAG 78", "2002", "4680");

            assertThat(cd02.bankingRoom().banking().detail(own.id()).contents().sessions()).extracting(DrawerSession::id)
                    .containsExactly(closed.get(1).id());
            assertThat(site.first().bankingRoom().banking().candidates().plan().sessions()).extracting(DrawerSession::id)
                    .containsExactly(closed.get(0).id());
        }
    }

    @Test
    void twoCountersBankingAtOnceNeverBankADrawerTwiceNorFailHalfway() throws Exception {
        try (SiteCounters site = SiteCounters.open(dir, Store.POSTGRESQL, 2)) {
            takeAndClose(site);
            AppServices cd01 = site.first();
            AppServices cd02 = site.counters().get(1).services();
            Actor atCd01 = signIn(cd01, "2001", "2222");
            Actor atCd02 = signIn(cd02, "2002", "4680");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Object> site1 = pool.submit(() -> outcome(start,
                        () -> cd01.bankingRoom().banking().bank(atCd01, Banking.Scope.SITE, "BAG 81", "2002", "4680")));
                Future<Object> own2 = pool.submit(() -> outcome(start,
                        () -> cd02.bankingRoom().banking().bank(atCd02, "BAG 82", "2001", "2222")));
                start.countDown();
                List<Object> outcomes = List.of(site1.get(), own2.get());
                assertThat(outcomes).allMatch(o -> o instanceof Deposit || o instanceof Refused).anyMatch(Deposit.class::isInstance);
            } finally {
                pool.shutdownNow();
            }
            int banked = cd01.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM deposit_session")
                    .mapTo(Integer.class).one());
            int sessions = cd01.bankingRoom().banking().deposits().stream()
                    .mapToInt(d -> cd01.bankingRoom().banking().detail(d.id()).contents().sessions().size()).sum();
            assertThat(sessions).isEqualTo(banked).isBetween(1, 2);
            assertThat(cd01.auditRoom().integrity().run(List.of()).intact()).isTrue();
        }
    }

    private static Object outcome(CountDownLatch start, java.util.function.Supplier<Deposit> bank) throws Exception {
        start.await();
        try {
            return bank.get();
        } catch (Refused e) {
            return e;
        }
    }

    /** The deposits in the counter's export batch of its closed day, checked against the batch schema. */
    private static JsonNode exportedDeposits(AppServices s) throws Exception {
        Actor actor = signIn(s, "2001", "2222");
        LocalDate day = s.bankingRoom().dayClosures().closures(s.counter().terminal()).get(0).figures().date();
        BatchResult batch = s.exchangeRoom().batches().exportDay(actor, day, ExportProgress.NONE);
        JsonNode json = new ObjectMapper().readTree(s.exchangeRoom().folders().outbox().resolve(batch.fileName()).toFile());
        assertThat(JsonSchemas.check("batch", json)).isEmpty();
        return json.get("deposits");
    }

    /** The cash office's second supervisor, who checks the banking Sam Okafor prepares. */
    private static void secondSupervisor(AppServices s) {
        Actor admin = signIn(s, "9001", "9999");
        s.staffRoom().staff().add(admin, "2002", "Pat Reyes", EnumSet.of(Role.SUPERVISOR), "4680");
    }

    /** Each counter's cashier takes a few payments (cash, cheques, card) and closes balanced. */
    private static List<DrawerSession> takeAndClose(SiteCounters site) {
        secondSupervisor(site.first());
        return site.counters().stream().map(c -> {
            ReceiptMix mix = new ReceiptMix(c.services());
            for (int i = 0; i < 4; i++) {
                c.services().receipting().poster().post(c.cashier(), mix.counter(i));
            }
            DrawerSession session = c.services().drawer().sessions().current(c.cashier()).orElseThrow();
            Drawers.closeBalanced(c.services(), c.cashier());
            return session;
        }).toList();
    }

    private static Actor signIn(AppServices s, String number, String pin) {
        return s.staffRoom().staff().signIn(number, pin, s.counter().terminal());
    }
}
