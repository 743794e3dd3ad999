package inkwell.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Told, on the migrator's connection, that an existing database is about to be upgraded; it may back it up. */
public interface BeforeUpgrade {
    void backUp(Connection connection, int fromVersion, int toVersion) throws SQLException;
}
