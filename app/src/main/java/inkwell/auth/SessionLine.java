package inkwell.auth;

import java.time.Instant;
import java.util.Optional;

/** One session as a line of {@code owner-sessions}: tab-separated, with what came from the browser cleaned. */
final class SessionLine {
    private static final int MAX_TEXT = 160;

    private SessionLine() {
    }

    static String format(OwnerSession session) {
        return String.join("\t", session.hash(), session.kind().name(),
                String.valueOf(session.created().toEpochMilli()), String.valueOf(session.lastUsed().toEpochMilli()),
                session.address(), session.device());
    }

    static Optional<OwnerSession> parse(String line) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 6 || !fields[0].matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OwnerSession(fields[0], SessionKind.valueOf(fields[1]),
                    clean(fields[5]), clean(fields[4]), Instant.ofEpochMilli(Long.parseLong(fields[2])),
                    Instant.ofEpochMilli(Long.parseLong(fields[3]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A user agent or address as it may be stored and shown: no control characters, bounded. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String single = text.replaceAll("\\p{Cntrl}", " ").strip();
        return single.length() > MAX_TEXT ? single.substring(0, MAX_TEXT) : single;
    }
}
