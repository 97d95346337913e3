package org.counterdesk.seal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.counterdesk.seal.SealSpec.Figure;
import org.counterdesk.seal.SealSpec.Part;

/**
 * Every kind of sealed record, in one place: which tables and columns make it up. It names
 * tables, not features, so the journal and the audit can use it and no feature depends on
 * another through it. A new column on a sealed table is added here only for records written
 * from then on (an older record's seal covers the columns it was sealed with): give such a
 * record kind a new name rather than change a list that data already depends on.
 */
public final class SealSpecs {

    private static final String OPEN_COUNT = "(SELECT id FROM cash_count WHERE session_id = :key AND purpose = 'OPEN')";
    private static final String MOVEMENT_COUNT = "(SELECT count_id FROM cash_movement WHERE id = :key)";

    public static final SealSpec RECEIPT = new SealSpec("receipt", "Receipt",
            Part.of("receipt", "id", "id", "id", "terminal_id", "number", "receipt_no", "session_id", "cashier_id",
                    "business_date", "posted_at", "mail_batch_id", "payer_name", "payer_abn", "total_cents", "gst_cents",
                    "rounding_cents", "change_cents"),
            "TRUE",
            List.of(Part.of("receipt_line", "receipt_id", "line_no", "line_no", "fee_id", "fee_code", "description", "gl",
                            "tax_code", "reference", "quantity", "unit_price_cents", "amount_cents", "gst_cents"),
                    Part.of("tender", "receipt_id", "line_no", "line_no", "kind", "amount_cents", "eftpos_ref",
                            "cheque_drawer", "cheque_bank", "cheque_bsb", "cheque_number", "mo_issuer", "mo_number")),
            "receipt_no", false,
            List.of(new Figure("total", "total_cents", "total", true), new Figure("gst", "gst_cents", "GST", true),
                    new Figure("change", "change_cents", "change", true),
                    new Figure("rounding", "rounding_cents", "cash rounding", true)));

    public static final SealSpec VOID = new SealSpec("receipt_void", "Void",
            Part.of("receipt_void", "id", "id", "id", "terminal_id", "number", "void_no", "receipt_id", "session_id",
                    "voided_by", "approved_by", "business_date", "voided_at", "reason", "refund_reference"),
            "TRUE", List.of(), "void_no", false, List.of());

    public static final SealSpec DISHONOUR = new SealSpec("dishonour", "Reversal",
            Part.of("dishonour", "id", "id", "id", "terminal_id", "number", "reversal_no", "receipt_id", "tender_line",
                    "amount_cents", "bank_notice", "notice_date", "bank_fee_cents", "business_date", "recorded_at",
                    "recorded_by"),
            "TRUE",
            List.of(Part.of("dishonour_line", "dishonour_id", "line_no", "line_no", "gl", "fee_code", "tax_code",
                    "amount_cents", "gst_cents")),
            "reversal_no", false,
            List.of(new Figure("amount", "amount_cents", "amount", true),
                    new Figure("bankFee", "bank_fee_cents", "bank fee", true)));

    /** A drawer session as opened: the session, its opening and the float counted into it. */
    public static final SealSpec SESSION_OPENING = new SealSpec("drawer_session", "Drawer session",
            Part.of("drawer_session", "id", "id", "id", "drawer_id", "cashier_id", "business_date", "opened_at",
                    "implicit_open", "set_float_cents"),
            "TRUE",
            List.of(Part.of("session_opening", "session_id", "session_id", "session_id", "count_id", "set_float_cents",
                            "difference_cents", "acknowledged_by", "note"),
                    new Part("cash_count", "id IN " + OPEN_COUNT, "id", countColumns()),
                    new Part("cash_count_line", "count_id IN " + OPEN_COUNT, "count_id, denomination",
                            List.of("count_id", "denomination", "quantity", "value_cents"))),
            "id", false, List.of());

    /** A closing count: the cash by denomination, the float kept, and the cheques ticked off. */
    public static final SealSpec CLOSING_COUNT = new SealSpec("cash_count", "Closing count",
            new Part("cash_count", "id = :key", "id", countColumns()),
            "purpose = 'CLOSE'",
            List.of(Part.of("cash_count_line", "count_id", "denomination", "denomination", "quantity", "value_cents"),
                    Part.of("kept_float_line", "count_id", "denomination", "denomination", "quantity", "value_cents"),
                    Part.of("count_instrument", "count_id", "receipt_id, tender_line", "receipt_id", "tender_line",
                            "present")),
            "id", false, List.of(new Figure("cash", "total_cents", "cash counted", true)));

    public static final SealSpec VARIANCE_DECISION = new SealSpec("variance_decision", "Variance decision",
            Part.of("variance_decision", "id", "id", "id", "session_id", "count_id", "decision", "variance_cents",
                    "decided_by", "decided_at", "note"),
            "TRUE", List.of(), "id", false, List.of(new Figure("variance", "variance_cents", "variance", true)));

    public static final SealSpec SESSION_CLOSE = new SealSpec("session_close", "Close of drawer session",
            Part.of("session_close", "session_id", "session_id", "session_id", "count_id", "closed_at", "outcome",
                    "variance_cents", "decision_id"),
            "TRUE", List.of(), "session_id", false, List.of(new Figure("variance", "variance_cents", "variance", true)));

    /** Cash in or out of a drawer, with the notes and coins counted for it. */
    public static final SealSpec CASH_MOVEMENT = new SealSpec("cash_movement", "Cash movement",
            Part.of("cash_movement", "id", "id", "id", "session_id", "kind", "number", "voucher_no", "amount_cents",
                    "recorded_at", "recorded_by", "approved_by", "count_id", "claimant", "purpose", "gl_account",
                    "docket_ref"),
            "TRUE",
            List.of(new Part("cash_count", "id = " + MOVEMENT_COUNT, "id", countColumns()),
                    new Part("cash_count_line", "count_id = " + MOVEMENT_COUNT, "denomination",
                            List.of("denomination", "quantity", "value_cents"))),
            "id", false, List.of(new Figure("amount", "amount_cents", "amount", true)));

    /** A deposit with its drawer sessions, notes and coins, and cheque and money order listing. */
    public static final SealSpec DEPOSIT = new SealSpec("deposit", "Deposit",
            Part.of("deposit", "id", "id", "id", "number", "deposit_no", "reference", "terminal_id", "business_date",
                    "prepared_at", "prepared_by", "checked_by", "cash_cents", "cheques_cents", "money_orders_cents",
                    "total_cents", "eftpos_cents"),
            "TRUE",
            List.of(Part.of("deposit_session", "deposit_id", "session_id", "session_id"),
                    Part.of("deposit_line", "deposit_id", "denomination", "denomination", "quantity", "value_cents"),
                    Part.of("deposit_instrument", "deposit_id", "receipt_id, tender_line", "receipt_id", "tender_line")),
            "deposit_no", false,
            List.of(new Figure("total", "total_cents", "total", true), new Figure("cash", "cash_cents", "cash", true)));

    public static final SealSpec BANK_ADJUSTMENT = new SealSpec("bank_adjustment", "Bank adjustment",
            Part.of("bank_adjustment", "id", "id", "id", "deposit_id", "recorded_at", "recorded_by", "credited_cents",
                    "difference_cents", "reason", "bank_reference"),
            "TRUE", List.of(), "id", false,
            List.of(new Figure("credited", "credited_cents", "amount credited", true),
                    new Figure("difference", "difference_cents", "difference", true)));

    public static final SealSpec ADJUSTMENT_RESOLUTION = new SealSpec("adjustment_resolution",
            "Resolution of bank adjustment",
            Part.of("adjustment_resolution", "adjustment_id", "adjustment_id", "adjustment_id", "resolved_at",
                    "resolved_by", "resolution", "note"),
            "TRUE", List.of(), "adjustment_id", false, List.of());

    /** A day closure with its GL and tender totals, and the journal head it recorded. */
    public static final SealSpec DAY_CLOSURE = new SealSpec("day_closure", "Day closure",
            Part.of("day_closure", "id", "id", "id", "terminal_id", "number", "closure_no", "business_date", "closed_at",
                    "closed_by", "first_receipt_no", "last_receipt_no", "receipts_count", "voids_count",
                    "reversals_count", "receipted_cents", "voided_cents", "reversed_cents", "period_total_cents",
                    "gst_cents", "rounding_cents", "petty_cash_cents", "over_short_cents", "previous_grand_total_cents",
                    "grand_total_cents", "journal_head"),
            "TRUE",
            List.of(Part.of("closure_gl_line", "closure_id", "gl, tax_code", "gl", "tax_code", "amount_cents",
                            "gst_cents"),
                    Part.of("closure_tender", "closure_id", "kind", "kind", "amount_cents")),
            "closure_no", false,
            List.of(new Figure("period", "period_total_cents", "period total", true),
                    new Figure("grandTotal", "grand_total_cents", "grand total", true)));

    public static final SealSpec EXPORT_BATCH = new SealSpec("export_batch", "Export batch",
            Part.of("export_batch", "id", "id", "id", "terminal_id", "number", "batch_no", "closure_id", "created_at",
                    "created_by", "sha256", "size_bytes"),
            "TRUE", List.of(), "batch_no", false, List.of(new Figure("sizeBytes", "size_bytes", "size in bytes", false)));

    public static final SealSpec MAIL_BATCH = new SealSpec("mail_batch", "Mail batch",
            Part.of("mail_batch", "id", "id", "id", "terminal_id", "number", "batch_no", "session_id", "opened_by",
                    "opened_at", "business_date", "control_count", "control_total_cents", "description"),
            "TRUE", List.of(), "batch_no", false,
            List.of(new Figure("controlTotal", "control_total_cents", "control total", true),
                    new Figure("controlCount", "control_count", "control count", false)));

    public static final SealSpec MAIL_BATCH_FINISH = new SealSpec("mail_batch_finish", "Finish of mail batch",
            Part.of("mail_batch_finish", "batch_id", "batch_id", "batch_id", "finished_at", "finished_by"),
            "TRUE", List.of(), "batch_id", false, List.of());

    /**
     * A person's credentials as they stand: number, name, PIN hash, roles and whether active.
     * The latest sealing entry for a person must match (the failed-attempt count and lock-out
     * change at every wrong PIN and are journaled on their own).
     */
    public static final SealSpec STAFF = new SealSpec("staff", "Staff member",
            Part.of("staff", "id", "id", "id", "staff_number", "full_name", "pin_hash", "is_cashier", "is_supervisor",
                    "is_administrator", "active"),
            "TRUE", List.of(), "staff_number", true, List.of());

    /** Every kind, in the order verify checks them. */
    public static final List<SealSpec> ALL = List.of(STAFF, SESSION_OPENING, MAIL_BATCH, RECEIPT, VOID, CASH_MOVEMENT,
            CLOSING_COUNT, VARIANCE_DECISION, SESSION_CLOSE, MAIL_BATCH_FINISH, DEPOSIT, BANK_ADJUSTMENT,
            ADJUSTMENT_RESOLUTION, DISHONOUR, DAY_CLOSURE, EXPORT_BATCH);

    private static final Map<String, SealSpec> BY_KIND = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(SealSpec::kind, Function.identity()));

    private SealSpecs() {
    }

    public static Optional<SealSpec> byKind(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }

    private static List<String> countColumns() {
        return List.of("id", "session_id", "purpose", "counted_at", "counted_by", "total_cents", "eftpos_settlement_cents");
    }
}
