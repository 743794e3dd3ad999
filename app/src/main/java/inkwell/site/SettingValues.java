package inkwell.site;

import inkwell.storage.Database;
import java.util.HashMap;
import java.util.Map;

/**
 * Named settings in the database's SITE_SETTING table, read all at once and written in one transaction. The site
 * settings and the publish settings each keep their own names here.
 */
public final class SettingValues {
    private final Database database;

    public SettingValues(Database database) {
        this.database = database;
    }

    public Map<String, String> readAll() {
        return database.read(em -> {
            Map<String, String> found = new HashMap<>();
            for (SiteSetting setting : em.createQuery("SELECT s FROM SiteSetting s", SiteSetting.class)
                    .getResultList()) {
                found.put(setting.name(), setting.value());
            }
            return found;
        });
    }

    /** Writes every value given, creating the names not stored yet, in one transaction. */
    public void write(Map<String, String> values) {
        database.write(em -> {
            write(em, values);
            return null;
        });
    }

    /** As {@link #write(Map)}, inside the caller's transaction (an import writes them with its posts). */
    static void write(jakarta.persistence.EntityManager em, Map<String, String> values) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            SiteSetting stored = em.find(SiteSetting.class, entry.getKey());
            if (stored == null) {
                em.persist(new SiteSetting(entry.getKey(), entry.getValue()));
            } else {
                stored.value(entry.getValue());
            }
        }
    }
}
