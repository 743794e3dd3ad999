package inkwell.posts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The readable part of a post's URL, made from its title: "Zoë's café" becomes "zoes-cafe". */
final class Slugs {
    static final int MAX_LENGTH = 80;
    private static final String FALLBACK = "post";
    /**
     * Accents are dropped only from Latin, Greek and Cyrillic letters: in other scripts the marks are part of the
     * word (Devanagari vowel signs, the kana voicing mark), and removing them changed "ブログ" to "フロク".
     */
    private static final Pattern ACCENTS = Pattern.compile("(?<=\\p{IsLatin}|\\p{IsGreek}|\\p{IsCyrillic})\\p{M}+");

    private Slugs() {
    }

    /**
     * The pages under a post's address ({@code /posts/42/edit}, {@code /posts/42/revisions}) take these words: a
     * post titled "Revisions" gets {@code revisions-post}, or its own page could not be reached.
     */
    private static final java.util.Set<String> TAKEN = java.util.Set.of("edit", "delete", "revisions");

    static String slugify(String title) {
        String slug = words(title);
        return TAKEN.contains(slug) ? slug + "-" + FALLBACK : slug;
    }

    private static String words(String title) {
        String decomposed = ACCENTS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("")
                .replace("'", "").replace("\u2019", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean pendingDash = false;
        int i = 0;
        while (i < decomposed.length() && slug.length() < MAX_LENGTH) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            // Letters of any script stay (a Japanese title keeps a Japanese slug), with the marks that belong to
            // them; everything else separates words.
            if (Character.isLetterOrDigit(codePoint)) {
                if (pendingDash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.appendCodePoint(codePoint);
                pendingDash = false;
            } else if (!isMark(codePoint) || pendingDash || slug.length() == 0) {
                pendingDash = true;
            } else {
                slug.appendCodePoint(codePoint);
            }
        }
        if (i < decomposed.length() && isWordPart(decomposed.codePointAt(i))) {
            cutAtLastWord(slug);
        }
        // Composed again: Hangul syllables and voiced kana were split into parts by NFKD.
        return slug.length() == 0 ? FALLBACK : Normalizer.normalize(slug, Normalizer.Form.NFC);
    }

    /** A long title loses its last, half-cut word ("…-word-w"), unless that leaves less than half a slug. */
    private static void cutAtLastWord(StringBuilder slug) {
        int lastDash = slug.lastIndexOf("-");
        if (lastDash > MAX_LENGTH / 2) {
            slug.setLength(lastDash);
        }
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
