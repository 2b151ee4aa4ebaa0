package dev.kizuki.internal.engine;

import dev.kizuki.Normalization;
import dev.kizuki.Parameter;
import dev.kizuki.Predicate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The key indexes {@code exists} tests look into, one slot per distinct index, and which datasets must be
 * read before which so that every index is complete when a rule looks into it. One instance per
 * compilation; not thread-safe.
 */
final class IndexPlan {
  /** What decides whether two exists tests can share an index. */
  private record Key(String dataset, List<Integer> columns, List<Normalization> forms, Optional<Predicate> where,
      List<Parameter> parameters) {}

  private final List<IndexSpec> specs = new ArrayList<>();
  private final Map<Key, Integer> slots = new HashMap<>();
  // dataset -> datasets it needs read first (because its rules or indexes look into them)
  private final Map<String, Set<String>> needs = new HashMap<>();

  /**
   * The slot of the index on {@code columns} of dataset {@code into}, filtered by {@code where} (compiled as
   * {@code compiledWhere}), keyed in the join's normalization {@code forms}, for a rule over dataset
   * {@code from}; {@code into} is then read before {@code from}. Tests that look into the same columns in the
   * same forms with the same filter, and the same values of the item's {@code parameters} it may name, share
   * one index (with a {@code capture}, for a filter that reads the outer row, the same one: it depends on
   * the inner dataset alone).
   */
  int slot(String from, String into, int[] columns, Normalization[] forms, Optional<Predicate> where,
      @Nullable RowTest compiledWhere, Correlated.@Nullable Capture capture, List<Parameter> parameters) {
    needs.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(into);
    List<Integer> cols = new ArrayList<>();
    for (int c : columns) {
      cols.add(c);
    }
    Key key = new Key(into, cols, List.of(forms), where, where.isPresent() ? parameters : List.of());
    Integer slot = slots.get(key);
    if (slot == null) {
      slot = specs.size();
      specs.add(new IndexSpec(slot, into, columns, forms, compiledWhere, capture));
      slots.put(key, slot);
    }
    return slot;
  }

  /** Dataset to the datasets it needs read first, each in the order first needed. */
  Map<String, Set<String>> needs() {
    return needs;
  }

  /** How many indexes there are. */
  int count() {
    return specs.size();
  }

  /** The indexes to build while each dataset is read. */
  Map<String, List<IndexSpec>> byDataset() {
    Map<String, List<IndexSpec>> out = new HashMap<>();
    for (IndexSpec s : specs) {
      out.computeIfAbsent(s.dataset, k -> new ArrayList<>()).add(s);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }
}
