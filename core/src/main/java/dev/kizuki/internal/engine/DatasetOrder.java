package dev.kizuki.internal.engine;

import dev.kizuki.DatasetSchema;
import dev.kizuki.Issue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The order to read datasets in, so that each comes after those its rules and indexes look into. */
final class DatasetOrder {
  private final Map<String, DatasetSchema> datasets;
  private final Map<String, Set<String>> needs;
  private final String source;
  private final List<Issue> issues = new ArrayList<>();
  private final List<DatasetSchema> out = new ArrayList<>();
  private final Set<String> done = new HashSet<>();
  private final Set<String> visiting = new LinkedHashSet<>();

  private DatasetOrder(Map<String, DatasetSchema> datasets, Map<String, Set<String>> needs, String source) {
    this.datasets = datasets;
    this.needs = needs;
    this.source = source;
  }

  /**
   * {@code datasets} (in declaration order where nothing decides otherwise) ordered by {@code needs}, dataset
   * to the datasets it needs read first; a cycle is an issue at {@code datasets}.
   */
  static Checked<List<DatasetSchema>> of(Map<String, DatasetSchema> datasets, Map<String, Set<String>> needs,
      String source) {
    DatasetOrder o = new DatasetOrder(datasets, needs, source);
    for (String id : datasets.keySet()) {
      o.visit(id, new ArrayDeque<>());
    }
    return o.issues.isEmpty() ? Checked.of(List.copyOf(o.out)) : Checked.failed(o.issues);
  }

  private void visit(String id, Deque<String> trail) {
    if (done.contains(id)) {
      return;
    }
    trail.addLast(id);
    if (!visiting.add(id)) {
      String cycle = String.join(" → ", trail);
      issues.add(CompileMessages.at(source, "datasets", CompileMessages.cycle(cycle)));
      trail.removeLast();
      return;
    }
    for (String dep : needs.getOrDefault(id, Set.of())) {
      visit(dep, trail);
    }
    visiting.remove(id);
    trail.removeLast();
    if (done.add(id)) {
      out.add(datasets.get(id));
    }
  }
}
