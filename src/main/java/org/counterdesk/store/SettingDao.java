package org.counterdesk.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the {@code setting} table: named values that configure this counter. */
public final class SettingDao {

    private final Handle h;

    public SettingDao(Handle h) {
        this.h = h;
    }

    public Optional<String> get(String name) {
        return h.createQuery("SELECT setting_value FROM setting WHERE name = :name").bind("name", name)
                .mapTo(String.class).findOne();
    }

    public void put(String name, String value) {
        int changed = h.createUpdate("UPDATE setting SET setting_value = :value WHERE name = :name")
                .bind("name", name).bind("value", value).execute();
        if (changed == 0) {
            h.createUpdate("INSERT INTO setting (name, setting_value) VALUES (:name, :value)")
                    .bind("name", name).bind("value", value).execute();
        }
    }
}
