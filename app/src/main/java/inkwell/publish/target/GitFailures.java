package inkwell.publish.target;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;

/**
 * Turns what JGit and the network throw into one plain sentence. JGit's own messages name URLs, classes and
 * internals, so they are recognised here (by the exception's kind first, by its words where JGit has no kind for
 * it) and only a last resort repeats the innermost message, cut to its first line.
 */
final class GitFailures {
    private GitFailures() {
    }

    static PublishFailure of(Exception failure, GitRemote remote, GitAccess access) {
        String where = remote.where();
        String noAnswer = "Could not reach " + where + ": no answer within " + access.timeoutSeconds()
                + " seconds.";
        // JGit starts its messages with the address, whose words ("…/author/…") must not be taken for a reason.
        String words = allMessages(failure).replace(remote.toString().toLowerCase(Locale.ROOT), "");
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return new PublishFailure("Could not reach " + where + ": no such host name is known.", failure);
            }
            if (cause instanceof ConnectException) {
                return new PublishFailure("Could not reach " + where + ": connection refused.", failure);
            }
            if (cause instanceof NoRouteToHostException) {
                return new PublishFailure("Could not reach " + where + ": there is no route to it.", failure);
            }
            if (cause instanceof SocketTimeoutException) {
                return new PublishFailure(noAnswer, failure);
            }
        }
        if (words.contains("not authorized") || words.contains("authentication is required")) {
            return new PublishFailure("The Git host refused the user name or token.", failure);
        }
        if (words.contains("server key did not validate") || words.contains("host key")) {
            return new PublishFailure("The SSH host key of " + where + " has changed since Inkwell last published"
                    + " there; if the host really changed its key, remove its line from " + access.knownHosts() + ".",
                    failure);
        }
        if (words.contains("cannot log in") || words.contains("no more authentication methods")
                || words.contains("authentication failed")) {
            return new PublishFailure("The Git host refused the SSH key; add Inkwell's public key to the"
                    + " repository's deploy keys (with write access).", failure);
        }
        if (isMissingRepository(failure, words)) {
            return new PublishFailure("There is no Git repository at " + remote + ", or Inkwell may not see it.",
                    failure);
        }
        // SSHD closes a session whose authentication outlasts the time-out without saying why.
        if (words.contains("timed out") || words.contains("timeout") || words.contains("session is being closed")) {
            return new PublishFailure(noAnswer, failure);
        }
        return new PublishFailure("Publishing to " + where + " failed: " + innermost(failure) + ".", failure);
    }

    private static boolean isMissingRepository(Throwable failure, String words) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoRemoteRepositoryException) {
                return true;
            }
        }
        return words.contains("not found") || words.contains("repository not found")
                || words.contains("not a git repository") || words.contains("does not appear to be a git repository");
    }

    private static String allMessages(Throwable failure) {
        StringBuilder words = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            words.append(' ').append(cause.getMessage());
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }

    /** The deepest message, first line, without a trailing full stop; never a class name alone. */
    private static String innermost(Throwable failure) {
        String message = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
        }
        if (message == null) {
            return "the Git host gave no reason";
        }
        // Class names ("(SshException)", "java.io.EOFException:") mean nothing to a reader.
        String line = message.strip().lines().findFirst().orElse("")
                .replaceAll("\\(?\\b[\\w.$]*(Exception|Error)\\b\\)?:?", "").replaceAll("\\s+", " ").strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
