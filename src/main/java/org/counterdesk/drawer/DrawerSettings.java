package org.counterdesk.drawer;

import org.counterdesk.money.Money;
import org.counterdesk.store.SettingDao;
import org.jdbi.v3.core.Handle;

/**
 * The cash-handling policy a council sets: the variance tolerance, the petty cash limit, and
 * whether cashiers (not only supervisors) may prepare the banking that a supervisor checks.
 */
public record DrawerSettings(Money tolerance, Money pettyCashLimit, boolean cashiersMayBank) {

    public static final String TOLERANCE_KEY = "drawer.varianceTolerance";
    public static final String PETTY_LIMIT_KEY = "pettyCash.limit";
    public static final String CASHIERS_BANK_KEY = "banking.cashiersMayPrepare";
    public static final DrawerSettings DEFAULT = new DrawerSettings(Money.ofDollars(1), Money.ofDollars(100), false);

    public static DrawerSettings read(Handle h) {
        SettingDao dao = new SettingDao(h);
        return new DrawerSettings(cents(dao, TOLERANCE_KEY, DEFAULT.tolerance()),
                cents(dao, PETTY_LIMIT_KEY, DEFAULT.pettyCashLimit()),
                dao.get(CASHIERS_BANK_KEY).map(Boolean::parseBoolean).orElse(DEFAULT.cashiersMayBank()));
    }

    public void write(Handle h) {
        SettingDao dao = new SettingDao(h);
        dao.put(TOLERANCE_KEY, Long.toString(tolerance.cents()));
        dao.put(PETTY_LIMIT_KEY, Long.toString(pettyCashLimit.cents()));
        dao.put(CASHIERS_BANK_KEY, Boolean.toString(cashiersMayBank));
    }

    private static Money cents(SettingDao dao, String key, Money fallback) {
        return dao.get(key).filter(v -> v.matches("\\d{1,12}")).map(v -> Money.ofCents(Long.parseLong(v))).orElse(fallback);
    }
}
