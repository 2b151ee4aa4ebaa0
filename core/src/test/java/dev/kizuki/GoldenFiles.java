package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Golden-file helpers: one folder per case under a test resource root. Run the tests with {@code
 * -Dkizuki.golden.update=true} to write the expected files afresh (then review the diff before committing).
 */
public final class GoldenFiles {
  private GoldenFiles() {}

  public static List<Path> cases(String root) {
    try {
      Path dir = Path.of(GoldenFiles.class.getResource("/" + root).toURI());
      try (Stream<Path> s = Files.list(dir)) {
        return s.filter(Files::isDirectory).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The case's {@code options.properties} (read as UTF-8), or empty properties when it has none. Keys: {@code
   * encoding} and any {@link Limits} component, such as {@code maxFieldChars}.
   */
  public static Properties options(Path caseDir) {
    Properties p = new Properties();
    Path file = caseDir.resolve("options.properties");
    if (Files.exists(file)) {
      try (var r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return p;
  }

  /** {@link Limits#defaults()} with the caps named in {@code options} changed. */
  public static Limits limits(Properties options) {
    Limits d = Limits.defaults();
    return new Limits(
        Integer.parseInt(options.getProperty("maxChecklistChars", String.valueOf(d.maxChecklistChars()))),
        Integer.parseInt(options.getProperty("maxNestingDepth", String.valueOf(d.maxNestingDepth()))),
        Integer.parseInt(options.getProperty("maxItems", String.valueOf(d.maxItems()))),
        Integer.parseInt(options.getProperty("maxRegexLength", String.valueOf(d.maxRegexLength()))),
        Long.parseLong(options.getProperty("maxEvalSteps", String.valueOf(d.maxEvalSteps()))),
        Integer.parseInt(options.getProperty("maxFieldChars", String.valueOf(d.maxFieldChars()))),
        Integer.parseInt(options.getProperty("maxColumns", String.valueOf(d.maxColumns()))),
        Long.parseLong(options.getProperty("maxFileBytes", String.valueOf(d.maxFileBytes()))));
  }

  /** Asserts {@code actual} equals {@code caseDir/name}; in update mode writes it to the source tree instead. */
  public static void assertMatches(Path caseDir, String name, String actual) {
    Path expected = caseDir.resolve(name);
    try {
      if (Boolean.getBoolean("kizuki.golden.update")) {
        // caseDir is under target/test-classes; write to the matching place under src/test/resources.
        Path src = Path.of(caseDir.toString().replace("target/test-classes", "src/test/resources"));
        Files.writeString(src.resolve(name), actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(expected).as("golden file %s", expected).exists();
      assertThat(actual).as("%s", expected).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
