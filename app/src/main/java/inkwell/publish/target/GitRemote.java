package inkwell.publish.target;

import java.net.URISyntaxException;
import java.util.Locale;
import org.eclipse.jgit.transport.URIish;

/**
 * A Git remote address as the user typed it, checked once: {@code file://…} or a plain path to a repository on
 * this machine, {@code ssh://…} or scp-like {@code git@host:path}, {@code https://…} (and {@code http://}).
 * It knows how to name the remote in a message: the host, or the folder.
 */
record GitRemote(URIish uri, Kind kind) {
    enum Kind { LOCAL, SSH, HTTP }

    static GitRemote parse(String address) throws PublishFailure {
        String text = address == null ? "" : address.strip();
        String accepted = "Inkwell publishes to a Git address that starts with https://, ssh://, git@ or file://";
        if (text.isEmpty()) {
            throw new PublishFailure(accepted + "; the address is empty.");
        }
        URIish uri;
        try {
            uri = new URIish(text);
        } catch (URISyntaxException e) {
            throw new PublishFailure(accepted + "; " + text + " is none of these.");
        }
        if (uri.getPass() != null) {
            // Never repeat the address: it holds the secret.
            throw new PublishFailure("The Git address holds a password or token; remove it from the address and save"
                    + " it with the credentials instead.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Kind kind = switch (scheme) {
            case "file" -> Kind.LOCAL;
            case "ssh", "git+ssh", "ssh+git" -> Kind.SSH;
            case "http", "https" -> Kind.HTTP;
            case "" -> uri.getHost() == null ? Kind.LOCAL : Kind.SSH;
            default -> null;
        };
        if (kind == null || (kind != Kind.LOCAL && (uri.getHost() == null || uri.getHost().isEmpty()))) {
            throw new PublishFailure(accepted + "; " + text + " is none of these.");
        }
        return new GitRemote(uri, kind);
    }

    /** How messages name the remote: "github.com", "127.0.0.1:2222", or the repository's folder. */
    String where() {
        if (kind == Kind.LOCAL) {
            return "the repository " + uri.getPath();
        }
        return uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
