package inkwell.web.http;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A random write form (title, author, Markdown) built from hostile pieces: Unicode, C0 controls and line endings,
 * HTML and template syntax, Markdown; now and then at or just past a field's limit. It knows what the blog must
 * make of it, from the documented rules only: C0 controls (but tab and line breaks) and DEL removed, CRLF and CR
 * turned into LF in the text, title and author stripped; at most 150 / 60 / 200,000 characters (code points),
 * none of them blank.
 */
record FuzzedDraft(String title, String author, String content) {
    private static final String[] PIECES = {"word", "Ada", " ", "  ", "\u00e9", "\u65e5\u672c\u8a9e", "\uD83D\uDE80",
        "\uD835\uDD18", "e\u0301", "\u202e", "\u200b", "\uFEFF", "\u00a0", "\u3000", "\u2028", "\u0085", "\uFFFD",
        "\u0000", "\u0007", "\u001b[31m", "\u007f", "\t", "\r\n", "\r", "\n", "\u000b", "\u000c",
        "<script>alert(1)</script>", "<b id=fz>", "\"quoted\"", "'single'", "&amp;", "&lt;", "&#0;", "&", "<", ">",
        "</textarea>", "</h1>", "${x}", "@if(true)", "<!--", "-->", "]]>", "%41", "+", "=", "&x=y",
        "# Heading", "**bold**", "[x](javascript:alert(1))", "```\ncode\n```", "> quote", "| a | b |\n|---|---|",
        "![i](x.png)", "[r]: http://x", "<img src=x onerror=alert(1)>", "\\", "`", "*", "_"};
    private static final String LINE = "Lorem ipsum dolor sit amet, **consectetur** adipiscing elit.\n";
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|lt|gt|amp|quot|apos);");

    static FuzzedDraft random(Random random) {
        String title = switch (random.nextInt(12)) {
            case 0 -> "\uD83D\uDE80".repeat(150);
            case 1 -> "t".repeat(151);
            case 2 -> "\u0000\t ";
            default -> pieces(random, 1 + random.nextInt(8));
        };
        String author = switch (random.nextInt(12)) {
            case 0 -> "\u00e9".repeat(60);
            case 1 -> "a".repeat(61);
            case 2 -> "";
            default -> pieces(random, 1 + random.nextInt(4));
        };
        String content = switch (random.nextInt(15)) {
            case 0 -> LINE.repeat(1_500) + pieces(random, 20); // ~90,000 characters
            case 1 -> "\r\n \u0001 ";
            default -> pieces(random, 1 + random.nextInt(60));
        };
        return new FuzzedDraft(title, author, content);
    }

    private static String pieces(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }

    /** What the blog keeps of this draft. */
    FuzzedDraft normalised() {
        return new FuzzedDraft(withoutControls(title).strip(), withoutControls(author).strip(),
                withoutControls(content).replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static String withoutControls(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }

    /** Whether the blog must accept it (checked on the normalised draft). */
    boolean valid() {
        return fits(title, 150) && fits(author, 60) && fits(content.strip(), 200_000);
    }

    private static boolean fits(String text, int max) {
        int length = text.codePointCount(0, text.length());
        return length > 0 && length <= max;
    }

    /** The draft shown in a write form (its title and author fields and its textarea), unescaped. */
    static FuzzedDraft inForm(String html) {
        return new FuzzedDraft(text(html, "id=\"title\" name=\"title\" type=\"text\" value=\"([^\"]*)\""),
                text(html, "id=\"name\" name=\"name\" type=\"text\" value=\"([^\"]*)\""),
                text(html, "<textarea id=\"content\"[^>]*>([^<]*)</textarea>"));
    }

    /** The title and author a post page shows, unescaped (no content: the page shows it rendered). */
    static FuzzedDraft onPostPage(String html) {
        return new FuzzedDraft(text(html, "<header class=\"post-header\">\\s*<h1>([^<]*)</h1>"),
                text(html, "<span class=\"author\">([^<]*)</span>"), null);
    }

    /** The text of the first group of {@code regex}, which only matches markup-free (escaped) text. */
    private static String text(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        if (!matcher.find()) {
            return "<not found or not escaped: " + regex + ">";
        }
        Matcher entity = ENTITY.matcher(matcher.group(1));
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String character = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            entity.appendReplacement(text, Matcher.quoteReplacement(character));
        }
        return entity.appendTail(text).toString();
    }
}
