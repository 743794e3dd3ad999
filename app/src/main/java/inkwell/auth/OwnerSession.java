package inkwell.auth;

import java.time.Instant;

/**
 * One signed-in browser. Only the SHA-256 of its cookie is kept (in memory and in {@code owner-sessions}), so the
 * file would not let anyone in; {@link #id} is that hash's start, safe to show and to name in a revoke form.
 */
public final class OwnerSession {
    private final String hash;
    private final SessionKind kind;
    private final String device;
    private final String address;
    private final Instant created;
    private volatile Instant lastUsed;

    OwnerSession(String hash, SessionKind kind, String device, String address, Instant created, Instant lastUsed) {
        this.hash = hash;
        this.kind = kind;
        this.device = device;
        this.address = address;
        this.created = created;
        this.lastUsed = lastUsed;
    }

    String hash() {
        return hash;
    }

    public String id() {
        return hash.substring(0, 16);
    }

    public SessionKind kind() {
        return kind;
    }

    public String device() {
        return device;
    }

    public String address() {
        return address;
    }

    public Instant created() {
        return created;
    }

    public Instant lastUsed() {
        return lastUsed;
    }

    void used(Instant now) {
        lastUsed = now;
    }
}
