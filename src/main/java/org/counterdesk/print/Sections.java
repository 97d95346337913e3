package org.counterdesk.print;

/**
 * Section headings for reports: a heading with a rule under it, kept on one page with the
 * first lines that follow, so that a heading never stands alone at the foot of a page.
 */
public final class Sections {

    private Sections() {
    }

    /** A heading kept with the four body lines after it. */
    public static void heading(DocWriter out, String title) {
        heading(out, title, 4);
    }

    /** A heading kept on one page with the {@code linesAfter} body lines that follow it. */
    public static void heading(DocWriter out, String title, int linesAfter) {
        heading(out, title, linesAfter, out.flow().format().roll() ? 8 : 14);
    }

    /** A heading with {@code gap} points above it, for a document that must fit a page (a deposit slip). */
    public static void heading(DocWriter out, String title, int linesAfter, float gap) {
        Flow flow = out.flow();
        flow.keep(gap + flow.leading(Style.HEADING) + flow.format().bodySize() + linesAfter * flow.leading(Style.BODY));
        out.gap(gap);
        out.text(Style.HEADING, title);
        out.rule();
    }
}
