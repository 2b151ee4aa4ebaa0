package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportWriterTest {
  private static Assessment assessment() throws IOException {
    String yaml;
    try (InputStream in = JsonReportWriterTest.class.getResourceAsStream("/checklists/mini.yaml")) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    CompiledChecklist c = CompiledChecklist.compile(ChecklistLoader.create().parse("mini.yaml", yaml));
    Inputs in = Inputs.builder()
        .rows("systems", List.of(Map.of("system_id", "S1", "criticality", "high", "last_failover_test", "2020-01-01")))
        .rows("answers", List.of(Map.of("item_id", "FAILOVER", "answer", "yes", "answered_on", "2026-11-01")))
        .build();
    return c.assess(in, AssessmentOptions.asOf(LocalDate.of(2026, 11, 30)));
  }

  @Test
  void write_hasTheDocumentedTopLevelFields() throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(new JsonReportWriter().toJson(assessment()));

    assertThat(root.get("format").asString()).isEqualTo("kizuki-report/1");
    assertThat(root.propertyNames()).contains("checklist", "as_of", "scoring_model", "score", "coverage",
        "categories", "items", "datasets", "data_issues");
    assertThat(root.get("checklist").get("id").asString()).isEqualTo("mini");
    assertThat(root.get("as_of").asString()).isEqualTo("2026-11-30");
    JsonNode item = root.get("items").get(0);
    assertThat(item.propertyNames()).contains("id", "category", "title", "lessons", "measures", "status", "score",
        "weight", "gain", "evidence");
    assertThat(item.get("status").asString()).isEqualTo("contradicted");
    assertThat(item.get("title").get("ja").asString()).isEqualTo("切替試験");
    assertThat(item.get("evidence").get("rows").get(0).get("line").asLong()).isEqualTo(2);
  }

  @Test
  void write_sameAssessment_sameBytes_andOnlyLineFeeds() throws IOException {
    String first = new JsonReportWriter().toJson(assessment());
    StringWriter second = new StringWriter();
    new JsonReportWriter().write(assessment(), Lang.JA, second);

    assertThat(second.toString()).isEqualTo(first);
    assertThat(first).doesNotContain("\r").endsWith("}\n");
  }
}
