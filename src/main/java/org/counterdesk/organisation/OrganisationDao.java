package org.counterdesk.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.counterdesk.store.SettingDao;
import org.jdbi.v3.core.Handle;

/** SQL for the organisation (one row per change, newest current), terminals and settings. */
public record OrganisationDao(Handle h) {

    public void record(Organisation o, Instant at) {
        Organisation.BankAccount bank = o.bank();
        Organisation.Accounts gl = o.accounts();
        h.createUpdate("INSERT INTO organisation (name, abn, address, bank_account_name, bank_bsb, bank_account_number, "
                        + "time_zone, gl_cash_rounding, gl_cash_over_short, gl_petty_cash, gl_dishonour_fees, recorded_at) "
                        + "VALUES (:name, :abn, :address, :bankName, :bsb, :account, :zone, :glRounding, :glOverShort, "
                        + ":glPetty, :glDishonour, :at)")
                .bind("name", o.name()).bind("abn", o.abn()).bind("address", o.address())
                .bind("bankName", bank == null ? null : bank.accountName())
                .bind("bsb", bank == null ? null : bank.bsb())
                .bind("account", bank == null ? null : bank.accountNumber())
                .bind("zone", o.timeZone().getId())
                .bind("glRounding", gl == null ? null : gl.cashRounding())
                .bind("glOverShort", gl == null ? null : gl.cashOverShort())
                .bind("glPetty", gl == null ? null : gl.pettyCash())
                .bind("glDishonour", gl == null ? null : gl.dishonourFees())
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    public Optional<Organisation> current() {
        return h.createQuery("SELECT * FROM organisation ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .map((rs, ctx) -> organisation(rs)).findFirst();
    }

    public long addTerminal(String code, String name, String site, Instant at) {
        return h.createUpdate("INSERT INTO terminal (code, name, site, created_at) VALUES (:code, :name, :site, :at)")
                .bind("code", code).bind("name", name).bind("site", site).bind("at", at.atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public Optional<Terminal> terminal(String code) {
        return h.createQuery("SELECT id, code, name, site FROM terminal WHERE code = :code").bind("code", code)
                .map((rs, ctx) -> new Terminal(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("site")))
                .findOne();
    }

    /** The terminal's last closed business day, if any (receipting then belongs to the day after it). */
    public Optional<java.time.LocalDate> lastClosedDay(long terminalId) {
        return h.createQuery("SELECT MAX(business_date) FROM day_closure WHERE terminal_id = :t").bind("t", terminalId)
                .mapTo(java.time.LocalDate.class).findOne();
    }

    public Optional<String> setting(String name) {
        return new SettingDao(h).get(name);
    }

    public void putSetting(String name, String value) {
        new SettingDao(h).put(name, value);
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        Organisation.BankAccount bank = rs.getString("bank_bsb") == null ? null
                : new Organisation.BankAccount(rs.getString("bank_account_name"), rs.getString("bank_bsb"),
                        rs.getString("bank_account_number"));
        Organisation.Accounts accounts = new Organisation.Accounts(rs.getString("gl_cash_rounding"),
                rs.getString("gl_cash_over_short"), rs.getString("gl_petty_cash"), rs.getString("gl_dishonour_fees"));
        return new Organisation(rs.getString("name"), rs.getString("abn"), rs.getString("address"), bank,
                ZoneId.of(rs.getString("time_zone")), accounts);
    }
}
