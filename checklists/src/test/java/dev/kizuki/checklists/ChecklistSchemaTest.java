package dev.kizuki.checklists;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The JSON Schema of the checklist format accepts the bundled checklist and rejects broken documents. */
class ChecklistSchemaTest {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try (InputStream in = ChecklistSchemaTest.class.getResourceAsStream(BundledChecklists.SCHEMA_RESOURCE)) {
      assertThat(in).as(BundledChecklists.SCHEMA_RESOURCE).isNotNull();
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode bundled() {
    try (InputStream in = ChecklistSchemaTest.class.getResourceAsStream("/dev/kizuki/checklists/nisc-2020.yaml")) {
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void schema_itself_isValidDraft202012() {
    Schema meta = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(
        SpecificationVersion.DRAFT_2020_12.getDialectId()));

    assertThat(meta.validate(SCHEMA.getSchemaNode())).isEmpty();
  }

  @Test
  void validate_bundledNisc2020_hasNoErrors() {
    List<Error> errors = SCHEMA.validate(bundled());

    assertThat(errors).as("schema errors in nisc-2020.yaml").isEmpty();
  }

  @Test
  void validate_unknownTopLevelKey_isRejected() {
    // given
    ObjectNode doc = bundled();
    doc.put("maintainer", "someone");

    // when
    List<Error> errors = SCHEMA.validate(doc);

    // then
    assertThat(errors).isNotEmpty();
    assertThat(errors).anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("additionalProperties"));
  }

  @Test
  void validate_unknownKeyInAPredicate_isRejected() {
    ObjectNode doc = bundled();
    ObjectNode where = (ObjectNode) firstItemWithData(doc).path("check").path("data").path("where");
    where.put("typo", true);

    assertThat(SCHEMA.validate(doc)).isNotEmpty();
  }

  @Test
  void validate_textMissingEnglish_isRejected() {
    ObjectNode doc = bundled();
    ((ObjectNode) doc.path("items").path(0).path("title")).remove("en");

    assertThat(SCHEMA.validate(doc)).anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("required"));
  }

  @Test
  void validate_requireWithExpectNone_isRejected() {
    ObjectNode doc = bundled();
    ObjectNode data = (ObjectNode) firstItemWithData(doc).path("check").path("data");
    data.put("expect", "none");
    data.putObject("require").put("field", "system_id").put("present", true);

    assertThat(SCHEMA.validate(doc)).isNotEmpty();
  }

  @Test
  void validate_fieldTestWithTwoOperators_isRejected() {
    ObjectNode doc = bundled();
    ObjectNode data = (ObjectNode) firstItemWithData(doc).path("check").path("data");
    data.putObject("where").put("field", "criticality").put("eq", "high").put("ne", "low");

    assertThat(SCHEMA.validate(doc)).isNotEmpty();
  }

  @Test
  void validate_itemCitingNoLessonOrMeasure_isRejected() {
    ObjectNode doc = bundled();
    ObjectNode item = (ObjectNode) doc.path("items").path(0);
    item.remove("measures");
    item.putArray("lessons");

    assertThat(SCHEMA.validate(doc)).isNotEmpty();
  }

  @Test
  void validate_checkWithoutDataOrQuestion_isRejected() {
    ObjectNode doc = bundled();
    ObjectNode check = (ObjectNode) doc.path("items").path(0).path("check");
    check.put("question", false);

    assertThat(SCHEMA.validate(doc)).isNotEmpty();
  }

  @Test
  void validate_outerOperand_isAcceptedAloneAndRejectedBesideAnotherKey() {
    ObjectNode doc = bundled();
    ObjectNode data = (ObjectNode) firstItemWithData(doc).path("check").path("data");
    ObjectNode exists = data.putObject("require").putObject("exists");
    exists.put("dataset", "cloud_services");
    exists.putObject("on").put("cloud_service_id", "service_id");
    ObjectNode ge = exists.putObject("where");
    ge.put("field", "sla_availability_percent");
    ObjectNode outer = ge.putObject("ge").put("outer", "required_availability_percent");
    assertThat(SCHEMA.validate(doc)).isEmpty();

    outer.put("param", "p");
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
  }

  @Test
  void validate_blankMeaningAndPartialCredit_areAcceptedAndCheckedForShape() {
    ObjectNode doc = bundled();
    ObjectNode column = firstOptionalDateColumn(doc);
    ObjectNode data = (ObjectNode) firstItemWithData(doc).path("check").path("data");
    column.put("blank", "never");
    data.putObject("partial_credit").putObject("reason").put("ja", "理由").put("en", "why");
    assertThat(SCHEMA.validate(doc)).isEmpty();

    data.put("partial_credit", false);
    assertThat(SCHEMA.validate(doc)).isEmpty();

    column.put("blank", "sometimes");
    assertThat(SCHEMA.validate(doc)).anySatisfy(e -> assertThat(e.getKeyword()).isEqualTo("enum"));
    column.put("blank", "never");
    data.put("partial_credit", true);
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
    data.putObject("partial_credit").putObject("reason").put("ja", "理由");
    assertThat(SCHEMA.validate(doc)).isNotEmpty();
  }

  private static ObjectNode firstOptionalDateColumn(ObjectNode doc) {
    for (JsonNode ds : (ArrayNode) doc.path("datasets")) {
      for (JsonNode c : (ArrayNode) ds.path("columns")) {
        if (c.path("type").asString().equals("date") && !c.path("required").asBoolean(false)) {
          return (ObjectNode) c;
        }
      }
    }
    throw new AssertionError("no optional date column");
  }

  private static JsonNode firstItemWithData(ObjectNode doc) {
    for (JsonNode item : (ArrayNode) doc.path("items")) {
      if (item.path("check").has("data") && item.path("check").path("data").has("where")) {
        return item;
      }
    }
    throw new AssertionError("no item with a data rule and a where");
  }
}
