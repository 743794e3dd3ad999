package inkwell.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One {@code <item>} of a WordPress export as read: its fields by qualified name, and its categories and tags. */
final class WxrItem {
    final Map<String, String> fields = new HashMap<>();
    final List<String> tags = new ArrayList<>();

    String field(String name) {
        return fields.getOrDefault(name, "").strip();
    }
}
