package inkwell.auth;

/** How an owner session began, which decides where it counts. */
public enum SessionKind {
    /**
     * Through the launcher's link: it proves access to this computer's data folder, so it counts only for
     * requests from this computer (a copied cookie gains nothing on another machine).
     */
    THIS_COMPUTER("This computer (opened by Inkwell)"),
    /** With the owner password: it counts from any device, until revoked or the password changes. */
    PASSWORD("Password sign-in");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
