package org.counterdesk.deliveries;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactRef;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.Notification;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.PersonalRecords;
import org.counterdesk.frontdesk.Sql;
import org.counterdesk.frontdesk.Texts;
import org.counterdesk.frontdesk.VisitorNames;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Jdbi;

/**
 * The delivery log: a carrier's parcels taken in at the desk, the person or unit told (by email
 * through the outbox, or by phone), and who collected them. Journaled by id.
 */
public record Deliveries(Jdbi jdbi, CounterSetup counter, Directory directory, FrontDeskConfig config,
                         Notifications notifications, Journal journal, Clock clock, Runnable queued) {

    public static final String SUBJECT = "delivery";
    public static final int MOST_ITEMS = 99;

    /** What the desk types when a parcel comes in. */
    public record Form(String carrier, String consignment, String items, ContactRef to, String toTyped) {
    }

    /** A delivery logged, and how its recipient is being told. */
    public record Logged(Delivery delivery, Notification notification) {
    }

    /** Logs a delivery received now by {@code actor}, and queues telling its recipient. */
    public Logged log(Actor actor, Form f) {
        String carrier = Texts.required("carrier", "carrier", f.carrier(), 2, 40);
        String consignment = Texts.required("consignment", "consignment or tracking number", f.consignment(), 4, 60)
                .toUpperCase(Locale.ROOT);
        if (!consignment.matches("[A-Z0-9][A-Z0-9 /.-]*")) {
            throw new Refused("consignment", "A consignment number is letters and digits (scan it or type it as printed).");
        }
        int items = items(f.items());
        ContactRef toRef = f.to() != null ? f.to() : ContactRef.of(directory.resolve("addressedTo", f.toTyped()));
        jdbi.withHandle(h -> new DeliveryDao(h).uncollectedWithConsignment(consignment)).ifPresent(d -> {
            throw new Refused("consignment", "Consignment " + consignment + " was already logged at "
                    + DeskTimes.dayAndTime(d.receivedAt(), counter.organisation().timeZone())
                    + " and has not been collected.");
        });
        Instant now = clock.instant();
        LocalDate date = counter.deskDate();
        var settings = config.settings();
        Logged logged = jdbi.inTransaction(h -> {
            Contact to = directory.requireActive(h, "addressedTo", toRef);
            DeliveryDao dao = new DeliveryDao(h);
            long id = dao.insert(counter.terminal().id(), date, carrier, consignment, items, toRef, actor.staff().id(), now);
            Notification n = notifications.queue(h, settings, SUBJECT, id, to);
            journal.append(h, JournalEvent.of("DELIVERY_LOGGED", actor.staffNumber(), actor.terminalCode(), SUBJECT, id)
                    .with("items", items).with("notify", n.channel().name())
                    .with(toRef.kind() == Contact.Kind.PERSON ? "host" : "unit", toRef.id()));
            return new Logged(dao.byId(id).orElseThrow(), n);
        });
        queued.run();
        notifications.changed();
        return logged;
    }

    private static int items(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return 1;
        }
        if (!t.matches("\\d{1,3}") || Integer.parseInt(t) < 1 || Integer.parseInt(t) > MOST_ITEMS) {
            throw new Refused("items", "The number of items is a whole number from 1 to " + MOST_ITEMS + ".");
        }
        return Integer.parseInt(t);
    }

    /** Records who collected delivery {@code id} (the name they sign with), now. */
    public Delivery collect(Actor actor, long id, String collectedBy) {
        String who = VisitorNames.check("collectedBy", collectedBy);
        Instant now = clock.instant();
        try {
            return jdbi.inTransaction(h -> {
                DeliveryDao dao = new DeliveryDao(h);
                Delivery d = dao.byId(id).orElseThrow(() -> new Refused("There is no such delivery."));
                if (d.collected()) {
                    throw collectedAlready(d);
                }
                dao.collect(id, who, actor.staff().id(), now);
                journal.append(h, JournalEvent.of("DELIVERY_COLLECTED", actor.staffNumber(), actor.terminalCode(),
                        SUBJECT, id));
                return dao.byId(id).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw collectedAlready(byId(id));
            }
            throw e;
        }
    }

    private Refused collectedAlready(Delivery d) {
        return new Refused("collectedBy", "Consignment " + d.consignment() + " was already collected at "
                + DeskTimes.dayAndTime(d.collectedAt(), counter.organisation().timeZone()) + ".");
    }

    public Delivery byId(long id) {
        return jdbi.withHandle(h -> new DeliveryDao(h).byId(id)).orElseThrow(() -> new Refused("There is no such delivery."));
    }

    /** Every delivery not collected yet, oldest first (whatever day it came). */
    public List<Delivery> uncollected() {
        return jdbi.withHandle(h -> new DeliveryDao(h).uncollected());
    }

    /** Today's deliveries, newest first. */
    public List<Delivery> today() {
        LocalDate date = counter.deskDate();
        return jdbi.withHandle(h -> new DeliveryDao(h).onDate(date));
    }

    /** The retention job's hold on collectors' names. */
    public PersonalRecords personalRecords() {
        return new PersonalRecords("deliveryCollections",
                (h, cutoff, cutoffDate, now) -> new DeliveryDao(h).deidentifyCollectionsBefore(cutoff, now));
    }
}
