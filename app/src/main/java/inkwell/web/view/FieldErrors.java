package inkwell.web.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused form's messages, by field name, in form order: templates mark each wrong field, put the message
 * beside it, and send the focus to the first one (no script needed).
 */
public record FieldErrors(Map<String, String> messages) {

    public FieldErrors {
        messages = new LinkedHashMap<>(messages);
    }

    public static FieldErrors none() {
        return new FieldErrors(Map.of());
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String message(String field) {
        return messages.get(field);
    }

    /** True for the first field in error: the focus lands there. */
    public boolean focusOn(String field) {
        return !messages.isEmpty() && messages.keySet().iterator().next().equals(field);
    }
}
