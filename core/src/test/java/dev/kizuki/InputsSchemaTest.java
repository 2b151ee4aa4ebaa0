package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.kizuki.internal.load.InputsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published JSON Schema of kizuki-inputs/1 ({@code dev/kizuki/kizuki-inputs-1.schema.json}) accepts the
 * manifests the reader accepts and rejects the ones it rejects.
 */
class InputsSchemaTest {
  private static final Schema SCHEMA = load();
  private static final InputsReader READER = new InputsReader(Limits.defaults());

  private static Schema load() {
    try (InputStream in = Inputs.class.getResourceAsStream("kizuki-inputs-1.schema.json")) {
      assertThat(in).as("schema resource next to Inputs").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // the example of docs/inputs.md
      """
      format: kizuki-inputs/1
      datasets:
        exposed_services:
          complete: true
          declared_by: "情報システム部 山田"
          declared_on: 2026-11-30
          note: "外部スキャン(2026-11-28)の全結果"
      """,
      "format: kizuki-inputs/1\ndatasets: {}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: false}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: true, declared_by: 総務部, declared_on: 令和8年11月30日}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: true, declared_by: 総務部, declared_on: 2026/11/30}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: true, declared_by: 総務部, declared_on: R8.11.30}\n",
  })
  void validManifest_acceptedByReaderAndSchema(String yaml) {
    assertThat(READER.parse(Inputs.MANIFEST, yaml).issues()).isEmpty();
    assertThat(SCHEMA.validate(yaml, InputFormat.YAML)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "format: kizuki-inputs/2\ndatasets: {}\n",
      "datasets: {}\n",
      "format: kizuki-inputs/1\n",
      "format: kizuki-inputs/1\ndatasets: {}\nsources: []\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: true, declared_on: 2026-11-30}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: true, declared_by: 総務部}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: true, declared_by: 総務部, declared_on: 30.11.2026}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: true, declared_by: \" \", declared_on: 2026-11-30}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: yes, declared_by: 総務部, declared_on: 2026-11-30}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: false, declared_by: 総務部}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {declared_by: 総務部, declared_on: 2026-11-30}\n",
      "format: kizuki-inputs/1\ndatasets:\n  systems: {complete: true, declared_by: 総務部, declared_on: 2026-11-30, glob: \"*.csv\"}\n",
      "format: kizuki-inputs/1\ndatasets:\n  Systems: {complete: false}\n",
      "format: kizuki-inputs/1\ndatasets: [systems]\n",
  })
  void invalidManifest_rejectedByReaderAndSchema(String yaml) {
    assertThat(READER.parse(Inputs.MANIFEST, yaml).issues()).isNotEmpty();
    assertThat(SCHEMA.validate(yaml, InputFormat.YAML)).isNotEmpty();
  }
}
