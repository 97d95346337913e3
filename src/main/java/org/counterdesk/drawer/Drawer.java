package org.counterdesk.drawer;

import org.counterdesk.money.Money;

/** A cash drawer at a terminal, with the float it should hold at the start of every session. */
public record Drawer(long id, long terminalId, String code, String name, Money setFloat) {

    public String label() {
        return code + " \u2014 " + name + " (float " + setFloat.format() + ")";
    }
}
