package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kizuki.Assessment;
import dev.kizuki.Lang;
import gov.nist.secauto.metaschema.model.common.validation.IValidationFinding;
import gov.nist.secauto.metaschema.model.common.validation.IValidationResult;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.AssessmentResults;
import gov.nist.secauto.oscal.lib.model.Finding;
import gov.nist.secauto.oscal.lib.model.Observation;
import gov.nist.secauto.oscal.lib.model.Result;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OSCAL Assessment Results report, checked with NIST's own library (liboscal-java 3.0.3): its bundled
 * OSCAL 1.1.2 JSON schema, then the OSCAL model's constraints, then read back into NIST's model.
 */
class OscalReportWriterTest {
  /** The schema NIST ships inside liboscal-java, not a copy of ours. */
  private static final Schema SCHEMA = schema();

  @TempDir Path dir;

  private static Schema schema() {
    try (InputStream in = OscalBindingContext.class.getResourceAsStream("/schema/json/oscal-ar_schema.json")) {
      assertThat(in).as("liboscal-java's OSCAL AR schema").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oscal(Assessment a, Lang lang) {
    return ReportSamples.render(ReportFormat.OSCAL.writer(), a, lang);
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void write_miniAndTailored_validateAgainstNistSchema(Lang lang) {
    assertThat(SCHEMA.validate(oscal(ReportSamples.mini(), lang), InputFormat.JSON)).isEmpty();
    assertThat(SCHEMA.validate(oscal(ReportSamples.tailored(), lang), InputFormat.JSON)).isEmpty();
  }

  @Test
  void write_payloads_validateAgainstNistSchema() {
    String json = oscal(ReportSamples.payloads(ReportSamples.corpus("reports/payloads.txt")), Lang.EN);
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void write_mini_passesOscalConstraintsAndLoadsIntoNistModel() throws IOException {
    // given
    Assessment a = ReportSamples.mini();
    Path file = dir.resolve("mini-ar.json");
    Files.writeString(file, oscal(a, Lang.EN), StandardCharsets.UTF_8);
    // when
    IValidationResult constraints = OscalBindingContext.instance().validateWithConstraints(file);
    AssessmentResults ar = OscalBindingContext.instance().loadAssessmentResults(file);
    // then
    assertThat(constraints.getFindings().stream().map(IValidationFinding::getMessage).map(String::valueOf))
        .as("OSCAL constraint findings").isEmpty();
    assertThat(ar.getResults()).hasSize(1);
    Result result = ar.getResults().get(0);
    assertThat(result.getObservations()).hasSize(a.items().size());
    long notSatisfied = a.items().stream()
        .filter(r -> r.outcome() != dev.kizuki.Outcome.PASS && r.outcome() != dev.kizuki.Outcome.NOT_APPLICABLE)
        .count();
    assertThat(result.getFindings()).hasSize((int) notSatisfied);
    for (Finding f : result.getFindings()) {
      assertThat(f.getTarget().getStatus().getState()).isEqualTo("not-satisfied");
    }
  }

  @Test
  void write_contradictedItem_isAnSspStatementIssueWithDeclaredAndActual() {
    JsonNode observation = observation(ReportSamples.mini(), "FAILOVER");
    assertThat(observation.get("types").toString()).contains("\"ssp-statement-issue\"");
    assertThat(prop(observation, "declared")).isEqualTo("yes");
    assertThat(prop(observation, "data-status")).isEqualTo("fail");
    assertThat(prop(observation, "status")).isEqualTo("contradicted");
  }

  @Test
  void write_itemWithRows_pointsAtFileAndLineOfEachRow() {
    JsonNode observation = observation(ReportSamples.mini(), "FAILOVER");
    List<String> hrefs = observation.get("relevant-evidence").valueStream().map(e -> e.get("href").asString())
        .toList();
    assertThat(hrefs).containsExactly("systems%20%28in%20memory%29#L3", "systems%20%28in%20memory%29#L4");
  }

  @Test
  void write_sameAssessmentTwice_sameBytesAndNameBasedUuids() {
    String first = oscal(ReportSamples.mini(), Lang.JA);
    assertThat(oscal(ReportSamples.mini(), Lang.JA)).isEqualTo(first);
    // Version 5 UUIDs only: a random (version 4) one would differ between runs.
    assertThat(first.lines().filter(l -> l.contains("\"uuid\"") || l.contains("observation-uuid")))
        .allMatch(l -> l.matches("\\s*\"(observation-)?uuid\": \"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
            + "[0-9a-f]{12}\",?"));
  }

  @Test
  void uuid_differentInputs_differ() {
    assertThat(OscalReportWriter.uuid("a", "b")).isEqualTo(OscalReportWriter.uuid("a", "b"))
        .isNotEqualTo(OscalReportWriter.uuid("a", "c")).isNotEqualTo(OscalReportWriter.uuid("a\nb", ""));
  }

  @Test
  void token_anyText_becomesAnOscalToken() {
    assertThat(OscalReportWriter.token("nisc-acc-02")).isEqualTo("nisc-acc-02");
    assertThat(OscalReportWriter.token("1 <a>")).isEqualTo("_1__a_");
    assertThat(OscalReportWriter.token("")).isEqualTo("_");
  }

  @Test
  void schema_brokenReport_isRejected() {
    // The validation can fail: an observation without its required methods is refused.
    String json = oscal(ReportSamples.mini(), Lang.EN).replace("\"methods\"", "\"method\"");
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void constraints_propertiesOutsideKizukiNamespace_areRefused() throws IOException {
    // The constraint check can fail, and catches what the schema does not: a property without its namespace
    // claims to be one of OSCAL's own, and OSCAL allows only its listed names there.
    String json = oscal(ReportSamples.mini(), Lang.EN).replace("\"ns\": \"" + OscalReportWriter.NS + "\",", "");
    Path file = dir.resolve("no-namespace-ar.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    IValidationResult constraints = OscalBindingContext.instance().validateWithConstraints(file);
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(constraints.isPassing()).isFalse();
    assertThat(constraints.getFindings().stream().map(f -> String.valueOf(f.getMessage())))
        .anyMatch(m -> m.contains("'checklist'"));
  }

  private static JsonNode observation(Assessment a, String item) {
    JsonNode root = JsonMapper.builder().build().readTree(oscal(a, Lang.EN));
    for (JsonNode o : root.at("/assessment-results/results/0/observations")) {
      if (item.equals(prop(o, "item"))) {
        return o;
      }
    }
    throw new AssertionError("no observation for " + item);
  }

  private static String prop(JsonNode node, String name) {
    for (JsonNode p : node.get("props")) {
      if (p.get("name").asString().equals(name)) {
        return p.get("value").asString();
      }
    }
    return "";
  }
}
