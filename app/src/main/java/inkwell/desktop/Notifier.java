package inkwell.desktop;

/** Tells the user something where they can see it: a launch from the applications menu has no terminal. */
@FunctionalInterface
public interface Notifier {
    void tell(String title, String message);
}
