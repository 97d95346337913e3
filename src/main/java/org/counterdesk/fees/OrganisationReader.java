package org.counterdesk.fees;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import org.counterdesk.common.Problems;
import org.counterdesk.fees.FeeScheduleReader.Fields;
import org.counterdesk.organisation.Abn;
import org.counterdesk.organisation.Organisation;

/** Reads and checks the organisation block of a fee schedule file. */
record OrganisationReader(Problems problems) {

    private static final Set<String> FIELDS = Set.of("name", "abn", "address", "bank", "timeZone", "accounts");
    private static final Set<String> BANK_FIELDS = Set.of("accountName", "bsb", "accountNumber");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("cashRounding", "cashOverShort", "pettyCash", "dishonourFees");

    Organisation read(JsonNode node) {
        String where = "organisation";
        if (!node.isObject()) {
            problems.add(where, "must be an object");
            return null;
        }
        FeeScheduleReader.unknownFields(node, FIELDS, where, problems);
        Fields f = new Fields(node, where, problems);
        int before = problems.size();
        String name = f.text("name", 1, 120);
        String abn = f.text("abn", 11, 14);
        if (abn != null) {
            Abn.problem(abn).ifPresent(p -> f.problem("abn", "is not valid: " + p));
        }
        String address = f.text("address", 1, 200);
        ZoneId zone = zone(f.text("timeZone", 1, 60), f);
        Organisation.BankAccount bank = bank(node.get("bank"));
        Organisation.Accounts accounts = accounts(node.get("accounts"));
        if (problems.size() > before) {
            return null;
        }
        return new Organisation(name, Abn.normalise(abn), address, bank, zone, accounts);
    }

    private static ZoneId zone(String id, Fields f) {
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            f.problem("timeZone", "\"" + id + "\" is not a time zone like Australia/Melbourne");
            return null;
        }
    }

    private Organisation.BankAccount bank(JsonNode node) {
        Fields f = object(node, "bank", BANK_FIELDS);
        if (f == null) {
            return null;
        }
        String accountName = f.text("accountName", 1, 120);
        String bsb = f.text("bsb", 7, 7);
        if (bsb != null && !bsb.matches("\\d{3}-\\d{3}")) {
            f.problem("bsb", "must be six digits written 123-456");
        }
        String number = f.text("accountNumber", 1, 12);
        if (number != null && !number.matches("\\d+")) {
            f.problem("accountNumber", "must be digits only");
        }
        return new Organisation.BankAccount(accountName, bsb, number);
    }

    private Organisation.Accounts accounts(JsonNode node) {
        Fields f = object(node, "accounts", ACCOUNT_FIELDS);
        if (f == null) {
            return null;
        }
        return new Organisation.Accounts(f.text("cashRounding", 1, 30), f.text("cashOverShort", 1, 30),
                f.text("pettyCash", 1, 30), f.text("dishonourFees", 1, 30));
    }

    /** The nested object {@code field} of the organisation block, or null (and a problem) when it is missing. */
    private Fields object(JsonNode node, String field, Set<String> known) {
        if (node == null || !node.isObject()) {
            problems.add("organisation", field, "is missing");
            return null;
        }
        FeeScheduleReader.unknownFields(node, known, "organisation " + field, problems);
        return new Fields(node, "organisation", field + ".", problems);
    }
}
