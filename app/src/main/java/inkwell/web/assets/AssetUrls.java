package inkwell.web.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fingerprints of the files under {@code assets/} in the jar: a short content hash used both as the
 * {@code ?v=} part of asset URLs (so browsers may cache them for a year) and as their ETag.
 */
public final class AssetUrls {
    static final String PREFIX = "/assets/";
    private final ClassLoader loader;
    private final Map<String, Optional<String>> fingerprints = new ConcurrentHashMap<>();

    public AssetUrls(ClassLoader loader) {
        this.loader = loader;
    }

    /** {@code url("css/site.css")} is {@code /assets/css/site.css?v=1a2b3c4d5e}. */
    public String url(String asset) {
        String fingerprint = fingerprint(asset).orElseThrow(() ->
                new IllegalArgumentException("No asset " + asset + " in the jar"));
        return PREFIX + asset + "?v=" + fingerprint;
    }

    /**
     * The asset's name with its fingerprint in it, for hosts that serve plain files and ignore queries:
     * {@code fileName("css/site.css")} is {@code css/site.1a2b3c4d5e.css}.
     */
    public String fileName(String asset) {
        String fingerprint = fingerprint(asset).orElseThrow(() ->
                new IllegalArgumentException("No asset " + asset + " in the jar"));
        int dot = asset.lastIndexOf('.');
        return dot > asset.lastIndexOf('/') ? asset.substring(0, dot) + "." + fingerprint + asset.substring(dot)
                : asset + "." + fingerprint;
    }

    /** The asset's bytes, as served. */
    public byte[] bytes(String asset) {
        try (InputStream in = loader.getResourceAsStream(resourceName(asset))) {
            if (in == null) {
                throw new IllegalArgumentException("No asset " + asset + " in the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> fingerprint(String asset) {
        return fingerprints.computeIfAbsent(asset, this::hash);
    }

    /** The class-path resource behind an asset path: bundled front-end libraries live in their webjars. */
    static String resourceName(String asset) {
        if (asset.startsWith(Vendor.HIGHLIGHT_PREFIX)) {
            return Vendor.HIGHLIGHT_ROOT + asset.substring(Vendor.HIGHLIGHT_PREFIX.length());
        }
        return "assets/" + asset;
    }

    private Optional<String> hash(String asset) {
        try (InputStream in = loader.getResourceAsStream(resourceName(asset))) {
            if (in == null) {
                return Optional.empty();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest(), 0, 5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Front-end libraries bundled as webjars (offline: never a CDN). */
    static final class Vendor {
        static final String HIGHLIGHT_PREFIX = "vendor/highlight/";
        static final String HIGHLIGHT_ROOT = "META-INF/resources/webjars/highlightjs/"
                + HighlightVersion.VERSION + "/";

        private Vendor() {
        }
    }
}
