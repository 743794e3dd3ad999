package inkwell.web;

import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.resource.RangeAwareResource;
import io.undertow.server.handlers.resource.Resource;
import io.undertow.util.ETag;
import io.undertow.util.MimeMappings;
import java.io.File;
import java.net.URL;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

/** A resource exactly like its delegate but with an ETag (class-path resources have none of their own). */
final class EtaggedResource implements RangeAwareResource {
    private final Resource delegate;
    private final ETag etag;

    EtaggedResource(Resource delegate, ETag etag) {
        this.delegate = delegate;
        this.etag = etag;
    }

    @Override
    public ETag getETag() {
        return etag;
    }

    @Override
    public String getContentType(MimeMappings mimeMappings) {
        String type = delegate.getContentType(mimeMappings);
        // Text assets are UTF-8; saying so keeps browsers from guessing.
        if (type != null && (type.startsWith("text/") || type.equals("application/javascript"))) {
            return type + "; charset=utf-8";
        }
        return type;
    }

    @Override
    public String getPath() {
        return delegate.getPath();
    }

    @Override
    public Date getLastModified() {
        return delegate.getLastModified();
    }

    @Override
    public String getLastModifiedString() {
        return delegate.getLastModifiedString();
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public boolean isDirectory() {
        return delegate.isDirectory();
    }

    @Override
    public List<Resource> list() {
        return delegate.list();
    }

    @Override
    public void serve(Sender sender, HttpServerExchange exchange, IoCallback completionCallback) {
        delegate.serve(sender, exchange, completionCallback);
    }

    @Override
    public Long getContentLength() {
        return delegate.getContentLength();
    }

    @Override
    public String getCacheKey() {
        return delegate.getCacheKey();
    }

    @Override
    public File getFile() {
        return delegate.getFile();
    }

    @Override
    public Path getFilePath() {
        return delegate.getFilePath();
    }

    @Override
    public File getResourceManagerRoot() {
        return delegate.getResourceManagerRoot();
    }

    @Override
    public Path getResourceManagerRootPath() {
        return delegate.getResourceManagerRootPath();
    }

    @Override
    public URL getUrl() {
        return delegate.getUrl();
    }

    @Override
    public void serveRange(Sender sender, HttpServerExchange exchange, long start, long end, IoCallback callback) {
        ((RangeAwareResource) delegate).serveRange(sender, exchange, start, end, callback);
    }

    @Override
    public boolean isRangeSupported() {
        return delegate instanceof RangeAwareResource ranged && ranged.isRangeSupported();
    }
}
