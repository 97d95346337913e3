package org.counterdesk.receipting;

import org.counterdesk.app.AppServices;

/**
 * Test code only: gives the benchmarks a poster that skips the disk sync, so they can show
 * what the sync costs. It lives here because that poster is package-private in main code.
 */
public final class BenchmarkPosters {

    private BenchmarkPosters() {
    }

    /** A poster exactly like the app's except that it does not force each commit to disk. */
    public static ReceiptPoster withoutDiskSync(AppServices services) {
        return ReceiptPoster.skippingDiskSyncForBenchmarks(services.database(), services.counter(),
                services.drawer().sessions(), services.journal(), services.clock());
    }
}
