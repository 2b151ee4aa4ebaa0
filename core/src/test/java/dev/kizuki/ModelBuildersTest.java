package dev.kizuki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelBuildersTest {
  private static final Text T = Text.of("題", "title");
  private static final DataRule RULE = DataRule.builder("systems")
      .require(new Predicate.Present("owner", true)).build();

  @Test
  void itemBuilder_everyPart_equalsTheRecordBuiltByConstructor() {
    Item built = Item.builder("GOV-01", "gov").title(T).question(T).rationale(T).remediation(T)
        .lesson("L1").measure("M1").mapping("nist-csf-2.0", List.of("GV.OC-01")).severity(Severity.HIGH)
        .weight(3).parameter(new Parameter("max_age_days", ColumnType.INTEGER, 365L, T))
        .check(Check.of(RULE).withQuestion()).build();

    assertThat(built).isEqualTo(new Item("GOV-01", "gov", T, T, T, T, List.of("L1"), List.of("M1"),
        Map.of("nist-csf-2.0", List.of("GV.OC-01")), Severity.HIGH, 3,
        List.of(new Parameter("max_age_days", ColumnType.INTEGER, 365L, T)),
        new Check(Optional.of(RULE), true, false)));
  }

  @Test
  void itemBuilder_onlyACheck_defaultsToEmptyTextsMediumSeverityWeightOne() {
    Item item = Item.builder("Q-01", "gov").check(Check.questionOnly()).build();

    assertThat(item.title()).isEqualTo(Text.EMPTY);
    assertThat(item.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(item.weight()).isEqualTo(1.0);
    assertThat(item.lessons()).isEmpty();
    assertThat(item.check().question()).isTrue();
    assertThat(item.check().data()).isEmpty();
  }

  @Test
  void itemBuilder_negativeWeight_failsAtOnceWithTheValue() {
    assertThatThrownBy(() -> Item.builder("GOV-01", "gov").weight(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item GOV-01: weight must be > 0 and finite but was -1.0");
  }

  @Test
  void itemBuilder_noCheck_failsNamingTheItem() {
    assertThatThrownBy(() -> Item.builder("GOV-01", "gov").title(T).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("item GOV-01: a check is required but none was given");
  }

  @Test
  void categoryConstructor_zeroWeight_failsWithTheValue() {
    assertThatThrownBy(() -> new Category("gov", T, T, 0))
        .hasMessage("category gov: weight must be > 0 and finite but was 0.0");
  }

  @Test
  void dataRuleBuilder_onlyADataset_everyRowMustPassAndEmptyIsUnknown() {
    DataRule rule = DataRule.builder("systems").build();

    assertThat(rule.expect()).isEqualTo(Expectation.all());
    assertThat(rule.whenEmpty()).isEqualTo(WhenEmpty.UNKNOWN);
    assertThat(rule.where()).isEmpty();
    assertThat(rule.require()).isEmpty();
  }

  @Test
  void columnBuilder_valueOnAStringColumn_failsWithTheType() {
    assertThatThrownBy(() -> Column.builder("owner", ColumnType.STRING).value(new EnumValue("a", T, List.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column owner: only an enum column takes values but the type was string");
  }

  @Test
  void columnBuilder_enumWithoutValues_fails() {
    assertThatThrownBy(() -> Column.builder("level", ColumnType.ENUM).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column level");
  }

  @Test
  void datasetSchemaBuilder_keyNotAColumn_failsNamingTheKey() {
    DatasetSchema.Builder b = DatasetSchema.builder("systems", "system_id")
        .column(Column.builder("owner", ColumnType.STRING).build());

    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("dataset systems: the key must be one of its columns but system_id was not added");
  }

  @Test
  void datasetSchemaBuilder_sameColumnTwice_failsNamingIt() {
    DatasetSchema.Builder b = DatasetSchema.builder("systems", "system_id")
        .column(Column.builder("system_id", ColumnType.STRING).required().build());

    assertThatThrownBy(() -> b.column(Column.builder("system_id", ColumnType.INTEGER).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataset systems: column names must be unique but system_id was added twice");
  }

  @Test
  void builtChecklist_compiledAndAssessed_judgesTheRows() {
    DatasetSchema systems = DatasetSchema.builder("systems", "system_id")
        .column(Column.builder("system_id", ColumnType.STRING).required().build())
        .column(Column.builder("owner", ColumnType.STRING).build())
        .build();
    Item item = Item.builder("OWN-01", "gov").title(T).lesson("L1").check(Check.of(RULE)).build();
    Checklist checklist = Checklist.builder("built", "1").title(T).description(T)
        .incidentCase(new IncidentCase("c1", T)).lesson(new SourceRef("L1", "c1", T))
        .category(new Category("gov", T, T, 1)).dataset(systems).item(item).build();

    Assessment a = CompiledChecklist.compile(checklist).assess(Inputs.builder()
        .rows("systems", List.of(Map.of("system_id", "web-01", "owner", "ops"), Map.of("system_id", "db-01")))
        .build(), AssessmentOptions.asOf(java.time.LocalDate.of(2026, 11, 30)));

    assertThat(a.item("OWN-01")).hasValueSatisfying(r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.PARTIAL);
      assertThat(r.evidence().rows()).extracting(RowRef::key).containsExactly("db-01");
    });
  }
}
