package dev.kizuki.report;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The mini checklist assessed over small in-memory data, for report writer tests. */
final class TextReportFixture {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private TextReportFixture() {}

  static CompiledChecklist mini() {
    try (InputStream in = TextReportFixture.class.getResourceAsStream("/checklists/mini.yaml")) {
      if (in == null) {
        throw new IllegalStateException("no test resource checklists/mini.yaml");
      }
      return CompiledChecklist.compile(ChecklistLoader.create().load("mini.yaml", in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every outcome but CONTRADICTED and NOT_APPLICABLE, an invalid cell, a stale and an undated answer. */
  static Assessment mixed() {
    Inputs inputs = Inputs.builder()
        .rows("systems", List.of(
            row("system_id", "S1", "criticality", "high", "last_failover_test", "2020-01-01"),
            row("system_id", "S2", "criticality", "高", "last_failover_test", "bad"),
            row("system_id", "S3", "criticality", "low", "standby_count", "1")))
        .rows("answers", List.of(
            row("item_id", "POLICY", "answer", "yes", "answered_on", "2020-01-01"),
            row("item_id", "RDP", "answer", "no")))
        .build();
    return mini().assess(inputs, AssessmentOptions.asOf(AS_OF));
  }

  /** Everything passes or does not apply. */
  static Assessment clean() {
    Inputs inputs = Inputs.builder()
        .rows("systems", List.of(
            row("system_id", "S1", "criticality", "high", "last_failover_test", "2026-06-01",
                "standby_count", "0")))
        .rows("backups", List.of(
            row("backup_id", "B1", "system_id", "S1", "restore_tested_on", "2026-06-01", "offline", "true")))
        .rows("services", List.of(row("host", "web", "port", "443")))
        .rows("answers", List.of(row("item_id", "POLICY", "answer", "yes", "answered_on", "2026-10-01")))
        .build();
    return mini().assess(inputs, AssessmentOptions.asOf(AS_OF));
  }

  /** One system whose key cell carries {@code key} verbatim. */
  static Assessment withKey(String key) {
    Inputs inputs = Inputs.builder()
        .rows("systems", List.of(
            row("system_id", key, "criticality", "high", "last_failover_test", "2020-01-01")))
        .build();
    return mini().assess(inputs, AssessmentOptions.asOf(AS_OF));
  }

  static Map<String, String> row(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
