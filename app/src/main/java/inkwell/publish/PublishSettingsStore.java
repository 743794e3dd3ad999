package inkwell.publish;

import inkwell.site.SettingValues;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The publish settings and the last outcome, as named values beside the site settings. */
final class PublishSettingsStore {
    private static final String TARGET = "publish.target";
    private static final String BRANCH = "publish.branch";
    private static final String AFTER_SAVE = "publish.after_save";
    private static final String LAST_AT = "publish.last.at";
    private static final String LAST_OK = "publish.last.ok";
    private static final String LAST_SUMMARY = "publish.last.summary";
    private static final String LAST_ADDRESS = "publish.last.address";

    private final SettingValues values;

    PublishSettingsStore(SettingValues values) {
        this.values = values;
    }

    PublishSettings settings() {
        Map<String, String> stored = values.readAll();
        PublishSettings none = PublishSettings.none();
        return new PublishSettings(stored.getOrDefault(TARGET, none.target()),
                stored.getOrDefault(BRANCH, none.branch()), Boolean.parseBoolean(stored.get(AFTER_SAVE)));
    }

    void save(PublishSettings settings) {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(TARGET, settings.target());
        stored.put(BRANCH, settings.branch());
        stored.put(AFTER_SAVE, String.valueOf(settings.afterSave()));
        values.write(stored);
    }

    Optional<PublishOutcome> lastOutcome() {
        Map<String, String> stored = values.readAll();
        if (!stored.containsKey(LAST_AT)) {
            return Optional.empty();
        }
        try {
            String address = stored.getOrDefault(LAST_ADDRESS, "");
            return Optional.of(new PublishOutcome(Instant.parse(stored.get(LAST_AT)),
                    Boolean.parseBoolean(stored.get(LAST_OK)), stored.getOrDefault(LAST_SUMMARY, ""),
                    address.isEmpty() ? Optional.empty() : Optional.of(address)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    void saveOutcome(PublishOutcome outcome) {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(LAST_AT, outcome.finishedAt().toString());
        stored.put(LAST_OK, String.valueOf(outcome.succeeded()));
        stored.put(LAST_SUMMARY, outcome.summary());
        stored.put(LAST_ADDRESS, outcome.liveAddress().orElse(""));
        values.write(stored);
    }
}
