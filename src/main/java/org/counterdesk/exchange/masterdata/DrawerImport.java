package org.counterdesk.exchange.masterdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Problems;
import org.counterdesk.common.RecordLabels;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.drawer.DrawerAdmin;
import org.counterdesk.drawer.DrawerRoster;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Imports the drawers of the terminal running the import: adds, renames, resets floats,
 * retires and brings back drawers in one transaction. A drawer whose session is still open is
 * never retired, and the terminal keeps at least one drawer that can be opened. Sessions
 * already open keep the float they opened with.
 */
record DrawerImport(DrawerRoster drawers, ImportLog log) {

    static final String KIND = "DRAWERS";
    static final RecordLabels LABELS = new RecordLabels(Map.of("drawers", new RecordLabels.Key("code", "code")));
    static final InboundFile.Kind FILE = InboundFile.Kind.masterData("drawers", LABELS);

    /** A drawer as the file gives it, its float worked out from the amount or the notes and coins. */
    private record Row(String label, String code, String name, Money setFloat, boolean active) {
    }

    ImportResult run(Handle h, Actor actor, InboundFile file) {
        Problems problems = new Problems();
        String terminal = file.root().get("terminal").asText();
        if (!terminal.equals(actor.terminalCode())) {
            problems.add("", "terminal", "is " + terminal + " but this is terminal " + actor.terminalCode()
                    + ": import a terminal's drawers at that terminal");
        }
        List<Row> rows = rows(file.root(), problems);
        Map<String, DrawerRoster.Entry> stored = new HashMap<>();
        drawers.drawers(h, actor.terminal().id()).forEach(e -> stored.put(e.drawer().code(), e));
        checkAgainstStored(h, rows, stored, problems);
        problems.refuseIfAny(file.name());
        Tally tally = apply(h, actor, rows, stored);
        return log.record(h, actor, KIND, file, tally.counts(), "Drawers at " + actor.terminalCode() + ": " + tally.describe());
    }

    private static List<Row> rows(JsonNode root, Problems problems) {
        UniqueKeys keys = new UniqueKeys("code", problems);
        List<Row> rows = LABELS.each(root, "drawers", (n, label) -> {
            Row row = new Row(label, n.get("code").asText(), n.get("name").asText().strip(), setFloat(n, label, problems),
                    n.get("active").asBoolean());
            keys.check(row.code(), label);
            if (row.name().isEmpty()) {
                problems.add(label, "name", "must be 1 to 60 characters");
            }
            return row;
        });
        if (rows.stream().noneMatch(Row::active)) {
            problems.add("The file", "has no active drawer: the terminal would have no drawer to open");
        }
        return rows;
    }

    /** The set float from setFloat, floatCount, or both (which must agree); at most the policy ceiling. */
    private static Money setFloat(JsonNode n, String label, Problems problems) {
        Money counted = null;
        if (n.has("floatCount")) {
            long cents = 0;
            for (Denomination d : Denomination.values()) {
                cents += n.get("floatCount").path(d.label()).asLong(0) * d.value().cents();
            }
            counted = Money.ofCents(cents);
        }
        Money amount = n.has("setFloat") ? Money.ofCents(n.get("setFloat").asLong()) : counted;
        if (counted != null && !counted.equals(amount)) {
            problems.add(label, "floatCount", "adds up to " + counted.format() + " but setFloat is " + amount.format());
        } else if (!amount.isPositive()) {
            problems.add(label, "floatCount", "adds up to nothing: a drawer needs a float");
        } else if (amount.greaterThan(DrawerAdmin.POLICY_CEILING)) {
            problems.add(label, n.has("setFloat") ? "setFloat" : "floatCount", "is " + amount.format()
                    + ": council policy keeps a float at or under " + DrawerAdmin.POLICY_CEILING.format());
        }
        return amount;
    }

    private void checkAgainstStored(Handle h, List<Row> rows, Map<String, DrawerRoster.Entry> stored, Problems problems) {
        Map<String, Row> listed = new HashMap<>();
        rows.forEach(r -> listed.putIfAbsent(r.code(), r));
        for (Row r : rows) {
            Optional<Drawer> elsewhere = drawers.byCode(h, r.code()).filter(d -> !stored.containsKey(d.code()));
            if (elsewhere.isPresent()) {
                problems.add(r.label(), "code", "is a drawer of another terminal: drawer codes are unique across the site");
            }
        }
        for (DrawerRoster.Entry e : stored.values()) {
            Row row = listed.get(e.drawer().code());
            if (e.active() && (row == null || !row.active())) {
                Optional<DrawerSession> open = drawers.unclosedSession(h, e.drawer().id());
                String where = row == null ? "The file" : row.label();
                String what = (row == null ? "leaves out drawer " + e.drawer().code() + ", which would retire it, but"
                        : "retires the drawer, but") + " it has a session not yet closed";
                open.ifPresent(s -> problems.add(where, what + " (" + s.cashierName() + ", " + s.businessDate()
                        + "): close and balance it first"));
            }
        }
    }

    private Tally apply(Handle h, Actor actor, List<Row> rows, Map<String, DrawerRoster.Entry> stored) {
        Tally tally = new Tally("drawers");
        Map<String, DrawerRoster.Entry> left = new HashMap<>(stored);
        for (Row r : rows) {
            tally.record();
            DrawerRoster.Entry e = left.remove(r.code());
            if (e == null) {
                drawers.add(h, actor, r.code(), r.name(), r.setFloat(), r.active());
                tally.added();
                continue;
            }
            Drawer d = e.drawer();
            boolean details = !d.name().equals(r.name()) || !d.setFloat().equals(r.setFloat());
            if (details) {
                drawers.change(h, actor, d, r.name(), r.setFloat());
            }
            if (e.active() != r.active()) {
                drawers.setActive(h, actor, d, r.active());
                if (!r.active()) {
                    tally.deactivated();
                }
            }
            if (details || e.active() != r.active()) {
                tally.changed();
            }
        }
        left.values().stream().filter(DrawerRoster.Entry::active).forEach(e -> {
            drawers.setActive(h, actor, e.drawer(), false);
            tally.deactivated();
        });
        return tally;
    }
}
