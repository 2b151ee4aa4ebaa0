package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.Limits;
import dev.kizuki.testing.ChecklistYaml;
import org.junit.jupiter.api.Test;

class CompilerTest {
  private static String item(String id, String where, int minCopies) {
    return ChecklistYaml.item(id, """
            parameters:
              min: {type: integer, default: %d, description: {ja: 数, en: Min}}
            check:
              data:
                dataset: systems
                require: {exists: {dataset: backups, on: {id: system_id}%s}}
                expect: all
        """.formatted(minCopies, where.isEmpty() ? "" : ", where: " + where));
  }

  private static Program compile(String... items) {
    Checklist c = ChecklistLoader.create().parse("idx.yaml", ChecklistYaml.checklist("idx",
        ChecklistYaml.dataset("systems", "id", ChecklistYaml.column("id", "string", true))
            + ChecklistYaml.dataset("backups", "bid", ChecklistYaml.column("bid", "string", true),
                ChecklistYaml.column("system_id", "string", false), ChecklistYaml.column("copies", "integer", false)),
        items));
    Checked<Program> r = Compiler.compile(c, Limits.defaults(), c.id());
    assertThat(r.issues()).isEmpty();
    return r.value().orElseThrow();
  }

  @Test
  void compile_existsTestsWithTheSameColumnsAndFilter_shareOneIndex() {
    Program p = compile(
        item("A", "{field: copies, ge: 2}", 1),
        item("B", "{field: copies, ge: 2}", 1));
    assertThat(p.indexCount).isEqualTo(1);
  }

  @Test
  void compile_existsTestsWithDifferentFilters_getAnIndexEach() {
    Program p = compile(
        item("A", "{field: copies, ge: 2}", 1),
        item("B", "{field: copies, ge: 3}", 1),
        item("C", "", 1));
    assertThat(p.indexCount).isEqualTo(3);
  }

  @Test
  void compile_filtersNamingAParameterWithDifferentValues_getAnIndexEach() {
    Program same = compile(
        item("A", "{field: copies, ge: {param: min}}", 2),
        item("B", "{field: copies, ge: {param: min}}", 2));
    Program different = compile(
        item("A", "{field: copies, ge: {param: min}}", 2),
        item("B", "{field: copies, ge: {param: min}}", 3));
    assertThat(same.indexCount).isEqualTo(1);
    assertThat(different.indexCount).isEqualTo(2);
  }
}
