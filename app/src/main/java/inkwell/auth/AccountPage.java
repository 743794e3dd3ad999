package inkwell.auth;

import inkwell.web.view.FieldErrors;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;
import java.util.List;

/** The owner's sign-in settings: the password, and every signed-in browser with a way to end it. */
public record AccountPage(String csrf, boolean passwordSet, List<OwnerSession> sessions, String currentId,
                          FieldErrors errors, String notice) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.privatePage("Sign-in and sessions", SignInPages.ACCOUNT);
    }
}
