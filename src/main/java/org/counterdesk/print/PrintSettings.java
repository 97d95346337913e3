package org.counterdesk.print;

import java.util.Locale;
import java.util.Optional;

/**
 * How this counter prints: to the named printer, or (no name) into the printed-documents
 * folder; and on which paper receipts are laid out.
 */
public record PrintSettings(Optional<String> printerName, ReceiptLayout receiptLayout) {

    public static final String PRINTER_KEY = "printer.name";
    public static final String LAYOUT_KEY = "receipt.layout";
    /** What a counter does until someone sets otherwise: save to the folder, roll layout. */
    public static final PrintSettings DEFAULT = new PrintSettings(Optional.empty(), ReceiptLayout.ROLL_80MM);

    /** Reads the stored values; blank or unknown values fall back to the defaults. */
    public static PrintSettings of(String printerName, String layout) {
        Optional<String> printer = Optional.ofNullable(printerName).map(String::strip).filter(s -> !s.isEmpty());
        return new PrintSettings(printer, layout(layout));
    }

    private static ReceiptLayout layout(String value) {
        if (value == null) {
            return DEFAULT.receiptLayout();
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        for (ReceiptLayout l : ReceiptLayout.values()) {
            if (l.name().equals(v)) {
                return l;
            }
        }
        return DEFAULT.receiptLayout();
    }
}
