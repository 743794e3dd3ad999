package inkwell.storage;

import java.util.Map;

/**
 * The few places where Derby and PostgreSQL differ for Inkwell: large text, driver class and EclipseLink's
 * database platform. The rest of Inkwell's SQL is common to both (the whole HTTP suite runs on each).
 */
enum Dialect {
    // Derby's platform is left to EclipseLink's detection, as it always was.
    DERBY("org.apache.derby.iapi.jdbc.AutoloadedDriver", "CLOB", null),
    POSTGRESQL("org.postgresql.Driver", "TEXT", "PostgreSQL");

    private final String driverClass;
    private final String largeText;
    private final String eclipseLinkPlatform;

    Dialect(String driverClass, String largeText, String eclipseLinkPlatform) {
        this.driverClass = driverClass;
        this.largeText = largeText;
        this.eclipseLinkPlatform = eclipseLinkPlatform;
    }

    /** The value of {@code eclipselink.target-database}, when Inkwell names it rather than EclipseLink guessing. */
    java.util.Optional<String> eclipseLinkPlatform() {
        return java.util.Optional.ofNullable(eclipseLinkPlatform);
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
