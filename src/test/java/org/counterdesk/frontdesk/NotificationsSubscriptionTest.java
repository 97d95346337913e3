package org.counterdesk.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.counterdesk.testing.FrontDeskTest;
import org.junit.jupiter.api.Test;

/** A screen's hold on notification changes ends when it closes its subscription, and only its own. */
class NotificationsSubscriptionTest extends FrontDeskTest {

    @Test
    void closingASubscriptionTakesOffThatListenerOnly() {
        Notifications n = fd.notifications();
        int before = n.listenerCount();
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        Runnable same = first::incrementAndGet;
        Subscription a = n.subscribe(same);
        Subscription b = n.subscribe(same);
        Subscription c2 = n.subscribe(second::incrementAndGet);
        assertThat(n.listenerCount()).isEqualTo(before + 3);
        n.changed();
        assertThat(first).hasValue(2);
        assertThat(second).hasValue(1);

        a.close();
        a.close();
        assertThat(n.listenerCount()).isEqualTo(before + 2);
        n.changed();
        assertThat(first).hasValue(3);
        b.close();
        c2.close();
        n.changed();
        assertThat(n.listenerCount()).isEqualTo(before);
        assertThat(first).hasValue(3);
        assertThat(second).hasValue(2);
    }
}
