package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Checklist;
import dev.kizuki.ChecklistLoader;
import dev.kizuki.Limits;
import org.junit.jupiter.api.Test;

class CompilerTest {
  private static final String HEAD = """
      format: kizuki-checklist/1
      id: idx
      version: "1"
      title: {ja: 索引, en: Index}
      categories:
        - id: c
          title: {ja: 分類, en: Category}
      datasets:
        - id: systems
          title: {ja: システム, en: Systems}
          description: {ja: システム, en: Systems}
          key: id
          columns:
            - {name: id, type: string, required: true, description: {ja: ID, en: ID}}
        - id: backups
          title: {ja: 控え, en: Backups}
          description: {ja: 控え, en: Backups}
          key: bid
          columns:
            - {name: bid, type: string, required: true, description: {ja: ID, en: ID}}
            - {name: system_id, type: string, description: {ja: システム, en: System}}
            - {name: copies, type: integer, description: {ja: 数, en: Copies}}
      items:
      """;

  private static String item(String id, String where, int minCopies) {
    return """
          - id: %s
            category: c
            title: {ja: %s, en: %s}
            question: {ja: 質問, en: Question}
            rationale: {ja: 理由, en: Rationale}
            remediation: {ja: 対処, en: Remediation}
            lessons: [L]
            severity: low
            weight: 1
            parameters:
              min: {type: integer, default: %d, description: {ja: 数, en: Min}}
            check:
              data:
                dataset: systems
                require: {exists: {dataset: backups, on: {id: system_id}%s}}
                expect: all
        """.formatted(id, id, id, minCopies, where.isEmpty() ? "" : ", where: " + where);
  }

  private static Program compile(String... items) {
    Checklist c = ChecklistLoader.create().parse("idx.yaml", HEAD + String.join("", items));
    Compiler.Result r = Compiler.compile(c, Limits.defaults(), c.id());
    assertThat(r.issues()).isEmpty();
    return r.program();
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
