package inkwell;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options this JVM was started with, class path left out: from the command line as the operating system
 * keeps it, plus the JVM's option variables. Read without java.lang.management, which loads some 200 classes
 * (about 2 MiB resident) that the blog never uses otherwise; that API is the fallback where the command line
 * cannot be read (Windows).
 */
final class JvmOptions {
    /** Launcher options whose value is the next word. */
    private static final Set<String> WITH_VALUE = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--limit-modules", "--add-reads", "--add-exports", "--add-opens",
            "--patch-module", "--source");
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");
    private static final List<String> VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private JvmOptions() {
    }

    static List<String> given() {
        Optional<String[]> arguments = ProcessHandle.current().info().arguments();
        if (arguments.isEmpty()) {
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        }
        List<String> options = new ArrayList<>(beforeMain(Arrays.asList(arguments.get())));
        Map<String, String> environment = System.getenv();
        for (String variable : VARIABLES) {
            String value = environment.getOrDefault(variable, "").strip();
            if (!value.isEmpty()) {
                options.addAll(Arrays.asList(value.split("\\s+")));
            }
        }
        return options;
    }

    /** The options among {@code arguments} (the words after the java command), up to the main class or jar. */
    static List<String> beforeMain(List<String> arguments) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("-") || argument.equals("-jar") || argument.equals("-m")
                    || argument.equals("--module")) {
                break;
            }
            boolean classPath = CLASS_PATH.contains(argument);
            if (!classPath) {
                options.add(argument);
            }
            if (WITH_VALUE.contains(argument) && i + 1 < arguments.size()) {
                i++;
                if (!classPath) {
                    options.add(arguments.get(i));
                }
            }
        }
        return options;
    }
}
