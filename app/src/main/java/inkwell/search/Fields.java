package inkwell.search;

/**
 * The index's fields. Each text is indexed twice: as English prose (stemmed: "caching" finds "caches") and as
 * code identifiers, kept whole and split at case changes and digits ("ConcurrentHashMap" is also "hash map").
 */
final class Fields {
    static final String ID = "id";
    static final String PATH = "path";
    static final String CREATED = "created";
    static final String TITLE = "title";
    static final String AUTHOR = "author";
    static final String TEXT = "text";
    /** The tags' names, each a value of its own. */
    static final String TAGS = "tags";
    static final String PARTS = "_parts";

    private Fields() {
    }

    static String parts(String field) {
        return field + PARTS;
    }

    static boolean isParts(String field) {
        return field.endsWith(PARTS);
    }
}
