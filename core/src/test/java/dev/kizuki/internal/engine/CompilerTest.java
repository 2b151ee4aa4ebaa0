package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.ColumnType;
import dev.kizuki.Operand;
import dev.kizuki.Parameter;
import dev.kizuki.Predicate;
import dev.kizuki.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompilerTest {

  /** The index key text must stay exactly what the records' toString() gives: it decides index sharing. */
  @Test
  void recordText_everyModelKind_equalsToString() {
    // given
    Map<String, String> on = new LinkedHashMap<>();
    on.put("system_id", "id");
    on.put("b", "c");
    Predicate inner = new Predicate.All(List.of(
        new Predicate.Compare("a", Predicate.Op.GE, new Operand.Literal(new BigDecimal("1.50"))),
        new Predicate.Compare("d", Predicate.Op.EQ, new Operand.Field("e")),
        new Predicate.In("f", List.of(new Operand.Literal("x"), new Operand.Literal(2L),
            new Operand.Literal(LocalDate.of(2020, 1, 2)), new Operand.Literal(true)), true),
        new Predicate.Present("g", false),
        new Predicate.Matches("h", "^[a-z]+$"),
        new Predicate.Recency("i", new Operand.Param("days"), true),
        new Predicate.Not(new Predicate.Any(List.of(
            new Predicate.Compare("j", Predicate.Op.NE, new Operand.Literal("")),
            new Predicate.Exists("k", on, Optional.empty()))))));
    Predicate exists = new Predicate.Exists("systems", on, Optional.of(inner));
    List<Parameter> parameters = List.of(
        new Parameter("days", ColumnType.INTEGER, 365L, Text.of("日数", "days")),
        new Parameter("ratio", ColumnType.DECIMAL, new BigDecimal("0.5"), Text.of("", "")));
    for (Object o : List.of(Optional.of(inner), Optional.empty(), exists, parameters, List.of())) {
      StringBuilder sb = new StringBuilder();

      // when
      Compiler.recordText(sb, o);

      // then
      assertThat(sb.toString()).isEqualTo(o.toString());
    }
  }
}
