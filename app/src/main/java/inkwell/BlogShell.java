package inkwell;

import inkwell.desktop.AppControl;
import inkwell.settings.Settings;
import inkwell.site.CurrentSite;
import inkwell.web.cache.PageCache;
import inkwell.web.security.CommandToken;
import inkwell.web.security.Csrf;
import inkwell.web.view.Templates;

/** What the running blog keeps across a restore: the web server's side, which never touches the database. */
record BlogShell(Settings settings, AppControl control, Templates templates, Csrf csrf, CommandToken commands,
                 PageCache pages, CurrentSite site) {
}
