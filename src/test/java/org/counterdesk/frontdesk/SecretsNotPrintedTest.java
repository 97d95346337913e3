package org.counterdesk.frontdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.visitors.Visits;
import org.junit.jupiter.api.Test;

/** Settings and approvals say what they are when printed, never the password or PIN they carry. */
class SecretsNotPrintedTest {

    @Test
    void printedSettingsLeaveThePasswordOut() {
        SmtpSettings s = new SmtpSettings("mail.example.council", 587, SmtpSettings.Security.STARTTLS,
                "desk@example.council", "desk", "Tr0ub4dor&3");
        assertFalse(s.toString().contains("Tr0ub4dor&3"), s.toString());
        assertEquals("SmtpSettings[mail.example.council:587 (STARTTLS), from desk@example.council, user desk, password set]",
                s.toString());
    }

    @Test
    void printedApprovalsLeaveThePinOut() {
        assertEquals("Approval[staff 2001, note Float short]",
                new SessionOpening.Approval("2001", "2222", "Float short").toString());
        assertEquals("Approval[staff 2001]", new Visits.Approval("2001", "2222").toString());
    }
}
