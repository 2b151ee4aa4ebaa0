package dev.kizuki.checklists;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The generated tables of {@code checklists/README.md} match the bundled checklist.
 *
 * <p>After editing the checklist, regenerate them with {@code mvn test -pl checklists
 * -Dkizuki.regenerateDocs=true} and commit the README.
 */
class ReadmeTest {
  private static final String REGENERATE = "kizuki.regenerateDocs";

  @Test
  void generatedSections_always_matchTheBundledChecklist() throws IOException {
    Path readme = Path.of(System.getProperty("basedir", "."), "README.md");
    String text = Files.readString(readme, UTF_8);
    Map<String, String> sections = new ChecklistDocs(BundledChecklists.nisc2020()).sections();

    String updated = text;
    for (Map.Entry<String, String> s : sections.entrySet()) {
      updated = replaceSection(updated, s.getKey(), s.getValue());
    }

    if (Boolean.getBoolean(REGENERATE) && !updated.equals(text)) {
      Files.writeString(readme, updated, UTF_8);
      text = updated;
    }
    assertThat(text)
        .as("README.md is out of date; run: mvn test -pl checklists -D%s=true", REGENERATE)
        .isEqualTo(updated);
  }

  private static String replaceSection(String text, String name, String body) {
    Pattern p = Pattern.compile("(<!-- generated:begin " + name + " -->\\n)(.*?)(<!-- generated:end " + name
        + " -->)", Pattern.DOTALL);
    Matcher m = p.matcher(text);
    assertThat(m.find()).as("README.md has the markers of section '%s'", name).isTrue();
    return text.substring(0, m.start()) + m.group(1) + body + m.group(3) + text.substring(m.end());
  }
}
