package inkwell.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the user is told when nothing opens the blog or the data folder: a script stands in for the platform's
 * opener (xdg-open without a browser or a file manager exits non-zero), a recorder for the tray and the dialog.
 */
@DisabledOnOs(OS.WINDOWS)
class OpeningTest {
    @TempDir
    Path folder;

    private final List<String> told = new ArrayList<>();

    /** An opener that records its arguments and exits with {@code status}. */
    private Path opener(String name, int status) throws Exception {
        Path script = folder.resolve(name);
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + folder.resolve(name + ".args") + "\"\n"
                + "exit " + status + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private Opening opening(Path opener) {
        Notifier recorder = (title, message) -> told.add(title + " | " + message);
        return new Opening(new Browser(Map.of(), false, url -> List.of(opener.toString(), url)),
                new FolderOpener(false, path -> List.of(opener.toString(), path)), recorder);
    }

    @Test
    void aBrowserThatCannotStartIsReportedWithTheAddressToOpen() throws Exception {
        Path opener = opener("xdg-open", 3);
        opening(opener).blog("http://127.0.0.1:8465/");
        assertEquals(List.of("Inkwell could not open a browser | Your blog is running. Open http://127.0.0.1:8465/ "
                + "in your web browser to see it."), told);
        assertEquals(List.of("http://127.0.0.1:8465/"), Files.readAllLines(folder.resolve("xdg-open.args")));
    }

    @Test
    void aDataFolderNoFileManagerOpensIsReportedWithItsPlace() throws Exception {
        Path opener = opener("xdg-open", 4);
        Path data = folder.resolve("blog data");
        opening(opener).folder(data);
        assertEquals(1, told.size(), "told: " + told);
        assertTrue(told.get(0).startsWith("Inkwell could not open the data folder | ")
                && told.get(0).endsWith(" are in " + data), told.get(0));
        assertEquals(List.of(data.toString()), Files.readAllLines(folder.resolve("xdg-open.args")));
    }

    @Test
    void anOpenerThatWorksTellsNothing() throws Exception {
        Opening opening = opening(opener("xdg-open", 0));
        opening.blog("http://127.0.0.1:8465/");
        opening.folder(folder);
        assertEquals(List.of(), told);
    }

    @Test
    void noticesWaitForTheTrayThenGoThereAndWithoutATrayToTheDialog() {
        List<String> tray = new ArrayList<>();
        List<String> dialog = new ArrayList<>();
        Notices withTray = new Notices((title, message) -> dialog.add(title));
        withTray.tell("before the tray", "m");
        assertEquals(List.of(), tray, "nothing shown while the tray may still come");
        withTray.trayShown(Optional.of((Notifier) (title, message) -> tray.add(title)));
        withTray.tell("after the tray", "m");
        assertEquals(List.of("before the tray", "after the tray"), tray);
        assertEquals(List.of(), dialog);

        Notices withoutTray = new Notices((title, message) -> dialog.add(title));
        withoutTray.tell("no tray", "m");
        withoutTray.trayShown(Optional.empty());
        withoutTray.tell("still none", "m");
        assertEquals(List.of("no tray", "still none"), dialog);
    }
}
