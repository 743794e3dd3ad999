package inkwell.posts;

import inkwell.web.http.Routes;
import java.util.ArrayList;
import java.util.List;

/**
 * Page {@code page} of {@code pages} (both from 1) of the list at {@code listPath} (all posts, a tag's posts).
 * {@link #numbers()} lists the page links to show: the first, the last and two around the current one, with
 * {@code null} where a gap ("…") goes.
 */
public record Pagination(int page, int pages, int pageSize, String listPath) {

    /** A page of all posts. */
    public Pagination(int page, int pages, int pageSize) {
        this(page, pages, pageSize, Routes.POSTS);
    }

    static int pagesFor(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    int offset() {
        return (page - 1) * pageSize;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** The site path of page {@code number}: {@code ?page=N} on the list's own address, none for page 1. */
    public String pathOf(int number) {
        return number <= 1 ? listPath : listPath + "?page=" + number;
    }

    public List<Integer> numbers() {
        List<Integer> numbers = new ArrayList<>();
        int previous = 0;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= 2) {
                if (n - previous > 1) {
                    numbers.add(null);
                }
                numbers.add(n);
                previous = n;
            }
        }
        return numbers;
    }
}
