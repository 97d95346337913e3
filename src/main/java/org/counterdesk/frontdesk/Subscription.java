package org.counterdesk.frontdesk;

/**
 * A listener's hold on a service's change events. Closing it takes the listener off, so a
 * screen that goes away (its person signed out) is no longer kept alive or run.
 */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    /** Takes the listener off; closing twice does nothing more. */
    @Override
    void close();
}
