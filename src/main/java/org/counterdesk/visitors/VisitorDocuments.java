package org.counterdesk.visitors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.PersonalRecords;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.DocumentOutput;
import org.counterdesk.print.Printer;
import org.counterdesk.print.Printers;
import org.counterdesk.print.SystemPrinter;
import org.counterdesk.store.DataFolder;

/**
 * Makes visitor badges and evacuation rolls, keeps each under {@code documents/front-desk/DATE/},
 * and prints it: badges on the badge printer the front desk settings name (else the counter's
 * printer), rolls on the counter's printer. These files hold visitors' names, so the retention
 * job deletes them (and the printed-folder copies) with the rest of the personal details.
 */
public record VisitorDocuments(DataFolder folder, CounterSetup counter, Printers printers, FrontDeskConfig config,
                               Clock clock) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HHmmss");
    private static final Pattern DATED = Pattern.compile("(?:visitor-badge|evacuation-roll)-(\\d{4}-\\d{2}-\\d{2})-.*\\.pdf");

    /** Makes, keeps and prints the badge of {@code v}; returns the kept PDF. */
    public Path printBadge(Visit v) {
        Path file = dayFolder(v.businessDate()).resolve("visitor-badge-" + v.businessDate() + "-" + v.code() + ".pdf");
        Printer printer = config.settings().badgePrinter().<Printer>map(SystemPrinter::new).orElseGet(printers::current);
        return DocumentOutput.keepAndPrint("the visitor badge", file, "Badge " + v.badge(), printer,
                doc -> new BadgePdf(counter.organisation(), counter.demo()).draw(doc, v));
    }

    /** Makes, keeps and prints the evacuation roll of everyone in {@code onSite}; returns the kept PDF. */
    public Path printEvacuationRoll(List<Visit> onSite) {
        Instant now = clock.instant();
        var local = now.atZone(counter.organisation().timeZone());
        Path file = dayFolder(local.toLocalDate()).resolve("evacuation-roll-" + local.toLocalDate() + "-"
                + STAMP.format(local) + ".pdf");
        return DocumentOutput.keepAndPrint("the evacuation roll", file, "Evacuation roll", printers.current(),
                doc -> new EvacuationRollPdf(counter.organisation(), counter.terminal().site(), counter.demo())
                        .draw(doc, onSite, now));
    }

    private Path dayFolder(LocalDate date) {
        return folder.documents().resolve("front-desk").resolve(date.toString());
    }

    /** The retention job's hold on the kept and printed badge and roll files. */
    public PersonalRecords files() {
        return new PersonalRecords("visitorDocuments", (h, cutoff, cutoffDate, now) -> deleteBefore(cutoffDate));
    }

    int deleteBefore(LocalDate cutoffDate) {
        int deleted = 0;
        Path kept = folder.documents().resolve("front-desk");
        try {
            if (Files.isDirectory(kept)) {
                try (DirectoryStream<Path> days = Files.newDirectoryStream(kept)) {
                    for (Path day : days) {
                        if (before(day.getFileName().toString(), cutoffDate)) {
                            deleted += deleteTree(day);
                        }
                    }
                }
            }
            if (Files.isDirectory(folder.printed())) {
                try (DirectoryStream<Path> printed = Files.newDirectoryStream(folder.printed(), "*.pdf")) {
                    for (Path p : printed) {
                        Matcher m = DATED.matcher(p.getFileName().toString());
                        if (m.matches() && before(m.group(1), cutoffDate)) {
                            Files.delete(p);
                            deleted++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove old visitor documents", e);
        }
        return deleted;
    }

    private static boolean before(String isoDate, LocalDate cutoff) {
        try {
            return LocalDate.parse(isoDate).isBefore(cutoff);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static int deleteTree(Path root) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        }
        int files = 0;
        for (Path p : all) {
            if (Files.isRegularFile(p)) {
                files++;
            }
            Files.delete(p);
        }
        return files;
    }
}
