package inkwell.web.view;

/**
 * Who a page is rendered for. The owner gets the writing tools (Write, Edit, Delete, Stop), view counts and
 * dates relative to now; a reader gets the blog and nothing more: no controls, no tokens, no counters, and dates
 * that do not go stale in a page written once (the static site; later, readers of a live blog).
 */
public enum Viewer {
    OWNER,
    READER
}
