package inkwell;

import inkwell.auth.OwnerSessions;
import inkwell.auth.SignInToken;
import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import inkwell.site.CurrentSite;
import inkwell.firstpages.FirstPages;
import inkwell.web.cache.PageCache;
import inkwell.web.security.CommandToken;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;

/**
 * What the running blog keeps across a restore: the web server's side, which never touches the database, and the
 * owner's sessions and sign-in link (a restore does not sign the owner out).
 */
record BlogShell(Settings settings, AppControl control, Templates templates, Csrf csrf, CommandToken commands,
                 PageCache pages, CurrentSite site, OwnerSessions sessions, SignInToken signIn,
                 FirstPages firstPages) {
}
