package org.counterdesk.drawer;

import java.time.ZoneId;
import java.util.List;
import org.counterdesk.print.DocWriter;
import org.counterdesk.print.DocumentDates;
import org.counterdesk.print.Style;
import org.counterdesk.print.Table;

/**
 * The cash moved in and out of a drawer as the reports list it: each petty cash voucher with
 * its claimant, purpose, GL account, docket and approver; each drop or top-up with its witness.
 */
final class MovementLists {

    private MovementLists() {
    }

    static void pettyCash(DocWriter out, List<CashMovement> vouchers, ZoneId zone) {
        if (out.flow().format().roll()) {
            for (CashMovement m : vouchers) {
                out.amount(Style.BODY, m.voucherNo() + " · " + DocumentDates.time(m.at(), zone), m.amount().format());
                out.indented(Style.SMALL, 6, m.claimant() + ": " + m.purpose());
                out.indented(Style.SMALL, 6, "GL " + m.glAccount() + " · docket " + m.docketRef() + " · approved by "
                        + m.approvedBy());
                out.gap(2);
            }
            return;
        }
        Table t = ReportParts.table(out, List.of(Table.Column.left("Voucher", 0.13f), Table.Column.left("Time", 0.1f),
                Table.Column.left("Claimant and purpose", 0.27f), Table.Column.left("GL account", 0.13f),
                Table.Column.left("Docket", 0.12f), Table.Column.left("Approved by", 0.14f),
                Table.Column.right("Amount", 0.11f)));
        for (CashMovement m : vouchers) {
            t.row(Style.SMALL, m.voucherNo(), DocumentDates.time(m.at(), zone), m.claimant() + ": " + m.purpose(),
                    m.glAccount(), m.docketRef(), m.approvedBy(), m.amount().format());
        }
        t.end();
    }

    static void dropsAndTopUps(DocWriter out, List<CashMovement> movements, ZoneId zone) {
        if (out.flow().format().roll()) {
            for (CashMovement m : movements) {
                out.amount(Style.BODY, m.kind().label() + " · " + DocumentDates.time(m.at(), zone), m.amount().format());
                out.indented(Style.SMALL, 6, "By " + m.recordedBy() + ", witnessed by " + m.approvedBy());
                out.gap(2);
            }
            return;
        }
        Table t = ReportParts.table(out, List.of(Table.Column.left("Time", 0.1f), Table.Column.left("Movement", 0.3f),
                Table.Column.left("Recorded by", 0.24f), Table.Column.left("Witnessed by", 0.25f),
                Table.Column.right("Amount", 0.11f)));
        for (CashMovement m : movements) {
            t.row(Style.SMALL, DocumentDates.time(m.at(), zone), m.kind().label(), m.recordedBy(), m.approvedBy(),
                    m.amount().format());
        }
        t.end();
    }
}
