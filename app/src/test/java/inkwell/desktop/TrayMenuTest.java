package inkwell.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrayMenuTest {
    private final List<String> calls = new ArrayList<>();
    private final TrayMenu menu = TrayMenu.forBlog("http://127.0.0.1:8465/", new TrayMenu.Actions() {
        @Override
        public void openBlog() {
            calls.add("open");
        }

        @Override
        public void writePost() {
            calls.add("write");
        }

        @Override
        public void openDataFolder() {
            calls.add("folder");
        }

        @Override
        public void quit() {
            calls.add("quit");
        }
    });

    @Test
    void theAddressHeadsTheMenuAndQuitComesLastAfterASeparator() {
        List<String> labels = menu.items().stream().map(TrayMenu.Item::label).toList();
        assertEquals(List.of("Inkwell at http://127.0.0.1:8465/", "-", "Open blog", "Write a new post",
                "Open data folder", "-", "Quit Inkwell"), labels);
        assertTrue(menu.items().get(0).isNote(), "the address is shown, not clickable");
        assertTrue(menu.items().get(1).isSeparator() && menu.items().get(5).isSeparator());
    }

    @Test
    void eachItemRunsItsOwnActionAndDoubleClickOpensTheBlog() {
        menu.items().stream().filter(item -> item.action() != null).forEach(item -> item.action().run());
        menu.onDoubleClick().run();
        assertEquals(List.of("open", "write", "folder", "quit", "open"), calls);
    }
}
