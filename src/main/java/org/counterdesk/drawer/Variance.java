package org.counterdesk.drawer;

import org.counterdesk.money.Money;

/** How an over or short amount reads: "$2.50 over", "$0.05 short", "exactly". */
public final class Variance {

    private Variance() {
    }

    /** "$2.50 over", "$0.05 short" or "exactly" (to be followed by what it is compared with). */
    public static String describe(Money difference) {
        if (difference.isZero()) {
            return "exactly";
        }
        return difference.max(difference.negate()).format() + (difference.isPositive() ? " over" : " short of");
    }

    /** "over $2.50", "short $0.05" or "balanced", for a variance on its own. */
    public static String label(Money variance) {
        if (variance.isZero()) {
            return "balanced";
        }
        return (variance.isPositive() ? "over " : "short ") + variance.max(variance.negate()).format();
    }
}
