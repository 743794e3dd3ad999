package inkwell.posts;

/** Messages shown above a form that was refused as a whole; the user's text is always still in the form. */
final class FormNotices {
    static final String EXPIRED = "Your session expired (or Inkwell was restarted), so this was not saved yet. "
            + "Your text is still here: press the button again to save it.";
    static final String NOT_OWNER = "This browser is not signed in as the blog's owner (signed out, or Inkwell "
            + "moved to another computer), so this was not saved. Your text is still here: copy it, or sign in in "
            + "another tab (open the blog from Inkwell, or use the owner password) and press the button again.";
    static final String DELETED_MEANWHILE = "This post was deleted while you were editing it. Your text is "
            + "still here: publish it to save it as a new post.";

    /** The database could not save (a full disk, say): the text stays in the form to be saved again. */
    static String notSaved(String reason) {
        return "This was not saved: " + reason + ". Your text is still here.";
    }

    private FormNotices() {
    }
}
