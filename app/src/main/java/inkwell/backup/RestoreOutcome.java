package inkwell.backup;

/** How a restore ended, said to the person who asked for it. */
public record RestoreOutcome(String backup, boolean restored, String message) {

    public static RestoreOutcome restored(Manifest backup) {
        return new RestoreOutcome(backup.name(), true, String.format("Restored the backup %s: %,d %s.", backup.name(),
                backup.posts(), backup.posts() == 1 ? "post" : "posts"));
    }

    public static RestoreOutcome failed(Manifest backup, String why) {
        return new RestoreOutcome(backup.name(), false, "The backup " + backup.name() + " was not restored: " + why
                + " The blog is as it was before.");
    }
}
