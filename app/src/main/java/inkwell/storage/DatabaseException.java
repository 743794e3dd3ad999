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
        if (hasState(e, "XSDB6")) {
            reason = "another Inkwell (or another program) is using it. Stop that one first.";
        } else if (diskFull(e)) {
            reason = "the disk is full. Free some space on it and start Inkwell again; nothing was lost.";
        }
        return new DatabaseException("Cannot open the database " + target.description() + ": " + reason, e);
    }

    private static boolean hasState(SQLException e, String state) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (next.getSQLState() != null && next.getSQLState().startsWith(state)) {
                return true;
            }
            if (next.getCause() instanceof SQLException cause && state.equals(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Derby wraps the operating system's "No space left on device" (ENOSPC) deep in its exception chain. */
    static boolean diskFull(Throwable e) {
        return anyMessageHas(e, "No space left on device", "not enough space on the disk", "check if the disk is full");
    }

    /** The embedded database was shut down under the connection (Derby does so after a failed disk write). */
    static boolean stopped(Throwable e) {
        return anyMessageHas(e, "No current connection");
    }

    private static boolean anyMessageHas(Throwable e, String... words) {
        Throwable next = e;
        for (int depth = 0; next != null && depth < 32; depth++) {
            String message = next.getMessage();
            for (String word : words) {
                if (message != null && message.contains(word)) {
                    return true;
                }
            }
            next = next.getCause() != null ? next.getCause()
                    : next instanceof SQLException sql ? sql.getNextException() : null;
        }
        return false;
    }
}
