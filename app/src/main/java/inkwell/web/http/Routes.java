package inkwell.web.http;

/**
 * Every address of the blog, named once: the router registers these templates and the pages link to them
 * (templates and page models build links with the methods below), so a route cannot drift from its links.
 * The original app's URLs ({@code /new}, {@code /posts/{id}}) keep working.
 */
public final class Routes {
    public static final String HOME = "/";
    public static final String POSTS = "/posts";
    public static final String WRITE = "/new";
    public static final String WRITE_LONG = "/posts/new";
    public static final String POST_BY_ID = "/posts/{id}";
    public static final String POST = "/posts/{id}/{slug}";
    public static final String EDIT = "/posts/{id}/edit";
    public static final String DELETE = "/posts/{id}/delete";
    public static final String REVISIONS = "/posts/{id}/revisions";
    public static final String REVISIONS_COMPARE = "/posts/{id}/revisions/compare";
    public static final String REVISION_RESTORE = "/posts/{id}/revisions/{revision}/restore";
    /** Under edit/, past the slug's place: a post titled "Autosave" keeps its address. */
    public static final String AUTOSAVE = "/posts/{id}/edit/autosave";
    public static final String UNSAVED_DISCARD = "/posts/{id}/edit/discard";
    public static final String AUTOSAVE_NEW = "/posts/new/autosave";
    public static final String HEALTH = "/health";
    public static final String STOP = "/stop";
    public static final String FEED = "/feed.xml";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String ROBOTS = "/robots.txt";
    public static final String ABOUT = "/about";
    public static final String DRAFTS = "/drafts";
    public static final String PREVIEW = "/preview";
    public static final String EXPORT = "/export";
    public static final String EXPORT_COMMAND = "/export/command";
    public static final String BACKUPS = "/backups";
    public static final String BACKUP_RESTORE = "/backups/{name}/restore";
    public static final String BACKUP_COMMAND = "/backups/command";
    public static final String RESTORE_COMMAND = "/backups/command/restore";
    public static final String IMPORT = "/import";
    public static final String IMPORT_CONFIRM = "/import/confirm";
    public static final String IMPORT_COMMAND = "/import/command";
    public static final String TAGS = "/tags";
    public static final String TAG = "/tags/{slug}";
    public static final String TAG_FEED = "/tags/{slug}/feed.xml";
    public static final String SEARCH = "/search";
    public static final String SETTINGS = "/settings";
    public static final String PUBLISH = "/publish";
    public static final String PUBLISH_NOW = "/publish/now";
    public static final String PUBLISH_ACCESS = "/publish/access";
    public static final String PUBLISH_STATUS = "/publish/status";
    public static final String PUBLISH_COMMAND = "/publish/command";
    public static final String MEDIA = "/media";
    public static final String MEDIA_FILE = "/media/{file}";
    public static final String MEDIA_DELETE = "/media/{file}/delete";
    public static final String SIGN_IN = "/signin";
    public static final String SIGN_OUT = "/signout";
    public static final String ACCOUNT = "/account";
    public static final String ACCOUNT_PASSWORD = "/account/password";
    public static final String ACCOUNT_PASSWORD_REMOVE = "/account/password/remove";
    public static final String ACCOUNT_SESSION_END = "/account/sessions/{id}/end";
    public static final String ACCOUNT_SESSIONS_END_ALL = "/account/sessions/end-all";
    public static final String ASSETS = "/assets";
    public static final String FAVICON = "/favicon.ico";

    /** The first part of every address above ({@code posts}, {@code feed.xml}, …), lower case. */
    private static final java.util.Set<String> FIRST_PARTS = firstParts();

    private Routes() {
    }

    private static java.util.Set<String> firstParts() {
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (java.lang.reflect.Field field : Routes.class.getFields()) {
            if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                try {
                    parts.add(firstPart((String) field.get(null)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return java.util.Set.copyOf(parts);
    }

    private static String firstPart(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        return (slash < 0 ? rest : rest.substring(0, slash)).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Whether {@code path} is, or lies under, one of the addresses above (the home page, {@code /posts/…},
     * {@code /feed.xml}, {@code /tags/…}): an address brought from another blog must never shadow one of them,
     * today's or one added later under the same first part. Any case, to be safe on case-blind setups.
     */
    public static boolean isInkwellAddress(String path) {
        return FIRST_PARTS.contains(firstPart(path));
    }

    /** A post's canonical address, {@code /posts/42/my-first-post}, percent-encoded (slugs may hold any script). */
    public static String post(long id, String slug) {
        return Paths.encode(POST.replace("{id}", String.valueOf(id)).replace("{slug}", slug));
    }

    /** A post by its number alone: it redirects to the post's current address. */
    public static String postById(long id) {
        return POST_BY_ID.replace("{id}", String.valueOf(id));
    }

    public static String edit(long id) {
        return EDIT.replace("{id}", String.valueOf(id));
    }

    public static String delete(long id) {
        return DELETE.replace("{id}", String.valueOf(id));
    }

    /** Deleting a stored image, by its file name ({@code 3f…a9.png}). */
    public static String mediaDelete(String fileName) {
        return MEDIA_DELETE.replace("{file}", fileName);
    }

    public static String revisions(long id) {
        return REVISIONS.replace("{id}", String.valueOf(id));
    }

    /** Two revisions of a post compared, the older first. */
    public static String compare(long id, long older, long newer) {
        return REVISIONS_COMPARE.replace("{id}", String.valueOf(id)) + "?from=" + older + "&to=" + newer;
    }

    public static String restore(long id, long revision) {
        return REVISION_RESTORE.replace("{id}", String.valueOf(id)).replace("{revision}", String.valueOf(revision));
    }

    public static String autosave(long id) {
        return AUTOSAVE.replace("{id}", String.valueOf(id));
    }

    public static String discardUnsaved(long id) {
        return UNSAVED_DISCARD.replace("{id}", String.valueOf(id));
    }

    /** Page {@code page} of all posts; page 1 is the list's own address. */
    /** A page of search results; the first page has no {@code page} parameter. */
    public static String search(String query, int page) {
        String path = SEARCH + "?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
        return page == 1 ? path : path + "&page=" + page;
    }

    /** Page {@code page} of all posts; page 1 is the list's own address. */
    public static String postsPage(int page) {
        return page <= 1 ? POSTS : POSTS + "?page=" + page;
    }

    /** A tag's page, {@code /tags/code-review}, percent-encoded like a post's address. */
    public static String tag(String slug) {
        return Paths.encode(TAG.replace("{slug}", slug));
    }

    public static String tagFeed(String slug) {
        return Paths.encode(TAG_FEED.replace("{slug}", slug));
    }
}
