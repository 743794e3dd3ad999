package inkwell.transfer;

/**
 * What runs before an import writes anything: the blog is backed up first (the backups of Inkwell's own Derby,
 * wired in {@code BlogParts}). {@link #LOG_ONLY} is for a database Inkwell does not back up (PostgreSQL, which
 * {@code pg_dump} backs up) and for tests of the import alone.
 */
public interface BeforeImport {
    /** Called with a reason such as {@code import of blog.zip}; throwing stops the import before it writes. */
    void prepare(String reason) throws Exception;

    BeforeImport LOG_ONLY = reason -> org.slf4j.LoggerFactory.getLogger(BeforeImport.class)
            .info("Before an import ({}): no backup by Inkwell (not its own Derby database)", reason);
}
