package org.counterdesk.receipting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.counterdesk.receipting.MailBatch;
import org.counterdesk.testing.CounterModelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mail batch screen, through its view model: the header typed in, and a batch that does not balance. */
class MailBatchesViewModelTest extends CounterModelTest {

    private final List<MailBatch> keyed = new ArrayList<>();
    private MailBatchesViewModel model;

    @BeforeEach
    void counter() throws Exception {
        model = new MailBatchesViewModel(counter.cashier(), counter.receipting(), steps.background(), keyed::add);
    }

    private void header(String description, String count, String total) {
        model.form().description().set(description);
        model.form().controlCount().set(count);
        model.form().controlTotal().set(total);
        steps.run(model::open);
    }

    @Test
    void aHeaderWithAWrongCountOrTotalIsRefusedBesideItAndNoBatchOpens() {
        header("Mail 23 Nov", "twelve", "210");
        assertThat(model.shown().errors().of("controlCount").get()).contains("number of payments in the batch");
        header("Mail 23 Nov", "2", "-5");
        assertThat(model.shown().errors().of("controlTotal").get()).isNotEmpty();
        assertThat(keyed).isEmpty();
        assertThat(counter.rows("mail_batch")).isZero();
    }

    @Test
    void anOpenedBatchGoesToTheReceiptScreenAndShowsInTheList() {
        header("Mail 23 Nov", "2", "210");
        assertThat(keyed).extracting(MailBatch::batchNo).containsExactly("CD01-M0001");
        assertThat(model.form().description().get()).as("the header is cleared for the next bag").isEmpty();
        assertThat(model.shown().list()).extracting(MailBatchesViewModel::state).containsExactly("Open");
    }

    @Test
    void aBatchThatDoesNotBalanceIsNotFinished() {
        header("Mail 23 Nov", "2", "210");
        model.form().selected().set(model.shown().list().get(0));
        steps.run(model::finish);
        assertThat(model.shown().errors().general().get()).isNotEmpty();
        assertThat(model.shown().status().get()).isEmpty();
        assertThat(model.shown().list()).extracting(MailBatchesViewModel::state).containsExactly("Open");
    }
}
