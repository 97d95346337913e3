package org.counterdesk.banking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.print.PageFormat;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deposit advice of a day banked through the real services, read back from its PDF. */
class DepositAdviceDocumentTest {

    @TempDir
    Path dir;

    /** Cells of one printed row, in order, with any white space between them. */
    static String row(String... cells) {
        return Arrays.stream(cells).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theSlipListsEveryDenominationEveryChequeAndTheTotalsToTheCent() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Deposit d = new BankingDays(c).bankedDay();
            DepositPlan plan = c.services.bankingRoom().banking().detail(d.id()).contents();
            Path pdf = c.services.bankingRoom().printing().printDepositAdvice(d.id());
            Pdfs.keepSample(pdf, "deposit-advice.pdf");

            assertThat(pdf).isEqualTo(c.folder.documents().resolve("banking/2026-11-23/DEP-000001.pdf"));
            assertThat(c.folder.printed().resolve("DEP-000001.pdf")).isNotEmptyFile();
            // A4 although the counter's documents are set to the 80 mm roll
            assertThat(c.services.printers().settings().receiptLayout()).isEqualTo(ReceiptLayout.ROLL_80MM);
            assertThat(Pdfs.pageSize(pdf)).containsExactly(PageFormat.A4.width(), PageFormat.A4.height());
            assertThat(Pdfs.pages(pdf)).isEqualTo(2);
            String slip = Pdfs.text(pdf, 1);
            assertThat(flat(slip)).contains("Deposit advice", "DEMO — NOT A REAL DEPOSIT: DO NOT TAKE TO THE BANK",
                    "Riverbend City Council", "Bag / slip reference BAG 4471", "Deposit no. DEP-000001",
                    "Date 23 Nov 2026", "Prepared by: Casey Nguyen", "Checked by: Sam Okafor");
            assertThat(slip).containsPattern("Account name\\s+Riverbend City Council Operating")
                    .containsPattern("BSB\\s+063-999").containsPattern("Account number\\s+10012345")
                    .containsPattern("Site\\s+Riverbend City Council, terminal CD01 \\(Front counter\\)")
                    .containsPattern("Prepared by\\s+Casey Nguyen, 23 Nov 2026").containsPattern("Checked by\\s+Sam Okafor");

            CashCount cash = plan.cash();
            assertThat(cash.total()).isEqualTo(d.cash()).isEqualTo(Money.ofCents(97_70 + 34_50));
            List<Denomination> notes = Arrays.stream(Denomination.values()).filter(Denomination::isNote).toList();
            List<Denomination> coins = Arrays.stream(Denomination.values()).filter(x -> !x.isNote()).toList();
            for (int i = 0; i < coins.size(); i++) {
                String coin = denomination(cash, coins.get(i));
                String line = i < notes.size() ? denomination(cash, notes.get(i)) + "\\s+" + coin : coin;
                assertThat(slip).containsPattern("(?m)^" + line + "$");
            }
            assertThat(slip).containsPattern(row("Total notes", Long.toString(pieces(cash, notes)), value(cash, notes),
                    "Total coins", Long.toString(pieces(cash, coins)), value(cash, coins)));

            assertThat(plan.count(Instrument.Kind.CHEQUE)).isEqualTo(2);
            assertThat(slip).containsPattern(row("1.", "J & K Smith", "Westpac", "032-001", "000123", "$100.00"))
                    .containsPattern(row("2.", "A & B Citizen", "Westpac", "032-100", "300100", "$157.50"))
                    .containsPattern(row("Total cheques: 2 cheques", plan.cheques().format()))
                    .containsPattern(row("1.", "Australia Post", "MO778899", "$20.00"))
                    .containsPattern(row("Total money orders: 1 money order", "$20.00"));
            assertThat(d.total()).isEqualTo(plan.total()).isEqualTo(Money.ofCents(132_20 + 257_50 + 20_00));
            assertThat(slip).containsPattern(row("Total cash (notes and coins)", cash.total().format()))
                    .containsPattern(row("Cheques (2)", "$257.50")).containsPattern(row("Money orders (1)", "$20.00"))
                    .containsPattern(row("Total deposit", "$409.70")).contains("Total deposit $409.70");
        }
    }

    @Test
    void theSummaryPageNamesTheSessionsTheirClosesAndTheEftposSettlements() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            BankingDays day = new BankingDays(c);
            Deposit d = day.bankedDay();
            var sessions = c.services.bankingRoom().banking().detail(d.id()).contents().sessions();
            String page = Pdfs.text(c.services.bankingRoom().printing().printDepositAdvice(d.id()), 2);

            assertThat(page).contains("Banking summary", "DEMO — NOT A REAL DEPOSIT")
                    .containsPattern(row(sessions.get(0).drawerCode(), Long.toString(sessions.get(0).id()), "Casey Nguyen",
                            "23 Nov 2026", "Balanced", "none"))
                    .containsPattern(row(sessions.get(1).drawerCode(), Long.toString(sessions.get(1).id()), "Sam Okafor",
                            "23 Nov 2026", "Within tolerance", "short $0.50"))
                    .containsPattern(row("Net variance", "short $0.50"))
                    // Casey: cash 97.70, cheques and money order 277.50, card 50; Sam: cash 34.50, card 20
                    .containsPattern(row(sessions.get(0).drawerCode() + ", session " + sessions.get(0).id(), "$97.70", "$277.50",
                            "$375.20", "$50.00"))
                    .containsPattern(row(sessions.get(1).drawerCode() + ", session " + sessions.get(1).id(), "$34.50", "$0.00",
                            "$34.50", "$20.00"))
                    .containsPattern(row("Total", "$132.20", "$277.50", "$409.70", "$70.00"))
                    .containsPattern(row("EFTPOS settlements (not deposited)", "$70.00"))
                    .containsPattern(row("Banked and settled", "$479.70"))
                    .containsPattern(row("Deposit total", d.total().format()))
                    .containsPattern(row(day.bouncing.receiptNo(), "Cheque 300100 — A & B Citizen, Westpac 032-100",
                            "$157.50"));
            assertThat(d.eftpos()).isEqualTo(Money.ofDollars(70));
        }
    }

    @Test
    void aSlipPrintedAgainSaysCopyIsNumberedAndJournaledAndTheOriginalStaysAsItWas() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            BankingDays day = new BankingDays(c);
            Deposit d = day.bankedDay();
            Path original = c.services.bankingRoom().printing().printDepositAdvice(d.id());
            String originalText = Pdfs.text(original);

            Path first = c.services.bankingRoom().printing().reprintDepositAdvice(day.sam, d.id());
            Path second = c.services.bankingRoom().printing().reprintDepositAdvice(day.sam, d.id());

            assertThat(first.getFileName().toString()).isEqualTo(d.depositNo() + "-copy1.pdf");
            assertThat(second.getFileName().toString()).isEqualTo(d.depositNo() + "-copy2.pdf");
            assertThat(Pdfs.text(first)).contains("COPY 1: the original was printed when the drawers were banked",
                    d.reference(), d.total().format());
            assertThat(Pdfs.text(second)).contains("COPY 2:");
            assertThat(originalText).doesNotContain("COPY");
            assertThat(Pdfs.text(original)).isEqualTo(originalText);
            int journaled = c.services.database().jdbi().withHandle(h ->
                    c.services.journal().count(h, "DEPOSIT_ADVICE_REPRINTED", "deposit", d.depositNo()));
            assertThat(journaled).isEqualTo(2);
            Pdfs.keepSample(first, "deposit-advice-copy.pdf");
        }
    }

    @Test
    void aSlipSaysPlainlyWhenTheBankAccountIsNotSetUp() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Deposit d = new BankingDays(c).bankedDay();
            Organisation org = c.services.counter().organisation();
            c.services.database().jdbi().useTransaction(h -> new OrganisationDao(h).record(new Organisation(org.name(),
                    org.abn(), org.address(), null, org.timeZone(), org.accounts()), c.clock.instant()));
            c.services.counter().reload();
            Path pdf = c.services.bankingRoom().printing().printDepositAdvice(d.id());
            Pdfs.keepSample(pdf, "deposit-advice-no-account.pdf");
            String slip = Pdfs.text(pdf, 1);

            assertThat(flat(slip)).contains("BANK ACCOUNT NOT SET UP");
            assertThat(slip).containsPattern("Account name\\s+not set up").containsPattern("BSB\\s+not set up")
                    .containsPattern("Account number\\s+not set up").doesNotContain("10012345");
        }
    }

    private static String denomination(CashCount cash, Denomination d) {
        long q = cash.quantity(d);
        return q == 0 ? row(d.label(), "–", "–") : row(d.label(), Long.toString(q), cash.value(d).format());
    }

    private static long pieces(CashCount cash, List<Denomination> kinds) {
        return kinds.stream().mapToLong(cash::quantity).sum();
    }

    private static String value(CashCount cash, List<Denomination> kinds) {
        return kinds.stream().map(cash::value).reduce(Money.ZERO, Money::plus).format();
    }
}
