package dev.kizuki.internal.engine;

import dev.kizuki.Checklist;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Limits;
import dev.kizuki.Text;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A compiled checklist: every data rule and key index as Java objects, and the order to read datasets in
 * so that each index is complete before a rule looks into it. Immutable and thread-safe.
 */
public final class Program {
  final Checklist checklist;
  final Limits limits;
  final List<DatasetSchema> order;
  final @Nullable CompiledRule[] rules;
  final Map<String, List<CompiledRule>> rulesByDataset;
  final Map<String, List<IndexSpec>> indexesByDataset;
  final int indexCount;

  Program(Checklist checklist, Limits limits, List<DatasetSchema> order, @Nullable CompiledRule[] rules,
      Map<String, List<CompiledRule>> rulesByDataset, Map<String, List<IndexSpec>> indexesByDataset,
      int indexCount) {
    this.checklist = checklist;
    this.limits = limits;
    this.order = List.copyOf(order);
    this.rules = rules.clone();
    this.rulesByDataset = Map.copyOf(rulesByDataset);
    this.indexesByDataset = Map.copyOf(indexesByDataset);
    this.indexCount = indexCount;
  }

  /** The checklist compiled: the value the loader binds, or a tailored checklist. */
  public Checklist checklist() {
    return checklist;
  }

  /** The limits compiled with; assessments read data within them, so a program serves only these limits. */
  public Limits limits() {
    return limits;
  }

  /** The rule of item {@code itemIndex} in plain words, or empty for a questionnaire-only item. */
  public Text describe(int itemIndex) {
    CompiledRule r = rules[itemIndex];
    return r == null ? Text.EMPTY : r.description;
  }
}
