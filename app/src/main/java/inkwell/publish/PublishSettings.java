package inkwell.publish;

/**
 * Where the blog is published and when: a folder or a Git remote, the branch for Git, and whether every save
 * publishes by itself. Kept in the database with the site settings; the secrets to reach the target are not
 * (they stay in the data folder, see {@link inkwell.publish.target.CredentialStore}).
 *
 * @param target     an absolute folder path or a Git remote address; empty when none was chosen yet
 * @param branch     the Git branch to publish to
 * @param afterSave  publish after every save of a post or of the settings
 */
public record PublishSettings(String target, String branch, boolean afterSave) {
    public static final String DEFAULT_BRANCH = "gh-pages";

    public static PublishSettings none() {
        return new PublishSettings("", DEFAULT_BRANCH, false);
    }

    public boolean hasTarget() {
        return !target.isEmpty();
    }
}
