package dev.kizuki.internal.engine;

import dev.kizuki.Checklist;
import dev.kizuki.DataRule;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.Limits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a checklist into a {@link Program}, running each step in turn: the structure checks ({@link
 * StructureCheck}), every data rule ({@link RuleCompiler}, which converts literals with {@link Literals} and
 * plans key indexes in an {@link IndexPlan}), and the reading order of datasets ({@link DatasetOrder}).
 * Every problem is reported with the checklist path it is at (such as {@code
 * items[3].check.data.require.field}); the loader adds file locations. Stateless.
 */
public final class Compiler {
  /** The reserved dataset of questionnaire answers. */
  public static final String ANSWERS = "answers";

  private Compiler() {}

  /**
   * The program of {@code checklist}, or every issue that prevents it, in checklist order; {@code source}
   * names the checklist in issues.
   */
  public static Checked<Program> compile(Checklist checklist, Limits limits, String source) {
    List<Issue> issues = new ArrayList<>(StructureCheck.issues(checklist, limits, source));
    Map<String, DatasetSchema> datasets = StructureCheck.datasets(checklist);
    IndexPlan indexes = new IndexPlan();
    RuleCompiler compiler = new RuleCompiler(datasets, limits, indexes, source);
    @Nullable CompiledRule[] rules = new CompiledRule[checklist.items().size()];
    for (int i = 0; i < rules.length; i++) {
      Item item = checklist.items().get(i);
      if (item.check().data().isPresent()) {
        DataRule rule = item.check().data().get();
        Checked<CompiledRule> compiled = compiler.rule(i, item, rule, "items[" + i + "].check");
        issues.addAll(compiled.issues());
        rules[i] = compiled.value().orElse(null);
      }
    }
    Checked<List<DatasetSchema>> order = DatasetOrder.of(datasets, indexes.needs(), source);
    issues.addAll(order.issues());
    if (!issues.isEmpty()) {
      return Checked.failed(issues);
    }
    return order.map(o -> new Program(checklist, limits, o, rules, byDataset(rules), indexes.byDataset(),
        indexes.count()));
  }

  private static Map<String, List<CompiledRule>> byDataset(@Nullable CompiledRule[] rules) {
    Map<String, List<CompiledRule>> out = new HashMap<>();
    for (CompiledRule r : rules) {
      if (r != null) {
        out.computeIfAbsent(r.dataset, k -> new ArrayList<>()).add(r);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
