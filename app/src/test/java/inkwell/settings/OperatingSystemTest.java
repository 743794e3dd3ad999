package inkwell.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatingSystemTest {

    @ParameterizedTest
    @CsvSource({"Windows 11, WINDOWS", "Windows Server 2022, WINDOWS", "Mac OS X, MAC", "Darwin, MAC",
            "Linux, OTHER", "FreeBSD, OTHER", "'', OTHER"})
    void osNamesAsJvmsReportThem(String osName, OperatingSystem expected) {
        assertEquals(expected, OperatingSystem.of(osName));
    }

    @Test
    void eachSystemOpensWithItsOwnCommand() {
        assertEquals(List.of("rundll32", "url.dll,FileProtocolHandler", "http://x/"),
                OperatingSystem.WINDOWS.openCommand("http://x/"));
        assertEquals(List.of("open", "/tmp/a b"), OperatingSystem.MAC.openCommand("/tmp/a b"));
        assertEquals(List.of("xdg-open", "/tmp"), OperatingSystem.OTHER.openCommand("/tmp"));
    }
}
