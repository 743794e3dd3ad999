package inkwell.publish.target;

import inkwell.publish.SiteFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts the site into a folder on this machine (a web server's root, a synced folder, a USB stick). It writes only
 * into an empty folder or one it wrote before, which it knows by its marker file; it rewrites only the files whose
 * bytes differ, each through a temporary file and a move, and deletes only files it wrote itself.
 */
public final class FolderTarget implements PublishTarget {
    private final Path folder;

    public FolderTarget(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public PublishResult publish(SiteFiles site, PublishProgress progress) throws PublishFailure {
        SiteMarker marker = new SiteMarker(folder);
        Set<String> ours = marker.claim();
        FolderWriter writer = new FolderWriter(folder);
        // The marker lists every file Inkwell may leave behind before any is written, so an interrupted publish
        // still knows them all the next time and never mistakes its own files for the user's.
        Set<String> claimed = new TreeSet<>(ours);
        claimed.addAll(site.paths());
        writer.write(SiteMarker.NAME, SiteMarker.text(claimed));

        progress.step("Writing " + Counts.files(site.size()) + " into " + folder);
        List<String> changed = new ArrayList<>();
        for (String path : site.paths()) {
            if (writer.write(path, site.bytes(path))) {
                changed.add(path);
            }
        }
        for (String path : ours) {
            if (!site.contains(path) && writer.delete(path)) {
                changed.add(path);
            }
        }
        writer.write(SiteMarker.NAME, SiteMarker.text(site.paths()));
        progress.step(changed.isEmpty() ? "Nothing changed" : Counts.files(changed.size()) + " changed");
        return new PublishResult(changed, Optional.empty());
    }

    @Override
    public String toString() {
        return "folder " + folder;
    }
}
