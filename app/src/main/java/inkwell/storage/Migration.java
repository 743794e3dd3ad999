package inkwell.storage;

import java.util.List;

/** One step of the schema's history. Never edit a released migration: add the next one. */
record Migration(int version, String description, List<String> statements) {
}
