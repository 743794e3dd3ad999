package inkwell.web.http;

import java.util.Map;

/** A submitted form's fields, first value of each; a missing field reads as empty. */
public record Form(Map<String, String> fields) {

    public String get(String name) {
        return fields.getOrDefault(name, "");
    }
}
