package org.counterdesk.frontdesk;

/**
 * An email could not be sent. The message is for the desk (it starts in lower case, to follow
 * "Not sent: "); {@code permanent} means trying again will not help (the address was refused).
 */
public class MailFailure extends Exception {

    private static final long serialVersionUID = 1L;
    private final boolean permanent;

    public MailFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
