package inkwell.publish.target;

import inkwell.publish.SiteFiles;
import java.io.IOException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/**
 * The site as a Git tree, made straight from its bytes (no working folder): every file a regular, non-executable
 * blob at its path. The same site always gives the same tree id, which is how a publish knows nothing changed.
 */
final class SiteTree {
    private SiteTree() {
    }

    static ObjectId insert(ObjectInserter inserter, SiteFiles site) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (String path : site.paths()) {
            byte[] bytes = site.bytes(path);
            DirCacheEntry entry = new DirCacheEntry(path);
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setLength(bytes.length);
            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, bytes));
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }
}
