package org.counterdesk.desk;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.counterdesk.deliveries.Deliveries;
import org.counterdesk.deliveries.DeliveryEmail;
import org.counterdesk.enquiries.Enquiries;
import org.counterdesk.enquiries.EnquiryReports;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.FrontDeskJobs;
import org.counterdesk.frontdesk.MailTransport;
import org.counterdesk.frontdesk.NotificationQueued;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.OutboxSender;
import org.counterdesk.frontdesk.Retention;
import org.counterdesk.frontdesk.SmtpMailer;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.Printers;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.visitors.ExpectedVisits;
import org.counterdesk.visitors.VisitEmail;
import org.counterdesk.visitors.VisitorDocuments;
import org.counterdesk.visitors.Visits;
import org.counterdesk.frontdesk.WatchList;
import org.jdbi.v3.core.Jdbi;

/**
 * The front desk room wires itself: the directory and settings, the notification outbox and its
 * sender, visitors, deliveries, the enquiry tally, retention, and the background jobs (started
 * by the app with {@link #startJobs()}). It sits above {@code frontdesk}, {@code visitors},
 * {@code deliveries} and {@code enquiries} because it joins them: they stand on {@code frontdesk},
 * so the room cannot sit in it without a cycle.
 */
public record FrontDeskRoom(Directory directory, FrontDeskConfig config, Notifications notifications,
                            OutboxSender outbox, WatchList watchList, Visits visits, ExpectedVisits expected,
                            VisitorDocuments visitorDocuments, Deliveries deliveries, Enquiries enquiries,
                            EnquiryReports enquiryReports, Retention retention, FrontDeskJobs jobs)
        implements AutoCloseable {

    /** Bounds each SMTP connect, read and write. */
    public static final int SMTP_TIMEOUT_MILLIS = 10_000;

    /** The room built from the shared parts, sending its mail over SMTP. */
    public static FrontDeskRoom of(DataFolder folder, Database database, CounterSetup counter, StaffService staff,
                                   Printers printers, Journal journal, Clock clock) {
        return of(folder, database.jdbi(), counter, staff, printers, journal, clock,
                new SmtpMailer(SMTP_TIMEOUT_MILLIS, clock));
    }

    static FrontDeskRoom of(DataFolder folder, Jdbi jdbi, CounterSetup counter, StaffService staff, Printers printers,
                            Journal journal, Clock clock, MailTransport transport) {
        Directory directory = new Directory(jdbi, journal, clock);
        FrontDeskConfig config = new FrontDeskConfig(jdbi, journal);
        Notifications notifications = new Notifications(jdbi, journal, clock);
        OutboxSender outbox = new OutboxSender(jdbi, config, directory, notifications, transport, clock,
                List.of(new VisitEmail(counter), new DeliveryEmail(counter)));
        NotificationQueued queued = new NotificationQueued();
        WatchList watchList = new WatchList(jdbi, journal, clock);
        Visits visits = new Visits(jdbi, counter, directory, config, notifications, watchList, staff, journal, clock,
                queued);
        ExpectedVisits expected = new ExpectedVisits(jdbi, counter, directory, visits, journal, clock);
        VisitorDocuments visitorDocuments = new VisitorDocuments(folder, counter, printers, config, clock);
        Deliveries deliveries = new Deliveries(jdbi, counter, directory, config, notifications, journal, clock,
                queued);
        Enquiries enquiries = new Enquiries(jdbi, counter, config, clock);
        EnquiryReports enquiryReports = new EnquiryReports(folder, counter, enquiries, printers, clock);
        Retention retention = new Retention(jdbi, counter, config, journal, clock, List.of(visits.personalRecords(),
                expected.personalRecords(), deliveries.personalRecords(), visitorDocuments.files()));
        FrontDeskJobs jobs = new FrontDeskJobs(outbox, List.of(visits::signOutAfterCloseOfBusiness, retention::runIfDue),
                Duration.ofSeconds(5), Duration.ofMinutes(1));
        queued.connect(jobs::kick);
        return new FrontDeskRoom(directory, config, notifications, outbox, watchList, visits, expected,
                visitorDocuments, deliveries, enquiries, enquiryReports, retention, jobs);
    }

    /** Starts the outbox sender and the housekeeping (close-of-business sign-out, retention). */
    public void startJobs() {
        jobs.start();
    }

    @Override
    public void close() {
        jobs.close();
    }
}
