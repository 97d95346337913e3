package org.counterdesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterdesk.common.Counted;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEntry;
import org.counterdesk.money.Money;
import org.counterdesk.seal.Canonical;
import org.counterdesk.seal.SealSpec;
import org.counterdesk.seal.SealSpecs;
import org.jdbi.v3.core.Handle;

/**
 * Proves each sealed record against its journal entry: every sealing entry's record is there and
 * its rows give the same seal again; every record has exactly one sealing entry (a person's
 * credentials: the latest one counts). Names the first problem in journal order, with the key
 * figures that changed where the entry kept them.
 */
final class SealCheck {

    /** A sealing entry, as much of it as the check needs. */
    private record Sealed(SealSpec spec, long key, long seq, String event, String subjectType, String subjectId,
                          String seal, String details) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Handle h;
    private final IntegrityDao dao;
    private final Map<String, Map<Long, Sealed>> byKind = new HashMap<>();

    SealCheck(Handle h, IntegrityDao dao) {
        this.h = h;
        this.dao = dao;
    }

    Optional<String> run(Journal journal, List<String> passed) {
        Optional<String> problem = collect(journal);
        if (problem.isPresent()) {
            return problem;
        }
        List<Sealed> all = new ArrayList<>();
        byKind.values().forEach(m -> all.addAll(m.values()));
        all.sort(Comparator.comparingLong(Sealed::seq));
        for (Sealed s : all) {
            problem = check(s);
            if (problem.isPresent()) {
                return problem;
            }
        }
        for (SealSpec spec : SealSpecs.ALL) {
            problem = unsealed(spec);
            if (problem.isPresent()) {
                return problem;
            }
        }
        passed.add("Seals: " + Counted.of(all.size(), "record matches its", "records match their") + " sealing journal entries; none unsealed");
        return Optional.empty();
    }

    private Optional<String> collect(Journal journal) {
        for (JournalEntry e : journal.sealing(h)) {
            Optional<SealSpec> spec = SealSpecs.byKind(e.recordKind());
            if (spec.isEmpty() || e.recordKey() == null) {
                return Optional.of("Journal entry " + e.seq() + " seals a record of an unknown kind (" + e.recordKind()
                        + ")");
            }
            Map<Long, Sealed> sealed = byKind.computeIfAbsent(spec.get().kind(), k -> new LinkedHashMap<>());
            Sealed s = new Sealed(spec.get(), e.recordKey(), e.seq(), e.event(), e.subjectType(), e.subjectId(),
                    e.seal(), e.details());
            Sealed before = sealed.put(e.recordKey(), s);
            if (before != null && !spec.get().mutable()) {
                return Optional.of(s.spec().label() + " " + e.recordKey() + " is sealed twice (journal entries "
                        + before.seq() + " and " + e.seq() + ")");
            }
        }
        return Optional.empty();
    }

    private Optional<String> check(Sealed s) {
        Optional<Map<String, Object>> row = dao.mainRow(s.spec(), s.key());
        if (row.isEmpty()) {
            return Optional.of(s.spec().label() + " sealed by journal entry " + s.seq() + " (" + s.event() + ", "
                    + s.subjectType() + " " + s.subjectId() + ") is missing from the database: it was deleted after "
                    + "it was written");
        }
        if (Canonical.seal(h, s.spec(), s.key()).equals(s.seal())) {
            return Optional.empty();
        }
        String name = s.spec().label() + " " + row.get().get(s.spec().labelColumn());
        return Optional.of(changedFigure(s, row.get(), name).orElse(name + " does not match its seal (journal entry "
                + s.seq() + "): its rows in " + tables(s.spec()) + " were changed after it was written"));
    }

    private static Optional<String> changedFigure(Sealed s, Map<String, Object> row, String name) {
        JsonNode details;
        try {
            details = JSON.readTree(s.details());
        } catch (IOException e) {
            return Optional.empty();
        }
        for (SealSpec.Figure f : s.spec().figures()) {
            JsonNode sealed = details.get(f.detailsKey());
            Object now = row.get(f.column());
            if (sealed != null && sealed.isIntegralNumber() && now instanceof Number n
                    && n.longValue() != sealed.asLong()) {
                return Optional.of(name + ": " + f.name() + " " + show(f, n.longValue()) + " in the database, sealed as "
                        + show(f, sealed.asLong()) + " (journal entry " + s.seq() + ")");
            }
        }
        return Optional.empty();
    }

    private static String show(SealSpec.Figure f, long value) {
        return f.money() ? Money.ofCents(value).format() : Long.toString(value);
    }

    private Optional<String> unsealed(SealSpec spec) {
        Map<Long, Sealed> sealed = byKind.getOrDefault(spec.kind(), Map.of());
        return dao.firstUnsealed(spec, sealed::containsKey).map(label -> spec.label() + " " + label
                + " has no journal entry sealing it: it was not written by Counterdesk (added or replaced by hand)");
    }

    private static String tables(SealSpec spec) {
        List<String> names = new ArrayList<>();
        names.add(spec.main().table());
        spec.children().forEach(c -> names.add(c.table()));
        return String.join(", ", names.stream().distinct().toList());
    }
}
