package dev.kizuki.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kizuki.Issue;
import dev.kizuki.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RowDecoderTest {

  private final List<Issue> issues = new ArrayList<>();

  @Test
  void forSchema_cellsInSchemaOrder_decodesTypedRow() {
    RowDecoder decoder = RowDecoder.forSchema(TestSchemas.systems(), Limits.defaults());

    Row row = decoder.decode("memory", 7, List.of("S1", "n", "H", "○", "R2.1.5", "３", "0.5"), issues);

    assertThat(issues).isEmpty();
    assertThat(row).isNotNull();
    assertThat(row.line()).isEqualTo(7);
    assertThat(row.key()).isEqualTo("S1");
    assertThat(row.size()).isEqualTo(7);
    assertThat(row.value(2)).isEqualTo("high");
    assertThat(row.value(5)).isEqualTo(3L);
  }

  @Test
  void forHeader_nullCells_areBlank() {
    RowDecoder decoder =
        RowDecoder.forHeader(TestSchemas.systems(), List.of("system_id", "criticality", "name"), Limits.defaults(),
                "memory", 1, issues)
            .orElseThrow();

    Row row = decoder.decode("memory", 2, Arrays.asList("S1", "low", null), issues);

    assertThat(issues).isEmpty();
    assertThat(row.values()).containsExactly("S1", null, "low", null, null, null, null);
  }

  @Test
  void forHeader_badHeader_isEmptyWithIssues() {
    Optional<RowDecoder> decoder =
        RowDecoder.forHeader(TestSchemas.systems(), List.of("system_id", "system_id"), Limits.defaults(), "memory",
            1, issues);

    assertThat(decoder).isEmpty();
    assertThat(issues).extracting(Issue::toString)
        .containsExactly(
            "memory:1:2: system_id: expected each column once, found \"system_id\" again (first in column 1)",
            "memory:1: criticality: expected the required column \"criticality\", found no such column in the header");
  }

  @Test
  void forHeader_allBlank_isEmptyFileIssue() {
    assertThat(RowDecoder.forHeader(TestSchemas.systems(), List.of(" ", ""), Limits.defaults(), "memory", 1, issues))
        .isEmpty();
    assertThat(issues).singleElement().extracting(i -> i.message().en()).asString().endsWith("found an empty file");
  }

  @Test
  void decode_wrongFieldCount_isNullWithIssue() {
    RowDecoder decoder = RowDecoder.forSchema(TestSchemas.twoColumns(), Limits.defaults());

    assertThat(decoder.decode("memory", 3, List.of("a"), issues)).isNull();
    assertThat(issues).extracting(Issue::toString)
        .containsExactly("memory:3: expected 2 fields as in the header, found 1 (the row is skipped)");
  }

  @Test
  void decode_allBlank_isNullWithoutIssue() {
    RowDecoder decoder = RowDecoder.forSchema(TestSchemas.twoColumns(), Limits.defaults());

    assertThat(decoder.decode("memory", 3, List.of(" ", "\u3000"), issues)).isNull();
    assertThat(issues).isEmpty();
  }

  @Test
  void decode_cellOverFieldLimit_isInvalidWithIssue() {
    RowDecoder decoder = RowDecoder.forSchema(TestSchemas.twoColumns(), Limits.defaults().withMaxFieldChars(3));

    Row row = decoder.decode("memory", 4, List.of("abc", "abcd"), issues);

    assertThat(row.isInvalid(1)).isTrue();
    assertThat(issues).extracting(Issue::toString)
        .containsExactly("memory:4:2: name: expected a field of at most 3 characters, found 4");
  }

  @Test
  void values_view_isUnmodifiable() {
    Row row = RowDecoder.forSchema(TestSchemas.twoColumns(), Limits.defaults())
        .decode("memory", 1, List.of("a", "b"), issues);

    assertThatThrownBy(() -> row.values().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(row.toString()).isEqualTo("memory:1 [a, b]");
  }
}
