package org.counterdesk.exchange.masterdata;

/** Counts what an import did to one kind of record, for its summary and its history row. */
final class Tally {

    private final String noun;
    private int records;
    private int added;
    private int changed;
    private int deactivated;

    Tally(String noun) {
        this.noun = noun;
    }

    void record() {
        records++;
    }

    void added() {
        added++;
    }

    void changed() {
        changed++;
    }

    void deactivated() {
        deactivated++;
    }

    ImportLog.Counts counts() {
        return new ImportLog.Counts(records, added, changed, deactivated);
    }

    /** "12 people (2 added, 1 changed, 1 deactivated)". */
    String describe() {
        return records + " " + noun + " (" + added + " added, " + changed + " changed, " + deactivated + " deactivated)";
    }

    static ImportLog.Counts sum(Tally a, Tally b) {
        return new ImportLog.Counts(a.records + b.records, a.added + b.added, a.changed + b.changed,
                a.deactivated + b.deactivated);
    }
}
