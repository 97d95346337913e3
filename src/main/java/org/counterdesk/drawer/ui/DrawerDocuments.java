package org.counterdesk.drawer.ui;

import org.counterdesk.staff.Actor;

/** The drawer's printed documents, as the screen asks for them. */
public interface DrawerDocuments {

    void printMidShift(Actor actor, long sessionId) throws Exception;

    void printClose(long sessionId) throws Exception;

    void printVoucher(long movementId) throws Exception;

    /** A printing job run off the FX thread. */
    interface Job {
        void run() throws Exception;
    }
}
