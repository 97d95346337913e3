package org.counterdesk.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterdesk.banking.DepositAdviceDocumentTest.flat;
import static org.counterdesk.banking.DepositAdviceDocumentTest.row;

import java.nio.file.Path;
import org.counterdesk.money.Money;
import org.counterdesk.print.PageFormat;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The letter to the payer of a dishonoured cheque, read back from its PDF. */
class DishonourNoticeDocumentTest {

    @TempDir
    Path dir;

    @Test
    void theNoticeTellsThePayerWhichChequeWhatTheyOweNowAndHowToPay() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            BankingDays day = new BankingDays(c);
            day.bankedDay();
            Dishonour x = day.dishonouredNextDay();
            Path pdf = c.services.bankingRoom().printing().printDishonourNotice(x.id());
            Pdfs.keepSample(pdf, "dishonour-notice.pdf");

            assertThat(pdf).isEqualTo(c.folder.documents().resolve("dishonours/2026-11-24/CD01-R000001.pdf"));
            assertThat(c.folder.printed().resolve("CD01-R000001.pdf")).isNotEmptyFile();
            assertThat(Pdfs.pageSize(pdf)).containsExactly(PageFormat.A4.width(), PageFormat.A4.height());
            assertThat(x.owing()).isEqualTo(Money.ofCents(172_50));
            String text = Pdfs.text(pdf);
            String flat = flat(text);
            assertThat(flat).contains("Dishonoured cheque", "DEMO — NOT A REAL NOTICE", "Riverbend City Council",
                    "ABN 57 940 199 530", "Dear Alex Citizen,", "Your cheque for $157.50 was not paid",
                    "received on 23 Nov 2026 in payment of receipt CD01-000003",
                    "bank notice WBC-DH-7781 of 24 Nov 2026",
                    "the payment it made on receipt CD01-000003 has been reversed (reversal CD01-R000001)",
                    "Dishonoured cheque $157.50 Bank dishonour fee passed on $15.00 Total now owing $172.50",
                    "Please pay $172.50", "1 Civic Place, Riverbend VIC 3999", "Yours faithfully, Sam Okafor");
            assertThat(text).containsPattern("To\\s+Alex Citizen").containsPattern("Date\\s+24 Nov 2026")
                    .containsPattern("Our reference\\s+CD01-R000001")
                    .containsPattern("Your receipt\\s+CD01-000003")
                    .containsPattern(row("300100", "A & B Citizen", "Westpac", "032-100", "23 Nov 2026", "$157.50"))
                    .containsPattern(row("Dog registration - full fee (DOGF)", "$157.50"))
                    .containsPattern("At the counter\\s+Riverbend City Council, 1 Civic Place")
                    .containsPattern("By mail\\s+Send a bank cheque or money order")
                    .containsPattern("Amount owing\\s+\\$172\\.50").containsPattern("Name\\s+Alex Citizen");
        }
    }

    @Test
    void withoutAPayerNameTheNoticeIsToTheDrawerAndShowsHowEachItemIsReversed() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            BankingDays day = new BankingDays(c);
            day.bankedDay();
            day.dishonouredNextDay();
            ChequeMatch cheque = c.services.bankingRoom().dishonours().find("000123").get(0);
            Dishonour x = c.services.bankingRoom().dishonours().record(day.sam, cheque.receiptNo(), cheque.tenderLine(), "WBC-DH-7790",
                    day.day1.plusDays(1), Money.ZERO);
            String text = Pdfs.text(c.services.bankingRoom().printing().printDishonourNotice(x.id()));

            assertThat(x.lines()).hasSize(2);
            assertThat(text).containsPattern("To\\s+J & K Smith").contains("Dear J & K Smith,")
                    .containsPattern(row("Dog registration - full fee (DOGF)", x.lines().get(0).amount().format()))
                    .containsPattern(row("Rates and charges (RATES), Assessment number 89557136",
                            x.lines().get(1).amount().format()))
                    .containsPattern(row("Total reversed", "$100.00"));
            assertThat(flat(text)).contains("Dishonoured cheque $100.00 Bank dishonour fee passed on $0.00 "
                    + "Total now owing $100.00");
        }
    }
}
