package org.counterdesk.money;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GstTest {

    @ParameterizedTest(name = "GST in {0} cents is {1}")
    @CsvSource({"1100,100", "702,64", "5500,500", "55,5", "4500,409", "6,1", "5,0", "16,1", "17,2", "110,10"})
    void isOneEleventhToTheNearestCent(long inclusive, long gst) {
        assertThat(Gst.includedIn(Money.ofCents(inclusive))).isEqualTo(Money.ofCents(gst));
    }

    @Property
    void isWithinHalfACentOfTheExactEleventh(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long cents) {
        long gst = Gst.includedIn(Money.ofCents(cents)).cents();
        // |gst - cents/11| <= 1/2  <=>  |22*gst - 2*cents| <= 11
        assertThat(Math.abs(22 * gst - 2 * cents)).isLessThanOrEqualTo(11);
    }

    @Property
    void onlyTheGstCodeCarriesGst(@ForAll @LongRange(min = 0, max = 1_000_000L) long cents) {
        Money m = Money.ofCents(cents);
        assertThat(TaxCode.FRE.gstIn(m)).isEqualTo(Money.ZERO);
        assertThat(TaxCode.NT.gstIn(m)).isEqualTo(Money.ZERO);
        assertThat(TaxCode.GST.gstIn(m)).isEqualTo(Gst.includedIn(m));
    }
}
