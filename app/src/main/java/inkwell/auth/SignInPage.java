package inkwell.auth;

import inkwell.web.view.FieldErrors;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/**
 * The sign-in page: how the owner gets in on this computer (through Inkwell itself) and, when a password is set,
 * the password form. {@code plainHttpFromAfar} warns that a password sent over plain HTTP from another device
 * crosses the network readable.
 */
public record SignInPage(String csrf, String next, boolean passwordSet, boolean plainHttpFromAfar,
                         FieldErrors errors, String notice) implements PageModel {

    @Override
    public Meta meta() {
        return Meta.privatePage("Sign in", null);
    }
}
