package org.counterdesk.drawer;

import org.counterdesk.money.Money;
import org.counterdesk.store.SettingDao;
import org.jdbi.v3.core.Handle;

/** The limits a council sets for its drawers: the variance tolerance and the petty cash limit. */
public record DrawerSettings(Money tolerance, Money pettyCashLimit) {

    public static final String TOLERANCE_KEY = "drawer.varianceTolerance";
    public static final String PETTY_LIMIT_KEY = "pettyCash.limit";
    public static final DrawerSettings DEFAULT = new DrawerSettings(Money.ofDollars(1), Money.ofDollars(100));

    static DrawerSettings read(Handle h) {
        SettingDao dao = new SettingDao(h);
        return new DrawerSettings(cents(dao, TOLERANCE_KEY, DEFAULT.tolerance()),
                cents(dao, PETTY_LIMIT_KEY, DEFAULT.pettyCashLimit()));
    }

    void write(Handle h) {
        SettingDao dao = new SettingDao(h);
        dao.put(TOLERANCE_KEY, Long.toString(tolerance.cents()));
        dao.put(PETTY_LIMIT_KEY, Long.toString(pettyCashLimit.cents()));
    }

    private static Money cents(SettingDao dao, String key, Money fallback) {
        return dao.get(key).filter(v -> v.matches("\\d{1,12}")).map(v -> Money.ofCents(Long.parseLong(v))).orElse(fallback);
    }
}
