package org.counterdesk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.counterdesk.testing.Insider;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    @Test
    void theFirstEntryChainsFromGenesisAndEachEntryFromTheOneBefore() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var jdbi = c.services.database().jdbi();
            JournalVerification v = jdbi.withHandle(h -> c.services.journal().verify(h));
            assertThat(v.intact()).isTrue();
            assertThat(v.checked()).isGreaterThan(3);
            JournalEntry head = jdbi.withHandle(h -> c.services.journal().head(h)).orElseThrow();
            assertThat(v.chains()).containsExactly(new JournalVerification.Chain("CD01", v.checked(), head.hash()));
            String firstPrev = jdbi.withHandle(h -> h.createQuery("SELECT prev_hash FROM journal WHERE seq = 1")
                    .mapTo(String.class).one());
            assertThat(firstPrev).isEqualTo(JournalEntry.GENESIS);
        }
    }

    @Test
    void theCanonicalFormIsFixed() {
        // Pinned: if this changes, every journal already written stops verifying.
        String canonical = JournalEntry.canonical(1, java.time.Instant.parse("2026-11-22T23:15:00Z"), "RECEIPT_POSTED",
                "1001", "CD01", "receipt", "CD01-000001", "{\"total\":702}");
        assertThat(canonical).isEqualTo("CDJ1\n1\n2026-11-22T23:15:00.000Z\nRECEIPT_POSTED\n1001\nCD01\nreceipt\nCD01-000001\n{\"total\":702}");
        assertThat(JournalEntry.chain(JournalEntry.GENESIS, canonical))
                .isEqualTo(sha256Hex(JournalEntry.GENESIS + canonical));
    }

    @Test
    void aTerminalChainsCanonicalFormIsFixed() {
        // Pinned like CDJ1: the place in the terminal's chain stands where the key stood.
        JournalEntry e = new JournalEntry(57, java.time.Instant.parse("2026-11-22T23:15:00Z"), "RECEIPT_POSTED", "1001",
                "CD02", "receipt", "CD02-000001", "{\"total\":702}", JournalEntry.GENESIS, null, null, null, null, 1L);
        assertThat(e.canonicalText()).isEqualTo(
                "CDJ3\n1\n2026-11-22T23:15:00.000Z\nRECEIPT_POSTED\n1001\nCD02\nreceipt\nCD02-000001\n{\"total\":702}");
        assertThat(e.expectedHash()).isEqualTo(sha256Hex(JournalEntry.GENESIS + e.canonicalText()));
    }

    @Test
    void anAlteredOrRemovedEntryIsFound() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            var jdbi = c.services.database().jdbi();
            // Tampering, as someone with direct database access might: the chain must show it.
            Insider.sql(jdbi, "UPDATE journal SET details = '{\"demo\":false}' WHERE seq = 3");
            JournalVerification altered = jdbi.withHandle(h -> c.services.journal().verify(h));
            assertThat(altered.firstBreak()).hasValue("terminal CD01, entry 3 has been altered (its hash does not match its content)");
            Insider.sql(jdbi, "DELETE FROM journal WHERE seq = 3");
            JournalVerification removed = jdbi.withHandle(h -> c.services.journal().verify(h));
            assertThat(removed.firstBreak()).hasValue("terminal CD01, entry 3 is missing (found 4 next)");
        }
    }

    private static String sha256Hex(String s) {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
