package inkwell;

import java.sql.Connection;
import java.sql.DriverManager;

/** Another program holding a blog's database, run in its own JVM by a test: opens it, says so, then waits. */
public final class DerbyHolder {
    private DerbyHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + args[0] + ";create=true")) {
            System.out.println("holding " + connection.getMetaData().getURL());
            System.out.flush();
            Thread.sleep(Long.parseLong(args[1])); // holding the database for a while is its whole job (ended by PID)
        }
    }
}
