package inkwell.publish;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A rendered static site: every file's path relative to the site's root ({@code index.html},
 * {@code posts/4/hello/index.html}, {@code assets/css/site.1a2b3c4d5e.css}) and its bytes, in path order.
 * It is what the static renderer produces and what every publish target takes, so a folder, a Git branch and a
 * test all see the very same bytes. Paths are checked here once: forward slashes, no empty, dot or dot-dot
 * segments, no leading slash; a path can never climb out of the folder it is written into.
 */
public final class SiteFiles {
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[^/\\\\\\x00-\\x1f]+");
    private final SortedMap<String, byte[]> files;

    private SiteFiles(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
    }

    public static SiteFiles of(Map<String, byte[]> files) {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> copy.put(checked(path), bytes.clone()));
        return new SiteFiles(copy);
    }

    /** Every path, in order. */
    public java.util.SortedSet<String> paths() {
        // An unmodifiable sorted map's key set is no SortedSet (the cast threw): an unmodifiable sorted copy.
        return Collections.unmodifiableSortedSet(new java.util.TreeSet<>(files.keySet()));
    }

    public byte[] bytes(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new IllegalArgumentException("No file " + path + " in the site");
        }
        return bytes.clone();
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public int size() {
        return files.size();
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(bytes -> bytes.length).sum();
    }

    /** True when both sites hold the same paths with the same bytes. */
    public boolean sameAs(SiteFiles other) {
        return files.keySet().equals(other.files.keySet())
                && files.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.files.get(e.getKey())));
    }

    static String checked(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.endsWith("/")) {
            throw new IllegalArgumentException("Not a relative file path: " + path);
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || !SAFE_SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("Not a safe file path: " + path);
            }
        }
        return path;
    }
}
