package inkwell;

import java.io.IOException;

/** The data folder cannot be created or written; the message names it and says what to do. */
final class DataFolderException extends IOException {
    DataFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
