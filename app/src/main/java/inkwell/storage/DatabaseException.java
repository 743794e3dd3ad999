package inkwell.storage;

import java.sql.SQLException;

/** The database cannot be opened; the message says what to do about it. */
public class DatabaseException extends Exception {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    static DatabaseException cannotOpen(JdbcTarget target, SQLException e) {
        String reason = e.getMessage();
        for (Throwable next = e.getNextException(); next != null; next = ((SQLException) next).getNextException()) {
            reason = next.getMessage();
        }
        if ("XSDB6".equals(sqlState(e))) {
            reason = "another Inkwell (or another program) is using it. Stop that one first.";
        }
        return new DatabaseException("Cannot open the database " + target.description() + ": " + reason, e);
    }

    private static String sqlState(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null && next.getSQLState().startsWith("XSDB6")) {
                return "XSDB6";
            }
            if (next.getCause() instanceof SQLException cause && "XSDB6".equals(cause.getSQLState())) {
                return "XSDB6";
            }
        }
        return e.getSQLState();
    }
}
