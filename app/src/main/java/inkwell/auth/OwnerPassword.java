package inkwell.auth;

import inkwell.site.SettingValues;
import java.util.Map;
import java.util.Optional;

/**
 * The optional owner password, kept as an Argon2id hash among the database's settings (it moves with the blog to
 * another database; an export never carries it). Without one, the owner signs in only through the launcher.
 */
public final class OwnerPassword {
    static final String SETTING = "owner.password";
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;

    private final SettingValues values;
    private final PasswordHasher hasher = new PasswordHasher();
    private volatile Optional<String> hash;

    public OwnerPassword(SettingValues values) {
        this.values = values;
        this.hash = Optional.ofNullable(values.readAll().get(SETTING)).filter(stored -> !stored.isEmpty());
    }

    public boolean isSet() {
        return hash.isPresent();
    }

    /** Whether {@code candidate} is the password (always false when none is set, or it is absurdly long). */
    boolean matches(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && hash.isPresent()
                && hasher.verify(candidate, hash.get());
    }

    /** What is wrong with a new password, if anything, in words for the field. */
    static Optional<String> problem(String password, String repeated) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters: a few unrelated words make a good one.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (!password.equals(repeated)) {
            return Optional.of("The two passwords differ. Type the same password in both fields.");
        }
        return Optional.empty();
    }

    synchronized void change(String password) {
        String stored = hasher.hash(password);
        values.write(Map.of(SETTING, stored));
        hash = Optional.of(stored);
    }

    synchronized void remove() {
        values.write(Map.of(SETTING, ""));
        hash = Optional.empty();
    }
}
