package inkwell.publish.target;

import java.security.KeyPair;
import java.util.Optional;

/**
 * What Inkwell signs in to a Git host with: an HTTPS user name and token, an SSH private key, or both. Immutable;
 * kept by {@link CredentialStore}. The secrets leave this class only towards JGit: {@link #toString()} and
 * {@link #masked()} show enough to recognise them (the token's ends, the key's fingerprint) and no more.
 */
public final class PublishCredentials {
    private static final PublishCredentials NONE = new PublishCredentials("", "", "");
    private final String httpsUser;
    private final String httpsToken;
    private final String sshPrivateKey;

    private PublishCredentials(String httpsUser, String httpsToken, String sshPrivateKey) {
        this.httpsUser = httpsUser;
        this.httpsToken = httpsToken;
        this.sshPrivateKey = sshPrivateKey;
    }

    public static PublishCredentials none() {
        return NONE;
    }

    /** A user name and a token (or password) for HTTPS; GitHub takes any user name with a token. */
    public PublishCredentials withHttps(String user, String token) {
        return new PublishCredentials(user == null ? "" : user.strip(), token == null ? "" : token.strip(),
                sshPrivateKey);
    }

    /** Another HTTPS user name with the token kept (the form never shows a saved token, so it cannot re-send it). */
    public PublishCredentials withHttpsUser(String user) {
        return new PublishCredentials(user == null ? "" : user.strip(), httpsToken, sshPrivateKey);
    }

    /** A private key pasted by the user; refused with a plain sentence when it is not one Inkwell can use. */
    public PublishCredentials withSshKey(String privateKeyText) throws PublishFailure {
        String text = privateKeyText == null ? "" : privateKeyText.strip() + "\n";
        SshKeys.read(text);
        return new PublishCredentials(httpsUser, httpsToken, text);
    }

    /** A new deploy key made here; show {@link #sshPublicKey()} so the user can add it to the repository. */
    public PublishCredentials withGeneratedSshKey() {
        return new PublishCredentials(httpsUser, httpsToken, SshKeys.generate());
    }

    public boolean hasHttps() {
        return !httpsToken.isEmpty();
    }

    public boolean hasSshKey() {
        return !sshPrivateKey.isEmpty();
    }

    /** The public half of the SSH key in OpenSSH's one-line form, to paste into the Git host's deploy keys. */
    public Optional<String> sshPublicKey() {
        return sshKeyPair().map(SshKeys::publicLine);
    }

    /** For display: "HTTPS: ada, token ghp_…wxyz; SSH key SHA256:…", never a whole secret. */
    public String masked() {
        StringBuilder text = new StringBuilder();
        if (hasHttps()) {
            text.append("HTTPS: ").append(httpsUser.isEmpty() ? "no user name" : httpsUser).append(", token ")
                    .append(maskedToken());
        }
        sshKeyPair().ifPresent(pair -> text.append(text.length() == 0 ? "" : "; ").append("SSH key ")
                .append(SshKeys.fingerprint(pair)));
        return text.length() == 0 ? "none" : text.toString();
    }

    @Override
    public String toString() {
        return "PublishCredentials[" + masked() + "]";
    }

    /** Short tokens show nothing: four characters of each end would give away too much of them. */
    private String maskedToken() {
        return httpsToken.length() < 16 ? "…" : httpsToken.substring(0, 4) + "…"
                + httpsToken.substring(httpsToken.length() - 4);
    }

    String httpsUser() {
        return httpsUser;
    }

    String httpsToken() {
        return httpsToken;
    }

    String sshPrivateKey() {
        return sshPrivateKey;
    }

    Optional<KeyPair> sshKeyPair() {
        if (sshPrivateKey.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SshKeys.read(sshPrivateKey));
        } catch (PublishFailure checkedWhenSet) {
            return Optional.empty();
        }
    }
}
