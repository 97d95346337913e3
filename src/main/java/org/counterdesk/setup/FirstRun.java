package org.counterdesk.setup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.DrawerDao;
import org.counterdesk.drawer.DrawerSettings;
import org.counterdesk.exchange.masterdata.MasterDataImports;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.fees.FeeSchedule;
import org.counterdesk.fees.FeeScheduleReader;
import org.counterdesk.frontdesk.DemoDirectory;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.journal.Ledger;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Abn;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.organisation.OrganisationDao;
import org.counterdesk.organisation.Terminal;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.DemoStaff;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.Staff;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.Database;
import org.counterdesk.store.DocSequences;
import org.jdbi.v3.core.Handle;

/**
 * The first run of a new data folder: either the demo organisation with its sample fees and
 * demo staff, or the organisation's own details, first administrator and fee schedule. Either
 * is written in one {@link Ledger} write (the first people are sealed records), so a failed setup
 * leaves the folder as new. The organisation's fee schedule comes from outside, so it is read
 * and imported exactly as {@link MasterDataImports} imports one (schema, fee rules, import
 * history, journal), the first administrator as the importer.
 */
public final class FirstRun {

    public static final String DEMO_TERMINAL = "CD01";
    public static final Money DEFAULT_FLOAT = Money.ofDollars(200);

    /** What the "set up for my organisation" form collects. */
    public record OrganisationForm(String name, String abn, String address, ZoneId timeZone, String terminalCode,
                                   String adminNumber, String adminName, String adminPin) {
    }

    private final Ledger ledger;
    private final CounterSetup counter;
    private final StaffService staff;
    private final FeeCatalog fees;
    private final MasterDataImports imports;
    private final Clock clock;

    public FirstRun(Database database, CounterSetup counter, StaffService staff, FeeCatalog fees, Journal journal,
                    Clock clock) {
        this.ledger = new Ledger(database, journal);
        this.counter = counter;
        this.staff = staff;
        this.fees = fees;
        this.imports = new MasterDataImports(database, counter, fees, journal, clock);
        this.clock = clock;
    }

    public boolean needed() {
        return !counter.isSetUp();
    }

    /** Loads the demo organisation, fees and staff, and marks every document DEMO. */
    public void loadDemo() {
        FeeSchedule schedule = demoSchedule();
        Organisation org = schedule.organisation().orElseThrow();
        write(org, DEMO_TERMINAL, "Front counter", true, (h, t) -> {
            for (DemoStaff.Person p : DemoStaff.PEOPLE) {
                staff.addWithin(h, "SETUP", DEMO_TERMINAL, p.staffNumber(), p.name(), p.roles(), p.pin());
            }
            DemoDirectory.write(h, clock.instant());
            fees.store(h, schedule, null, "SETUP", DEMO_TERMINAL, "demo");
        });
    }

    /**
     * Reads and checks the fee schedule file chosen for setup without writing anything:
     * refused ({@link ImportRefused}) with the same problems the fee import would list.
     */
    public FeeSchedule check(Path feeFile) {
        return new FeeScheduleReader().read(readFeeFile(feeFile));
    }

    /** Sets up for a real organisation from the form and its fee schedule file, imported as the first administrator. */
    public void setUp(OrganisationForm form, Path feeFile) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.length() < 2 || name.length() > 120) {
            throw new Refused("name", "Enter the organisation's name (2 to 120 characters).");
        }
        Abn.problem(form.abn()).ifPresent(p -> {
            throw new Refused("abn", p);
        });
        String address = form.address() == null ? "" : form.address().strip();
        if (address.length() < 5 || address.length() > 200) {
            throw new Refused("address", "Enter the organisation's address as it should print on tax invoices.");
        }
        String terminal = form.terminalCode() == null ? "" : form.terminalCode().strip().toUpperCase();
        if (!Terminal.validCode(terminal)) {
            throw new Refused("terminalCode", "A terminal code is 2 to 8 capital letters or digits, starting with a "
                    + "letter (like CD01): it starts every receipt number.");
        }
        InboundFile file = readFeeFile(feeFile);
        FeeSchedule schedule = new FeeScheduleReader().read(file);
        Organisation fromFile = schedule.organisation().orElse(null);
        Organisation org = new Organisation(name, Abn.normalise(form.abn()), address,
                fromFile == null ? null : fromFile.bank(), form.timeZone(), fromFile == null ? null : fromFile.accounts());
        LocalDate today = LocalDate.now(clock.withZone(form.timeZone()));
        write(org, terminal, "Front counter", false, (h, t) -> {
            Staff admin = staff.addWithin(h, "SETUP", terminal, form.adminNumber(), form.adminName(),
                    EnumSet.of(Role.ADMINISTRATOR), form.adminPin());
            imports.importFeesWithin(h, new Actor(admin, t), file, org, today);
        });
    }

    /** The fee file through the reading step of every outside file; a missing choice is named at its field. */
    private static InboundFile readFeeFile(Path feeFile) {
        if (feeFile == null) {
            throw new Refused("feeFile", "Choose the fee schedule file to import.");
        }
        return InboundFile.read(feeFile, FeeScheduleReader.FILE);
    }

    /** Writes the first people and the fee schedule at the terminal just added, within setup's write. */
    private interface FirstData {
        void write(Handle h, Terminal terminal);
    }

    private void write(Organisation org, String terminalCode, String terminalName, boolean demo, FirstData data) {
        if (!needed()) {
            throw new Refused("Counterdesk is already set up on this data folder.");
        }
        ledger.write("set up Counterdesk; nothing was saved", h -> {
            OrganisationDao dao = new OrganisationDao(h);
            dao.record(org, clock.instant());
            long terminalId = dao.addTerminal(terminalCode, terminalName, org.name(), clock.instant());
            new DrawerDao(h).addDrawer(terminalId, terminalCode + "-1", "Drawer 1", DEFAULT_FLOAT);
            for (String kind : TerminalJoin.COUNTERS) {
                DocSequences.ensure(h, terminalCode, kind);
            }
            if (demo) {
                // Two cashiers can share a counter PC, each with a drawer of their own; with one demo
                // supervisor, the demo lets a cashier prepare the banking for the supervisor to check.
                new DrawerDao(h).addDrawer(terminalId, terminalCode + "-2", "Drawer 2", DEFAULT_FLOAT);
                new DrawerSettings(DrawerSettings.DEFAULT.tolerance(), DrawerSettings.DEFAULT.pettyCashLimit(), true)
                        .write(h);
            }
            dao.putSetting(CounterSetup.TERMINAL_SETTING, terminalCode);
            dao.putSetting(CounterSetup.DEMO_SETTING, Boolean.toString(demo));
            data.write(h, new Terminal(terminalId, terminalCode, terminalName, org.name()));
            return ledger.append(h, JournalEvent.of("SETUP_COMPLETED", "SETUP", terminalCode, "terminal", terminalCode)
                    .with("demo", demo));
        });
        counter.reload();
    }

    /** The sample schedule shipped with Counterdesk, read through the same checks as any fee file. */
    static FeeSchedule demoSchedule() {
        try (InputStream in = FirstRun.class.getResourceAsStream("/org/counterdesk/setup/demo-fee-schedule.json")) {
            return new FeeScheduleReader().read(InboundFile.of("demo-fee-schedule.json", in.readAllBytes(),
                    FeeScheduleReader.FILE));
        } catch (IOException | ImportRefused e) {
            throw new IllegalStateException("the demo fee schedule shipped with Counterdesk is unreadable", e);
        }
    }
}
