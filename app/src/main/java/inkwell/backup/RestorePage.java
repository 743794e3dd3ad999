package inkwell.backup;

import inkwell.web.http.Routes;
import inkwell.web.view.Meta;
import inkwell.web.view.PageModel;

/** The step before a restore: which backup, what it holds, and that the current state is backed up first. */
public record RestorePage(BackupsPage.Row backup, String csrf, String notice) implements PageModel {
    @Override
    public Meta meta() {
        return Meta.privatePage("Restore a backup", Routes.BACKUPS);
    }
}
