package org.counterdesk.common;

/**
 * Marks an exception whose message is written for the person at the screen, so screens show
 * it as it is; any other failure is logged and summarised instead.
 */
public interface UserFacing {
}
