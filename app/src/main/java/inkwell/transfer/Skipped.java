package inkwell.transfer;

/** One item of a source that is not imported ({@code item}: its file or title), and why. */
public record Skipped(String item, String reason) {
}
