package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
