package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kizuki.Assessment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published JSON Schema of {@code kizuki-report/1} accepts what the writer writes, and nothing else. */
class JsonReportSchemaTest {
  private static final Schema SCHEMA = load();

  private static Schema load() {
    try (InputStream in = JsonReportWriter.class.getResourceAsStream("kizuki-report-1.schema.json")) {
      assertThat(in).as("schema resource next to JsonReportWriter").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void miniReport_validatesAgainstSchema() {
    assertThat(errors(ReportSamples.mini())).isEmpty();
  }

  @Test
  void tailoredReport_validatesAgainstSchema() {
    assertThat(errors(ReportSamples.tailored())).isEmpty();
  }

  @Test
  void payloadReport_validatesAgainstSchema() {
    assertThat(errors(ReportSamples.payloads(ReportSamples.corpus("reports/payloads.txt")))).isEmpty();
  }

  @Test
  void goldenReport_validatesAgainstSchema() {
    String json = ReportSamples.resource("golden/reports/mini/report.json");
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
  }

  @Test
  void reportWithUnknownField_isRejected() {
    String json = new JsonReportWriter().toJson(ReportSamples.mini());
    String extra = json.replaceFirst("\"format\"", "\"surprise\": 1,\n  \"format\"");
    assertThat(SCHEMA.validate(extra, InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void reportWithUnknownStatus_isRejected() {
    String json = new JsonReportWriter().toJson(ReportSamples.mini()).replace("\"status\": \"pass\"",
        "\"status\": \"passed\"");
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isNotEmpty();
  }

  private static List<Error> errors(Assessment a) {
    return SCHEMA.validate(new JsonReportWriter().toJson(a), InputFormat.JSON);
  }
}
