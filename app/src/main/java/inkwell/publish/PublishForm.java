package inkwell.publish;

import inkwell.publish.target.PublishTargets;
import inkwell.web.http.Form;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;

/** The Publish page's "where" form as typed, checked: a folder or Git address, a branch, publish after save. */
public record PublishForm(String target, String branch, boolean afterSave) {
    static final int MAX_TARGET = 500;
    static final int MAX_BRANCH = 100;

    static PublishForm of(Form form) {
        return new PublishForm(form.get("target").strip(), form.get("branch").strip(),
                !form.get("after_save").isEmpty());
    }

    static PublishForm of(PublishSettings settings) {
        return new PublishForm(settings.target(), settings.branch(), settings.afterSave());
    }

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (target.length() > MAX_TARGET) {
            errors.put("target", "Please keep this to " + MAX_TARGET + " characters.");
        } else if (!target.isEmpty() && !PublishTargets.isGit(target) && !absoluteFolder(target)) {
            errors.put("target", "Enter a full folder path (like /home/ada/site) or a Git address (like "
                    + "https://github.com/ada/notes.git or git@github.com:ada/notes.git).");
        }
        if (!branch.isEmpty() && (branch.length() > MAX_BRANCH || !Repository.isValidRefName("refs/heads/" + branch))) {
            errors.put("branch", "\"" + branch + "\" cannot be the name of a Git branch (no spaces, no \"..\", "
                    + "no ~ ^ : ? * [ or \\).");
        }
        if (afterSave && target.isEmpty()) {
            errors.put("after_save", "Choose where to publish before asking to publish after every save.");
        }
        return errors;
    }

    PublishSettings settings() {
        return new PublishSettings(target, branch.isEmpty() ? PublishSettings.DEFAULT_BRANCH : branch, afterSave);
    }

    public boolean git() {
        return PublishTargets.isGit(target);
    }

    private static boolean absoluteFolder(String text) {
        try {
            return Path.of(text).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
