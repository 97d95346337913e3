package org.counterdesk.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * What a signed-in person's screens hold outside themselves (subscriptions to services that
 * outlive them), let go when those screens are dropped: on sign-out, or when someone else
 * signs in at a locked counter. Without it each sign-in would leave its screens listening.
 */
public final class Teardown {

    private final List<Runnable> steps = new ArrayList<>();

    /** Adds {@code step} to run when the screens go. */
    public void add(Runnable step) {
        steps.add(step);
    }

    /** Runs every step once, newest first, and forgets them. */
    public void run() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).run();
        }
        steps.clear();
    }
}
