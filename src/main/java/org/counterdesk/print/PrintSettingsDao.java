package org.counterdesk.print;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterdesk.store.SettingDao;
import org.jdbi.v3.core.Handle;

/** SQL for the print settings, which live in the {@code setting} table. */
public final class PrintSettingsDao {

    private final Handle h;

    public PrintSettingsDao(Handle h) {
        this.h = h;
    }

    public PrintSettings read() {
        Map<String, String> values = new HashMap<>();
        h.createQuery("SELECT name, setting_value FROM setting WHERE name IN (<names>)")
                .bindList("names", List.of(PrintSettings.PRINTER_KEY, PrintSettings.LAYOUT_KEY))
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("setting_value")))
                .forEach(e -> values.put(e.getKey(), e.getValue()));
        return PrintSettings.of(values.get(PrintSettings.PRINTER_KEY), values.get(PrintSettings.LAYOUT_KEY));
    }

    public void write(PrintSettings settings) {
        SettingDao settingDao = new SettingDao(h);
        settingDao.put(PrintSettings.PRINTER_KEY, settings.printerName().orElse(""));
        settingDao.put(PrintSettings.LAYOUT_KEY, settings.receiptLayout().name());
    }
}
