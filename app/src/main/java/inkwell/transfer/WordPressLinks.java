package inkwell.transfer;

import inkwell.posts.OldAddresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a WordPress post was read at, to be kept as redirects once its blog moved here: its permalink as
 * WordPress served it ({@code <link>}, whatever the permalink structure: {@code /2019/03/14/slug/},
 * {@code /archives/123}, {@code /category/slug/}, a custom one), its number ({@code /?p=123}, from
 * {@code wp:post_id}), and, when the export has no {@code <link>}, WordPress's default "day and name" address
 * built from {@code wp:post_date} (the blog's local time, as WordPress builds it) and {@code wp:post_name}.
 */
final class WordPressLinks {
    private static final Pattern LOCAL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[ T].*");

    private WordPressLinks() {
    }

    static List<String> of(WxrItem item) {
        List<String> paths = new ArrayList<>();
        String link = item.field("link");
        if (!link.isEmpty()) {
            OldAddresses.pathOf(link).ifPresent(paths::add);
        } else {
            dayAndName(item.field("wp:post_date"), item.field("wp:post_name")).ifPresent(paths::add);
        }
        OldAddresses.number(item.field("wp:post_id")).map(OldAddresses::byNumber).ifPresent(paths::add);
        return paths.stream().distinct().toList();
    }

    private static Optional<String> dayAndName(String date, String name) {
        Matcher day = LOCAL_DATE.matcher(date);
        if (name.isEmpty() || !day.matches() || day.group(1).equals("0000")) {
            return Optional.empty();
        }
        return OldAddresses.pathOf("/" + day.group(1) + "/" + day.group(2) + "/" + day.group(3) + "/" + name + "/");
    }
}
