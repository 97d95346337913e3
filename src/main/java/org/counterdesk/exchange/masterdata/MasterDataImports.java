package org.counterdesk.exchange.masterdata;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.InboundFile;
import org.counterdesk.drawer.DrawerRoster;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.fees.FeeScheduleReader;
import org.counterdesk.frontdesk.DirectoryRoster;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.Ledger;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.StaffRoster;
import org.counterdesk.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * The master-data imports an administrator runs (from the command line: {@code import
 * fees|staff|drawers FILE}): the fee schedule, the staff directory and the drawers. Each file
 * is read whole, checked against its published schema and then against the rules, and only
 * then applied in one {@link Ledger} write with its journal entries (the people it changes sealed)
 * and its row in the import history.
 * A refused file changes nothing: {@link ImportRefused} lists every problem by record and field.
 */
public final class MasterDataImports {

    private final Ledger ledger;
    private final FeeImport fees;
    private final StaffImport staff;
    private final DrawerImport drawers;
    private final ImportHistory history;

    public MasterDataImports(Database database, CounterSetup counter, FeeCatalog catalog, Journal journal, Clock clock) {
        this.ledger = new Ledger(database, journal);
        ImportLog log = new ImportLog(journal, clock);
        this.fees = new FeeImport(catalog, counter, log);
        DrawerRoster drawerRoster = new DrawerRoster(journal);
        this.staff = new StaffImport(new StaffRoster(ledger, clock), new DirectoryRoster(journal, clock), drawerRoster, log);
        this.drawers = new DrawerImport(drawerRoster, log);
        this.history = new ImportHistory(database.jdbi());
    }

    /** Imports a fee schedule (schema {@code fee-schedule}); it applies from its effectiveFrom date. */
    public ImportResult importFees(Actor actor, Path file) {
        return run(actor, file, FeeScheduleReader.FILE, fees::run);
    }

    /**
     * Imports the first fee schedule inside first-run setup's own write {@code h}, for the
     * organisation {@code ours} being set up and its first administrator {@code actor}: the same
     * checks, words and import history row as {@link #importFees}, on a file already through the
     * reading step ({@code InboundFile.read(path, FeeScheduleReader.FILE)}).
     */
    public ImportResult importFeesWithin(Handle h, Actor actor, InboundFile file, Organisation ours, LocalDate today) {
        return fees.run(h, actor, file, ours, today);
    }

    /** Imports the staff directory (schema {@code staff-directory}). */
    public ImportResult importStaff(Actor actor, Path file) {
        return run(actor, file, StaffImport.FILE, staff::run);
    }

    /** Imports the drawers of the actor's terminal (schema {@code drawers}). */
    public ImportResult importDrawers(Actor actor, Path file) {
        return run(actor, file, DrawerImport.FILE, drawers::run);
    }

    /** Every import applied so far, newest first. */
    public List<ImportResult> history() {
        return history.all();
    }

    private interface Step {
        ImportResult run(Handle h, Actor actor, InboundFile file);
    }

    private ImportResult run(Actor actor, Path file, InboundFile.Kind kind, Step step) {
        actor.require(Role.ADMINISTRATOR, "import master data");
        InboundFile read = InboundFile.read(file, kind);
        // The rules that need the database are checked inside the transaction that applies the
        // file, before its first write: a refusal rolls back, so nothing is half-written.
        return ledger.write("import " + file.getFileName() + "; nothing was changed", h -> step.run(h, actor, read));
    }
}
