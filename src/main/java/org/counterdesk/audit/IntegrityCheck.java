package org.counterdesk.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.counterdesk.common.Counted;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalVerification;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.DocumentNumbers;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks what a tax inspector or auditor would: the journal's hash chains (each terminal's, and
 * the one kept before terminals had their own), each chain's tail against its counter, each closure's recorded head and every anchor held outside the database; receipt and
 * void numbers per terminal (no gaps, no duplicates, none missing at the end or beyond the
 * counter); each terminal's day closures (numbered without gaps, each grand total the previous
 * one plus its period); and every sealed record against its sealing journal entry.
 * Stops at the first problem and names it. Read only: it changes nothing.
 */
public record IntegrityCheck(Jdbi jdbi, Journal journal) {

    public IntegrityReport run() {
        return run(List.of());
    }

    /** Runs every check, and ties the chain to {@code anchors} held outside the database. */
    public IntegrityReport run(List<Anchor> anchors) {
        return jdbi.withHandle(h -> run(h, anchors));
    }

    private IntegrityReport run(Handle h, List<Anchor> anchors) {
        List<String> passed = new ArrayList<>();
        JournalVerification chain = journal.verify(h);
        if (!chain.intact()) {
            return new IntegrityReport(passed, Optional.of("Journal: " + chain.firstBreak().orElseThrow()));
        }
        passed.add("Journal: " + Counted.of(chain.checked(), "entry", "entries") + " intact in "
                + Counted.of(chain.chains().size(), "terminal chain", "terminal chains")
                + (chain.sharedEntries() > 0 ? " and the chain kept before them (head " + chain.headHash() + ")" : ""));
        chain.chains().forEach(c -> passed.add("Journal of " + c.terminal() + ": "
                + Counted.of(c.entries(), "entry", "entries") + ", head " + c.head()));
        IntegrityDao dao = new IntegrityDao(h);
        ChainAnchors tied = new ChainAnchors(h, dao, journal);
        Optional<String> chainProblem = tied.tail(chain, passed)
                .or(() -> tied.closures(passed))
                .or(() -> tied.anchors(anchors, passed));
        if (chainProblem.isPresent()) {
            return new IntegrityReport(passed, chainProblem);
        }
        for (IntegrityDao.TerminalRow t : dao.terminals()) {
            Optional<String> problem = numbers(dao, t, IntegrityDao.Kind.RECEIPT, DocumentNumbers.RECEIPT, passed)
                    .or(() -> numbers(dao, t, IntegrityDao.Kind.VOID, DocumentNumbers.VOID, passed))
                    .or(() -> closures(dao, t, passed));
            if (problem.isPresent()) {
                return new IntegrityReport(passed, problem);
            }
        }
        return new IntegrityReport(passed, new SealCheck(h, dao).run(journal, passed));
    }

    private static Optional<String> numbers(IntegrityDao dao, IntegrityDao.TerminalRow t, IntegrityDao.Kind kind,
                                            DocumentNumbers format, List<String> passed) {
        String what = kind == IntegrityDao.Kind.RECEIPT ? "Receipt" : "Void";
        NumberRun run = new NumberRun(what, n -> format.format(t.code(), n));
        dao.numbers(kind, t.id(), run::accept);
        Optional<String> problem = run.problem(dao.lastIssued(kind, t.code()));
        if (problem.isEmpty()) {
            passed.add(what + "s at " + t.code() + ": " + (run.range() == null ? "none issued"
                    : run.range() + ", no gaps or duplicates"));
        }
        return problem;
    }

    private static Optional<String> closures(IntegrityDao dao, IntegrityDao.TerminalRow t, List<String> passed) {
        List<IntegrityDao.ClosureRow> rows = dao.closures(t.id());
        long previousGrand = 0;
        for (int i = 0; i < rows.size(); i++) {
            IntegrityDao.ClosureRow c = rows.get(i);
            if (c.number() != i + 1) {
                return Optional.of("Day closure number " + (i + 1) + " at " + t.code() + " is missing (found "
                        + c.closureNo() + " next)");
            }
            if (c.previousGrandTotal() != previousGrand) {
                return Optional.of("Day closure " + c.closureNo() + " starts from a grand total of "
                        + Money.ofCents(c.previousGrandTotal()).format() + " but the closure before it ended at "
                        + Money.ofCents(previousGrand).format());
            }
            if (c.grandTotal() != c.previousGrandTotal() + c.period()) {
                return Optional.of("Day closure " + c.closureNo() + " has a grand total of "
                        + Money.ofCents(c.grandTotal()).format() + " but its previous grand total plus its period is "
                        + Money.ofCents(c.previousGrandTotal() + c.period()).format());
            }
            previousGrand = c.grandTotal();
        }
        long issued = dao.lastClosureIssued(t.code());
        if (issued > rows.size()) {
            return Optional.of("Day closure " + t.code() + "-Z" + String.format("%04d", rows.size() + 1)
                    + " was issued but is missing (" + issued + " issued, " + rows.size() + " stored)");
        }
        passed.add("Day closures at " + t.code() + ": " + rows.size() + (rows.isEmpty() ? ""
                : " (" + rows.get(0).closureNo() + ".." + rows.get(rows.size() - 1).closureNo() + ")")
                + ", grand totals consistent");
        return Optional.empty();
    }
}
