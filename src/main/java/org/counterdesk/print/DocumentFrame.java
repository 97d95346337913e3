package org.counterdesk.print;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.organisation.Organisation;

/**
 * How every counter document opens, so that each one only fills in its own content: the DEMO
 * marks when the app runs on demo data, the page footer, then the letterhead with the title.
 * Set up before anything else is written, so the demo banner heads the first page too.
 */
public record DocumentFrame(Organisation org, boolean demo) {

    /** The time zone the organisation's documents print their dates in. */
    public ZoneId zone() {
        return org.timeZone();
    }

    /** Opens a document titled {@code title}; on demo data it says "DEMO — NOT A REAL" and the title. */
    public DocWriter open(PDDocument doc, PageFormat format, String title, String footer) throws IOException {
        return open(doc, format, title, footer, "DEMO — NOT A REAL " + title.toUpperCase(Locale.ROOT));
    }

    /** Opens a document whose demo banner says more than its title ({@code demoBanner} in full). */
    public DocWriter open(PDDocument doc, PageFormat format, String title, String footer, String demoBanner)
            throws IOException {
        DocWriter out = start(doc, format, footer, demoBanner);
        Letterhead.write(out, org, title);
        return out;
    }

    /** The marks and the footer without the letterhead: for a document that heads itself. */
    public DocWriter start(PDDocument doc, PageFormat format, String footer, String demoBanner) throws IOException {
        DocWriter out = new DocWriter(Flow.start(doc, format));
        if (demo) {
            DemoMarks.apply(out, demoBanner);
        }
        PageNumbers.apply(out.flow(), footer);
        return out;
    }
}
