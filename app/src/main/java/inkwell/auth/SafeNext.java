package inkwell.auth;

/**
 * Where to go after signing in: a path on this blog only. Anything else (another host, {@code //evil},
 * {@code /\evil}, a scheme, control characters) goes home, so a sign-in link can never lead off the blog.
 */
final class SafeNext {
    private static final int MAX_LENGTH = 2000;

    private SafeNext() {
    }

    static String of(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !next.startsWith("/")
                || next.startsWith("//") || next.startsWith("/\\") || next.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return next.startsWith(SignInPages.SIGN_IN) ? "/" : next;
    }
}
