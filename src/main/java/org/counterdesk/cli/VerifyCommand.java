package org.counterdesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterdesk.audit.Anchor;
import org.counterdesk.audit.IntegrityReport;
import org.counterdesk.exchange.batch.ManifestAnchors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code verify}: the journal's hash chain and its anchors, numbering, closure grand totals, and
 * every record against its seal.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks the journal's hash chain and its tail, that it leads to every journal head kept "
                + "outside the database (manifests in the queue and outbox, finance's acknowledgements, and each "
                + "--anchor), that receipt and void numbers have no gaps or duplicates, that each day closure's "
                + "grand total follows from the one before, and that every posted record still matches the seal its "
                + "journal entry holds. Names the first problem found (exit code 3). Changes nothing.")
final class VerifyCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--anchor", paramLabel = "N:HEAD", converter = AnchorConverter.class,
            description = "a journal head held outside this PC (finance reads it out): entry N of the chain must have "
                    + "the hash HEAD (64 hex digits). Repeatable.")
    private List<Anchor> anchors = new ArrayList<>();

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<Anchor> all = new ArrayList<>(anchors);
        all.addAll(new ManifestAnchors(context.services().exchangeRoom().folders()).read());
        IntegrityReport report = context.services().auditRoom().integrity().run(all);
        report.passed().forEach(context.out()::println);
        if (report.intact()) {
            return ExitCodes.OK;
        }
        context.err().println("verify: " + report.firstProblem().orElseThrow());
        return ExitCodes.INTEGRITY;
    }

    /** {@code N:HEAD} as typed; a wrong one is a usage error with the reason. */
    static final class AnchorConverter implements ITypeConverter<Anchor> {
        @Override
        public Anchor convert(String value) {
            try {
                return Anchor.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
