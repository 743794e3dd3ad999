package inkwell;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * For tests that need a program or a privilege the machine may lack: off CI they are skipped with the reason;
 * on CI (the environment variable CI is {@code true}), where {@code .ci/run} installs what they need, they fail,
 * so that a test that could not run never passes unnoticed.
 */
public final class NeededOnCi {
    private NeededOnCi() {
    }

    public static void require(boolean available, String missing) {
        if (available) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("cannot run on CI: " + missing);
        }
        Assumptions.abort(missing + " (skipped because CI is not true; on CI this fails)");
    }
}
