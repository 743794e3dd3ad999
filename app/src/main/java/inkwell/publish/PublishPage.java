package inkwell.publish;

import inkwell.web.http.Routes;
import inkwell.web.view.FieldErrors;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Publish page: where to publish (the form as typed), the access saved for it (masked), the public address
 * the site will carry, the publish running now with its progress, and how the last one ended.
 *
 * @param access       the saved access, masked ("HTTPS: ada, token ghp_…wxyz"), or "none"
 * @param sshPublicKey the deploy key's public half to paste into the Git host, when there is a key
 */
public record PublishPage(PublishForm form, FieldErrors errors, String notice, String saved, String access,
                          Optional<String> sshPublicKey, Optional<String> publicAddress, boolean running,
                          List<String> progress, Optional<PublishOutcome> last, String csrf) implements PageModel {

    PublishPage withErrors(Map<String, String> fieldErrors) {
        return new PublishPage(form, new FieldErrors(fieldErrors), notice, null, access, sshPublicKey, publicAddress,
                running, progress, last, csrf);
    }

    PublishPage withNotice(String message) {
        return new PublishPage(form, errors, message, null, access, sshPublicKey, publicAddress, running, progress,
                last, csrf);
    }

    public boolean canPublish() {
        return form.target().length() > 0 && publicAddress.isPresent();
    }

    public int maxTarget() {
        return PublishForm.MAX_TARGET;
    }

    @Override
    public Meta meta() {
        return Meta.privatePage("Publish", Routes.PUBLISH);
    }
}
