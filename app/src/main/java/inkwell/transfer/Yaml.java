package inkwell.transfer;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.representer.Representer;

/**
 * YAML as exports write it (SnakeYAML): block style, keys in the order given, long lines never folded, so the
 * same data gives the same bytes. Every value is a string, number, boolean or list of strings: dates are written
 * as ISO-8601 text, which Hugo and Jekyll read as dates.
 */
final class Yaml {
    private Yaml() {
    }

    static String dump(Map<String, ?> data) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setAllowUnicode(true);
        return new org.yaml.snakeyaml.Yaml(new Representer(options), options).dump(data);
    }

    /** A loader for YAML from outside: no aliases to speak of (billion laughs), no custom types, bounded size. */
    static org.yaml.snakeyaml.Yaml safeLoader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        return new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options));
    }
}
