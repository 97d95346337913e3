-- Counterdesk schema, version 8: the database itself refuses to change posted records.
-- H2 only (the trigger is a Java class run by the engine); PostgreSQL needs the same guard
-- as a plpgsql trigger when site mode comes.
--
-- Each insert-only table gets a trigger before UPDATE and DELETE that refuses the change
-- (org.counterdesk.store.PostedRecordGuard), so a slip in code or a statement typed by hand
-- cannot rewrite history: corrections are new records. TRUNCATE fires no trigger in H2, but
-- H2 refuses to truncate a table that a foreign key refers to, so each table also refers to
-- itself (every row refers to itself, which always holds).
--
-- Someone with full write access can still drop these; the journal and verify catch that.
-- A table added later is either guarded here (in a new migration) or listed as mutable, with
-- its reason, in PostedRecordGuardTest.

-- Receipting (V1)
CREATE TRIGGER posted_receipt BEFORE UPDATE, DELETE ON receipt FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE receipt ADD CONSTRAINT posted_receipt_no_truncate FOREIGN KEY (id) REFERENCES receipt (id);
CREATE TRIGGER posted_receipt_line BEFORE UPDATE, DELETE ON receipt_line FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE receipt_line ADD CONSTRAINT posted_receipt_line_no_truncate FOREIGN KEY (receipt_id, line_no) REFERENCES receipt_line (receipt_id, line_no);
CREATE TRIGGER posted_tender BEFORE UPDATE, DELETE ON tender FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE tender ADD CONSTRAINT posted_tender_no_truncate FOREIGN KEY (receipt_id, line_no) REFERENCES tender (receipt_id, line_no);
CREATE TRIGGER posted_receipt_void BEFORE UPDATE, DELETE ON receipt_void FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE receipt_void ADD CONSTRAINT posted_receipt_void_no_truncate FOREIGN KEY (id) REFERENCES receipt_void (id);
CREATE TRIGGER posted_journal BEFORE UPDATE, DELETE ON journal FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE journal ADD CONSTRAINT posted_journal_no_truncate FOREIGN KEY (seq) REFERENCES journal (seq);
CREATE TRIGGER posted_mail_batch BEFORE UPDATE, DELETE ON mail_batch FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE mail_batch ADD CONSTRAINT posted_mail_batch_no_truncate FOREIGN KEY (id) REFERENCES mail_batch (id);
CREATE TRIGGER posted_mail_batch_finish BEFORE UPDATE, DELETE ON mail_batch_finish FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE mail_batch_finish ADD CONSTRAINT posted_mail_batch_finish_no_truncate FOREIGN KEY (batch_id) REFERENCES mail_batch_finish (batch_id);

-- Drawer sessions (V1, V2)
CREATE TRIGGER posted_drawer_session BEFORE UPDATE, DELETE ON drawer_session FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE drawer_session ADD CONSTRAINT posted_drawer_session_no_truncate FOREIGN KEY (id) REFERENCES drawer_session (id);
CREATE TRIGGER posted_session_opening BEFORE UPDATE, DELETE ON session_opening FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE session_opening ADD CONSTRAINT posted_session_opening_no_truncate FOREIGN KEY (session_id) REFERENCES session_opening (session_id);
CREATE TRIGGER posted_cash_count BEFORE UPDATE, DELETE ON cash_count FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE cash_count ADD CONSTRAINT posted_cash_count_no_truncate FOREIGN KEY (id) REFERENCES cash_count (id);
CREATE TRIGGER posted_cash_count_line BEFORE UPDATE, DELETE ON cash_count_line FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE cash_count_line ADD CONSTRAINT posted_cash_count_line_no_truncate FOREIGN KEY (count_id, denomination) REFERENCES cash_count_line (count_id, denomination);
CREATE TRIGGER posted_kept_float_line BEFORE UPDATE, DELETE ON kept_float_line FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE kept_float_line ADD CONSTRAINT posted_kept_float_line_no_truncate FOREIGN KEY (count_id, denomination) REFERENCES kept_float_line (count_id, denomination);
CREATE TRIGGER posted_count_instrument BEFORE UPDATE, DELETE ON count_instrument FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE count_instrument ADD CONSTRAINT posted_count_instrument_no_truncate FOREIGN KEY (count_id, receipt_id, tender_line) REFERENCES count_instrument (count_id, receipt_id, tender_line);
CREATE TRIGGER posted_cash_movement BEFORE UPDATE, DELETE ON cash_movement FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE cash_movement ADD CONSTRAINT posted_cash_movement_no_truncate FOREIGN KEY (id) REFERENCES cash_movement (id);
CREATE TRIGGER posted_variance_decision BEFORE UPDATE, DELETE ON variance_decision FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE variance_decision ADD CONSTRAINT posted_variance_decision_no_truncate FOREIGN KEY (id) REFERENCES variance_decision (id);
CREATE TRIGGER posted_session_close BEFORE UPDATE, DELETE ON session_close FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE session_close ADD CONSTRAINT posted_session_close_no_truncate FOREIGN KEY (session_id) REFERENCES session_close (session_id);

-- Banking and day closures (V4)
CREATE TRIGGER posted_deposit BEFORE UPDATE, DELETE ON deposit FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE deposit ADD CONSTRAINT posted_deposit_no_truncate FOREIGN KEY (id) REFERENCES deposit (id);
CREATE TRIGGER posted_deposit_session BEFORE UPDATE, DELETE ON deposit_session FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE deposit_session ADD CONSTRAINT posted_deposit_session_no_truncate FOREIGN KEY (deposit_id, session_id) REFERENCES deposit_session (deposit_id, session_id);
CREATE TRIGGER posted_deposit_line BEFORE UPDATE, DELETE ON deposit_line FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE deposit_line ADD CONSTRAINT posted_deposit_line_no_truncate FOREIGN KEY (deposit_id, denomination) REFERENCES deposit_line (deposit_id, denomination);
CREATE TRIGGER posted_deposit_instrument BEFORE UPDATE, DELETE ON deposit_instrument FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE deposit_instrument ADD CONSTRAINT posted_deposit_instrument_no_truncate FOREIGN KEY (receipt_id, tender_line) REFERENCES deposit_instrument (receipt_id, tender_line);
CREATE TRIGGER posted_bank_adjustment BEFORE UPDATE, DELETE ON bank_adjustment FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE bank_adjustment ADD CONSTRAINT posted_bank_adjustment_no_truncate FOREIGN KEY (id) REFERENCES bank_adjustment (id);
CREATE TRIGGER posted_adjustment_resolution BEFORE UPDATE, DELETE ON adjustment_resolution FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE adjustment_resolution ADD CONSTRAINT posted_adjustment_resolution_no_truncate FOREIGN KEY (adjustment_id) REFERENCES adjustment_resolution (adjustment_id);
CREATE TRIGGER posted_dishonour BEFORE UPDATE, DELETE ON dishonour FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE dishonour ADD CONSTRAINT posted_dishonour_no_truncate FOREIGN KEY (id) REFERENCES dishonour (id);
CREATE TRIGGER posted_dishonour_line BEFORE UPDATE, DELETE ON dishonour_line FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE dishonour_line ADD CONSTRAINT posted_dishonour_line_no_truncate FOREIGN KEY (dishonour_id, line_no) REFERENCES dishonour_line (dishonour_id, line_no);
CREATE TRIGGER posted_day_closure BEFORE UPDATE, DELETE ON day_closure FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE day_closure ADD CONSTRAINT posted_day_closure_no_truncate FOREIGN KEY (id) REFERENCES day_closure (id);
CREATE TRIGGER posted_closure_gl_line BEFORE UPDATE, DELETE ON closure_gl_line FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE closure_gl_line ADD CONSTRAINT posted_closure_gl_line_no_truncate FOREIGN KEY (closure_id, gl, tax_code) REFERENCES closure_gl_line (closure_id, gl, tax_code);
CREATE TRIGGER posted_closure_tender BEFORE UPDATE, DELETE ON closure_tender FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE closure_tender ADD CONSTRAINT posted_closure_tender_no_truncate FOREIGN KEY (closure_id, kind) REFERENCES closure_tender (closure_id, kind);

-- Export to finance (V5)
CREATE TRIGGER posted_export_batch BEFORE UPDATE, DELETE ON export_batch FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE export_batch ADD CONSTRAINT posted_export_batch_no_truncate FOREIGN KEY (id) REFERENCES export_batch (id);
CREATE TRIGGER posted_batch_event BEFORE UPDATE, DELETE ON batch_event FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE batch_event ADD CONSTRAINT posted_batch_event_no_truncate FOREIGN KEY (id) REFERENCES batch_event (id);

-- Master-data history (V1, V6): what receipts were charged from and who imported it
CREATE TRIGGER posted_master_data_import BEFORE UPDATE, DELETE ON master_data_import FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE master_data_import ADD CONSTRAINT posted_master_data_import_no_truncate FOREIGN KEY (id) REFERENCES master_data_import (id);
CREATE TRIGGER posted_organisation BEFORE UPDATE, DELETE ON organisation FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE organisation ADD CONSTRAINT posted_organisation_no_truncate FOREIGN KEY (id) REFERENCES organisation (id);
CREATE TRIGGER posted_fee_schedule BEFORE UPDATE, DELETE ON fee_schedule FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE fee_schedule ADD CONSTRAINT posted_fee_schedule_no_truncate FOREIGN KEY (id) REFERENCES fee_schedule (id);
CREATE TRIGGER posted_fee BEFORE UPDATE, DELETE ON fee FOR EACH ROW
    CALL 'org.counterdesk.store.PostedRecordGuard';
ALTER TABLE fee ADD CONSTRAINT posted_fee_no_truncate FOREIGN KEY (id) REFERENCES fee (id);
