package inkwell.publish.target;

import java.util.Locale;

/** Counts as progress lines say them: "1 file", "1,204 files". */
final class Counts {
    private Counts() {
    }

    static String files(int count) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? "file" : "files");
    }
}
