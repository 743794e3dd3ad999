package inkwell.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A login entry that is one file: on when the file is there, off once it is removed. */
abstract class FileLoginItem implements LoginItem {
    final Path file;

    FileLoginItem(Path file) {
        this.file = file;
    }

    @Override
    public boolean enabled() {
        return Files.isRegularFile(file);
    }

    @Override
    public void disable() throws IOException {
        Files.deleteIfExists(file);
    }

    @Override
    public String where() {
        return file.toString();
    }
}
