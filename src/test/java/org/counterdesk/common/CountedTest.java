package org.counterdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts read as words: one receipt, no receipts, two receipts. */
class CountedTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertThat(Counted.of(1, "receipt", "receipts")).isEqualTo("1 receipt");
        assertThat(Counted.of(0, "receipt", "receipts")).isEqualTo("0 receipts");
        assertThat(Counted.of(2, "enquiry", "enquiries")).isEqualTo("2 enquiries");
        assertThat(Counted.of(1, "enquiry", "enquiries")).isEqualTo("1 enquiry");
    }
}
