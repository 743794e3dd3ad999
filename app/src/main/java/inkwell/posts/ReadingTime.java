package inkwell.posts;

/**
 * Minutes to read a post at a comfortable 220 words a minute, at least one. Scripts written without spaces
 * (Chinese, Japanese) are counted at about two characters a word.
 */
final class ReadingTime {
    private static final int WORDS_PER_MINUTE = 220;

    private ReadingTime() {
    }

    static int minutes(String plainText) {
        long words = plainText.isBlank() ? 0 : plainText.strip().split("\\s+").length;
        long ideographs = plainText.codePoints().filter(ReadingTime::isWrittenWithoutSpaces).count();
        long total = words + ideographs / 2;
        return (int) Math.max(1, Math.round(total / (double) WORDS_PER_MINUTE));
    }

    private static boolean isWrittenWithoutSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
