package org.counterdesk.money;

/** GST at 10%, worked out from GST-inclusive prices. */
public final class Gst {

    private Gst() {
    }

    /**
     * The GST included in a GST-inclusive amount: one eleventh, to the nearest cent. An
     * eleventh never ends in exactly half a cent, so there is no tie to break.
     */
    public static Money includedIn(Money inclusive) {
        if (inclusive.isNegative()) {
            return includedIn(inclusive.negate()).negate();
        }
        return Money.ofCents((inclusive.cents() + 5) / 11);
    }
}
