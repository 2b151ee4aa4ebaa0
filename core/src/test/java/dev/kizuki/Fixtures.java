package dev.kizuki;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared test fixtures: the mini checklist and quick row builders. */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  /** The opening of a small checklist document, up to its datasets: one category {@code c}. */
  static final String YAML_HEAD = """
      format: kizuki-checklist/1
      id: t
      version: "1"
      title: {ja: t, en: t}
      categories:
        - {id: c, title: {ja: c, en: c}}
      """;

  /** An item I-01 of category c, severity high, citing L1, up to its {@code check:} (for YAML_HEAD documents). */
  static final String YAML_ITEM = """
      items:
        - id: I-01
          category: c
          title: {ja: t, en: t}
          question: {ja: q, en: q}
          rationale: {ja: r, en: r}
          remediation: {ja: m, en: m}
          lessons: [L1]
          severity: high
          weight: 1
      """;

  private Fixtures() {}

  static String resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Checklist mini() {
    return ChecklistLoader.create().parse("mini.yaml", resource("checklists/mini.yaml"));
  }

  static CompiledChecklist compiledMini() {
    return CompiledChecklist.compile(mini());
  }

  /** A row from alternating column names and cells. */
  static Map<String, String> row(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  static AssessmentOptions options() {
    return AssessmentOptions.asOf(AS_OF);
  }
}
