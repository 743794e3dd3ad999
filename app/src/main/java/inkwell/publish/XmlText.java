package inkwell.publish;

/** Text made safe for XML 1.0, which has no way at all to carry some characters (U+FFFE, lone surrogates). */
final class XmlText {
    private XmlText() {
    }

    static String of(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
