package inkwell.articles;

/** The addresses of a post's pages, in one place. */
final class ArticlePaths {
    static final String LIST = "/posts";

    private ArticlePaths() {
    }

    static String canonical(long id, String slug) {
        return "/posts/" + id + "/" + slug;
    }

    static String edit(long id) {
        return "/posts/" + id + "/edit";
    }

    static String delete(long id) {
        return "/posts/" + id + "/delete";
    }

    static String listPage(int page) {
        return page <= 1 ? LIST : LIST + "?page=" + page;
    }
}
