package inkwell.posts;

/** Turns whatever came in {@code ?page=} into the nearest page that exists. */
final class PageNumbers {
    private PageNumbers() {
    }

    static int nearestValid(String requested, int pages) {
        if (requested == null || !requested.matches("[0-9]+")) {
            return 1;
        }
        String digits = requested.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 9) {
            return pages;
        }
        int page = Integer.parseInt(digits);
        return Math.min(Math.max(page, 1), pages);
    }
}
