package inkwell.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Links are built from the very templates the router registers, encoded so any slug makes a valid path. */
class RoutesTest {

    @Test
    void postLinksFillTheRouteTemplateAndPercentEncodeTheSlug() {
        assertEquals("/posts/42/binary-search", Routes.post(42, "binary-search"));
        assertEquals("/posts/7/caf%C3%A9-%E6%97%A5%E6%9C%AC", Routes.post(7, "café-日本"));
        assertEquals("/posts/1/a%3Fb%23c%20d", Routes.post(1, "a?b#c d"));
    }

    @Test
    void editDeleteAndListPagesComeFromTheirRoutes() {
        assertEquals("/posts/42/edit", Routes.edit(42));
        assertEquals("/posts/42/delete", Routes.delete(42));
        assertEquals("/posts", Routes.postsPage(1));
        assertEquals("/posts", Routes.postsPage(0));
        assertEquals("/posts?page=3", Routes.postsPage(3));
    }
}
