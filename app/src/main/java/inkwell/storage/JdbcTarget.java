package inkwell.storage;

import inkwell.settings.Settings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** Where the data lives: the embedded Derby in the data folder unless the user configured a JDBC URL. */
record JdbcTarget(String url, Optional<String> user, Optional<String> password, boolean embedded, Dialect dialect) {

    static JdbcTarget from(Settings settings) throws DatabaseException {
        if (settings.databaseUrl().isEmpty()) {
            String url = "jdbc:derby:" + settings.databaseFolder() + ";create=true";
            return new JdbcTarget(url, Optional.empty(), Optional.empty(), true, Dialect.DERBY);
        }
        String url = settings.databaseUrl().get();
        Dialect dialect = Dialect.forUrl(url).orElseThrow(() -> new DatabaseException(
                "Unsupported database URL " + url + ": Inkwell works with jdbc:postgresql:... or jdbc:derby:...", null));
        return new JdbcTarget(url, settings.databaseUser(), settings.databasePassword(), false, dialect);
    }

    String driverClass() {
        return dialect.driverClass();
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(value -> properties.setProperty("user", value));
        password.ifPresent(value -> properties.setProperty("password", value));
        return DriverManager.getConnection(url, properties);
    }

    /** The URL without its parameters (which may hold a password), for logs and error messages. */
    String description() {
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            end = at < 0 ? end : Math.min(end, at);
        }
        return url.substring(0, end);
    }
}
