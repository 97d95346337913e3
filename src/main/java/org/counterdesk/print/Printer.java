package org.counterdesk.print;

import java.nio.file.Path;

/** Where finished documents go: a printer, or a folder on a PC that has none. */
public interface Printer {

    /** Sends the PDF at {@code pdf}; {@code jobName} is what a print queue shows (a document number). */
    void print(Path pdf, String jobName) throws PrintFailure;

    /** Where documents go, in words for a settings screen: "printer Front desk". */
    String describe();
}
