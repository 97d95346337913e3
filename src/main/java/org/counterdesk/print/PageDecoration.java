package org.counterdesk.print;

import java.io.IOException;

/**
 * Drawn on every page when the document is finished, when the page count is known: a
 * watermark beneath the content, or a "page 2 of 3" footer.
 */
@FunctionalInterface
public interface PageDecoration {

    void draw(Ink ink, int pageNumber, int pageCount) throws IOException;
}
