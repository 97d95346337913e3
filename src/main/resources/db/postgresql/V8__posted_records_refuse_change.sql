-- Counterdesk schema, version 8, PostgreSQL: the database itself refuses to change posted records.
-- Stands in for db/migration/V8 (H2's Java trigger) on a site's server; the same tables, the
-- same SQLSTATE (27000, "triggered data change violation") and the same message, so the app
-- words a refusal the same way on both.
--
-- Each insert-only table gets a row trigger before UPDATE and DELETE and a statement trigger
-- before TRUNCATE (which PostgreSQL, unlike H2, fires), both refusing the change: corrections
-- are new records. Someone with full rights can still drop these; the journal and verify catch
-- that. A table added later is guarded in a new migration (both databases) or listed as
-- mutable, with its reason, in PostedRecordGuardTest.

CREATE FUNCTION counterdesk_refuse_posted_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '27000',
        MESSAGE = TG_TABLE_NAME || ' is a posted record: it cannot be changed or deleted; record a correction instead';
END;
$$;

-- Receipting (V1)
CREATE TRIGGER posted_receipt BEFORE UPDATE OR DELETE ON receipt FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_receipt_truncate BEFORE TRUNCATE ON receipt FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_receipt_line BEFORE UPDATE OR DELETE ON receipt_line FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_receipt_line_truncate BEFORE TRUNCATE ON receipt_line FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_tender BEFORE UPDATE OR DELETE ON tender FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_tender_truncate BEFORE TRUNCATE ON tender FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_receipt_void BEFORE UPDATE OR DELETE ON receipt_void FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_receipt_void_truncate BEFORE TRUNCATE ON receipt_void FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_journal BEFORE UPDATE OR DELETE ON journal FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_journal_truncate BEFORE TRUNCATE ON journal FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_mail_batch BEFORE UPDATE OR DELETE ON mail_batch FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_mail_batch_truncate BEFORE TRUNCATE ON mail_batch FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_mail_batch_finish BEFORE UPDATE OR DELETE ON mail_batch_finish FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_mail_batch_finish_truncate BEFORE TRUNCATE ON mail_batch_finish FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();

-- Drawer sessions (V1, V2)
CREATE TRIGGER posted_drawer_session BEFORE UPDATE OR DELETE ON drawer_session FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_drawer_session_truncate BEFORE TRUNCATE ON drawer_session FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_session_opening BEFORE UPDATE OR DELETE ON session_opening FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_session_opening_truncate BEFORE TRUNCATE ON session_opening FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_cash_count BEFORE UPDATE OR DELETE ON cash_count FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_cash_count_truncate BEFORE TRUNCATE ON cash_count FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_cash_count_line BEFORE UPDATE OR DELETE ON cash_count_line FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_cash_count_line_truncate BEFORE TRUNCATE ON cash_count_line FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_kept_float_line BEFORE UPDATE OR DELETE ON kept_float_line FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_kept_float_line_truncate BEFORE TRUNCATE ON kept_float_line FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_count_instrument BEFORE UPDATE OR DELETE ON count_instrument FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_count_instrument_truncate BEFORE TRUNCATE ON count_instrument FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_cash_movement BEFORE UPDATE OR DELETE ON cash_movement FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_cash_movement_truncate BEFORE TRUNCATE ON cash_movement FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_variance_decision BEFORE UPDATE OR DELETE ON variance_decision FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_variance_decision_truncate BEFORE TRUNCATE ON variance_decision FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_session_close BEFORE UPDATE OR DELETE ON session_close FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_session_close_truncate BEFORE TRUNCATE ON session_close FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();

-- Banking and day closures (V4)
CREATE TRIGGER posted_deposit BEFORE UPDATE OR DELETE ON deposit FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_deposit_truncate BEFORE TRUNCATE ON deposit FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_deposit_session BEFORE UPDATE OR DELETE ON deposit_session FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_deposit_session_truncate BEFORE TRUNCATE ON deposit_session FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_deposit_line BEFORE UPDATE OR DELETE ON deposit_line FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_deposit_line_truncate BEFORE TRUNCATE ON deposit_line FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_deposit_instrument BEFORE UPDATE OR DELETE ON deposit_instrument FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_deposit_instrument_truncate BEFORE TRUNCATE ON deposit_instrument FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_bank_adjustment BEFORE UPDATE OR DELETE ON bank_adjustment FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_bank_adjustment_truncate BEFORE TRUNCATE ON bank_adjustment FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_adjustment_resolution BEFORE UPDATE OR DELETE ON adjustment_resolution FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_adjustment_resolution_truncate BEFORE TRUNCATE ON adjustment_resolution FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_dishonour BEFORE UPDATE OR DELETE ON dishonour FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_dishonour_truncate BEFORE TRUNCATE ON dishonour FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_dishonour_line BEFORE UPDATE OR DELETE ON dishonour_line FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_dishonour_line_truncate BEFORE TRUNCATE ON dishonour_line FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_day_closure BEFORE UPDATE OR DELETE ON day_closure FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_day_closure_truncate BEFORE TRUNCATE ON day_closure FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_closure_gl_line BEFORE UPDATE OR DELETE ON closure_gl_line FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_closure_gl_line_truncate BEFORE TRUNCATE ON closure_gl_line FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_closure_tender BEFORE UPDATE OR DELETE ON closure_tender FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_closure_tender_truncate BEFORE TRUNCATE ON closure_tender FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();

-- Export to finance (V5)
CREATE TRIGGER posted_export_batch BEFORE UPDATE OR DELETE ON export_batch FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_export_batch_truncate BEFORE TRUNCATE ON export_batch FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_batch_event BEFORE UPDATE OR DELETE ON batch_event FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_batch_event_truncate BEFORE TRUNCATE ON batch_event FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();

-- Master-data history (V1, V6): what receipts were charged from and who imported it
CREATE TRIGGER posted_master_data_import BEFORE UPDATE OR DELETE ON master_data_import FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_master_data_import_truncate BEFORE TRUNCATE ON master_data_import FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_organisation BEFORE UPDATE OR DELETE ON organisation FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_organisation_truncate BEFORE TRUNCATE ON organisation FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_fee_schedule BEFORE UPDATE OR DELETE ON fee_schedule FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_fee_schedule_truncate BEFORE TRUNCATE ON fee_schedule FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_fee BEFORE UPDATE OR DELETE ON fee FOR EACH ROW
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
CREATE TRIGGER posted_fee_truncate BEFORE TRUNCATE ON fee FOR EACH STATEMENT
    EXECUTE FUNCTION counterdesk_refuse_posted_change();
