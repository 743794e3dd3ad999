package inkwell.transfer;

/**
 * What runs before an import writes anything: the blog is backed up first. The lead wires the backups here; until
 * then {@link #LOG_ONLY} only says that an import starts.
 */
public interface BeforeImport {
    /** Called with a reason such as {@code import of blog.zip}; throwing stops the import before it writes. */
    void prepare(String reason) throws Exception;

    BeforeImport LOG_ONLY = reason -> org.slf4j.LoggerFactory.getLogger(BeforeImport.class)
            .info("Before an import ({}): no backup is taken yet", reason);
}
