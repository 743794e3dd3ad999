package inkwell.auth;

import inkwell.web.security.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner's signed-in browsers. They outlive a restart (kept in {@code owner-sessions} in the data folder, owner
 * readable only): a post being written when Inkwell restarts must still save. Unused for {@link #IDLE_LIMIT} they
 * end; past {@link #MAX_SESSIONS} the least recently used one goes.
 */
public final class OwnerSessions {
    static final String FILE = "owner-sessions";
    static final Duration IDLE_LIMIT = Duration.ofDays(30);
    static final int MAX_SESSIONS = 100;
    /** Last-use times are written at most this often; they are a courtesy in the session list, not a lock. */
    private static final Duration LAST_USED_STEP = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(OwnerSessions.class);

    private final ConcurrentHashMap<String, OwnerSession> byHash = new ConcurrentHashMap<>();
    private final Path file;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private OwnerSessions(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The sessions kept in the data folder; a damaged file signs everyone out rather than stopping Inkwell. */
    public static OwnerSessions inFolder(Path dataDir, Clock clock) {
        OwnerSessions sessions = new OwnerSessions(dataDir.resolve(FILE), clock);
        try {
            if (Files.exists(sessions.file)) {
                for (String line : Files.readAllLines(sessions.file, StandardCharsets.UTF_8)) {
                    SessionLine.parse(line).ifPresent(session -> sessions.byHash.put(session.hash(), session));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the owner sessions ({}); every browser signs in again", e.getMessage());
            sessions.byHash.clear();
        }
        return sessions;
    }

    /** Starts a session and returns the cookie value that carries it (shown to nobody but that browser). */
    public synchronized String start(SessionKind kind, String device, String address) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String cookie = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        dropExpired(now);
        if (byHash.size() >= MAX_SESSIONS) {
            byHash.values().stream().min(Comparator.comparing(OwnerSession::lastUsed))
                    .ifPresent(oldest -> byHash.remove(oldest.hash()));
        }
        OwnerSession session = new OwnerSession(hash(cookie), kind, SessionLine.clean(device),
                SessionLine.clean(address), now, now);
        byHash.put(session.hash(), session);
        save();
        return cookie;
    }

    /** The session a cookie carries, if it is current. Runs on IO threads: a hash and a map lookup. */
    public Optional<OwnerSession> find(String cookie) {
        if (cookie == null || cookie.isEmpty() || cookie.length() > 100) {
            return Optional.empty();
        }
        OwnerSession session = byHash.get(hash(cookie));
        if (session == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (session.lastUsed().plus(IDLE_LIMIT).isBefore(now)) {
            end(session.id());
            return Optional.empty();
        }
        if (session.lastUsed().plus(LAST_USED_STEP).isBefore(now)) {
            session.used(now);
        }
        return Optional.of(session);
    }

    /** Every current session, the most recently used first. */
    public List<OwnerSession> list() {
        dropExpired(clock.instant());
        List<OwnerSession> sessions = new ArrayList<>(byHash.values());
        sessions.sort(Comparator.comparing(OwnerSession::lastUsed).reversed());
        return sessions;
    }

    /** Ends one session by its shown id; false when there is none (already ended). */
    public synchronized boolean end(String id) {
        boolean ended = byHash.values().removeIf(session -> session.id().equals(id));
        if (ended) {
            save();
        }
        return ended;
    }

    /** Ends every session but {@code keep} (empty ends them all): a new password, or "sign out everywhere". */
    public synchronized void endAllBut(Optional<OwnerSession> keep) {
        byHash.values().removeIf(session -> keep.map(kept -> !kept.hash().equals(session.hash())).orElse(true));
        save();
    }

    /** Writes the last-use times (they are only kept in memory between starts and ends). */
    public synchronized void close() {
        save();
    }

    private void dropExpired(Instant now) {
        byHash.values().removeIf(session -> session.lastUsed().plus(IDLE_LIMIT).isBefore(now));
    }

    private void save() {
        StringBuilder text = new StringBuilder();
        byHash.values().forEach(session -> text.append(SessionLine.format(session)).append('\n'));
        try {
            PrivateFiles.write(file, text.toString());
        } catch (IOException e) {
            // The sessions still work until the next start; only their survival of a restart is lost.
            LOG.warn("Could not save the owner sessions: {}", e.getMessage());
        }
    }

    static String hash(String cookie) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(cookie.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
