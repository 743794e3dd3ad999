package inkwell.storage;

import java.util.Map;

/** The few places where Derby and PostgreSQL spell SQL differently: large text and driver class. */
enum Dialect {
    DERBY("org.apache.derby.iapi.jdbc.AutoloadedDriver", "CLOB"),
    POSTGRESQL("org.postgresql.Driver", "TEXT");

    private final String driverClass;
    private final String largeText;

    Dialect(String driverClass, String largeText) {
        this.driverClass = driverClass;
        this.largeText = largeText;
    }

    static java.util.Optional<Dialect> forUrl(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return java.util.Optional.of(POSTGRESQL);
        }
        return url.startsWith("jdbc:derby:") ? java.util.Optional.of(DERBY) : java.util.Optional.empty();
    }

    String driverClass() {
        return driverClass;
    }

    /** Replaces the placeholders a migration uses ({@code ${LARGE_TEXT}}) with this database's types. */
    String expand(String sql) {
        String result = sql;
        for (Map.Entry<String, String> entry : Map.of("${LARGE_TEXT}", largeText).entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result;
    }
}
