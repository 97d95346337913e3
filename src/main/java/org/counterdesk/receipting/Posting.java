package org.counterdesk.receipting;

/**
 * What a post gave back: the receipt, and whether it was already saved before this post could
 * say so (a post whose answer was lost, or the same draft posted again). The screen words the
 * two apart so a cashier never takes a payment twice for a receipt that exists.
 */
public record Posting(Receipt receipt, boolean alreadySaved) {
}
