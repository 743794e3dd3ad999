package inkwell;

import inkwell.settings.Settings;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which database the in-process test blogs use: the embedded Derby in their data folder, or, with
 * {@code -Dinkwell.test.database=postgresql} (the README's test command runs every {@code *HttpTest} so a second
 * time), a fresh database of their own on the tests' {@link TestPostgres} server. A data folder keeps its database
 * for the JVM's life, so a test that stops a blog and starts it again on the same folder finds its posts.
 */
public final class TestDatabase {
    public static final String PROPERTY = "inkwell.test.database";
    private static final Map<Path, String> URLS = new ConcurrentHashMap<>();

    private TestDatabase() {
    }

    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty(PROPERTY, "derby"));
    }

    /** The settings as given, or pointed at this data folder's PostgreSQL database when the run asks for it. */
    static Settings apply(Settings settings) {
        String wanted = System.getProperty(PROPERTY, "derby");
        if ("derby".equals(wanted) || settings.databaseUrl().isPresent()) {
            return settings;
        }
        if (!"postgresql".equals(wanted)) {
            throw new IllegalArgumentException(PROPERTY + " is derby or postgresql, not " + wanted);
        }
        // Like every test that needs a program from .ci/run: skipped off CI without it, failed on CI.
        NeededOnCi.require(TestPostgres.installed(), "Debian's postgresql (initdb, pg_ctl) is not installed");
        String url = URLS.computeIfAbsent(settings.dataDir().toAbsolutePath().normalize(), TestDatabase::create);
        return new Settings(settings.port(), settings.portExplicit(), settings.bind(), settings.dataDir(),
                Optional.of(url), Optional.empty(), Optional.empty(), settings.siteTitle(), settings.openBrowser(),
                settings.showTray(), settings.allowedHosts(), settings.trustedProxies());
    }

    private static String create(Path dataDir) {
        try {
            return TestPostgres.server().newDatabase();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a PostgreSQL database for " + dataDir + ": " + e, e);
        }
    }
}
