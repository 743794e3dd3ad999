package inkwell.posts;

import java.text.Normalizer;
import java.util.Locale;

/** The readable part of a post's URL, made from its title: "Zoë's café" becomes "zoes-cafe". */
final class Slugs {
    static final int MAX_LENGTH = 80;
    private static final String FALLBACK = "post";

    private Slugs() {
    }

    static String slugify(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("'", "").replace("\u2019", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean pendingDash = false;
        for (int i = 0; i < decomposed.length() && slug.length() < MAX_LENGTH; ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            // Letters of any script stay (a Japanese title keeps a Japanese slug); everything else separates words.
            if (Character.isLetterOrDigit(codePoint)) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.appendCodePoint(codePoint);
                pendingDash = false;
            } else {
                pendingDash = true;
            }
        }
        return slug.length() == 0 ? FALLBACK : slug.toString();
    }
}
