package inkwell.web.http;

import java.nio.charset.StandardCharsets;

/** Percent-encoding for paths we put in Location headers and links (slugs may hold any script). */
public final class Paths {
    private Paths() {
    }

    /** Encodes everything but unreserved characters and '/', so the result is a valid, safe path. */
    public static String encode(String path) {
        StringBuilder encoded = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
