package org.counterdesk.frontdesk;

import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * The demo organisation's front desk directory: a few business units and hosts, so that every
 * front desk screen can be tried on demo data. Addresses are on the reserved example domain.
 */
public final class DemoDirectory {

    private DemoDirectory() {
    }

    /** Writes the demo units and hosts within the setup transaction. */
    public static void write(Handle h, Instant at) {
        DirectoryDao dao = new DirectoryDao(h);
        long planning = dao.insertUnit("Planning", "planning@riverbend.example.org", "03 9555 0140", at);
        long rates = dao.insertUnit("Rates", "rates@riverbend.example.org", "03 9555 0120", at);
        long animals = dao.insertUnit("Animal Management", "animals@riverbend.example.org", "03 9555 0160", at);
        long works = dao.insertUnit("Works Depot", null, "03 9555 0190", at);
        dao.insertHost("Robyn Lee", "3101", "robyn.lee@riverbend.example.org", "4021", planning, at);
        dao.insertHost("Daniel Papadopoulos", "3102", "daniel.papadopoulos@riverbend.example.org", "4022", planning, at);
        dao.insertHost("Mei Chen", "3201", "mei.chen@riverbend.example.org", "4110", rates, at);
        dao.insertHost("Tom Walker", "3301", "tom.walker@riverbend.example.org", "4230", animals, at);
        dao.insertHost("Aroha Ngata", "3401", null, "4350", works, at);
    }
}
