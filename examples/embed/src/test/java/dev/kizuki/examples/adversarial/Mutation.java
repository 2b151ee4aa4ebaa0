package dev.kizuki.examples.adversarial;

import dev.kizuki.DatasetSchema;
import dev.kizuki.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change to a replay's tables. Each kind reads as the change in words ({@link #toString()}), so that a
 * shrunk failing variant says what was done.
 */
sealed interface Mutation {

  /** The tables after this change. */
  Map<String, Table> apply(CaseWorld world, Map<String, Table> tables);

  /** True when the change only respells or adds good rows, so that an {@code after/} variant must still PASS. */
  boolean benign();

  /** {@code tables} with one dataset's table replaced (or added). */
  private static Map<String, Table> replaced(Map<String, Table> tables, String dataset, Table table) {
    Map<String, Table> copy = new LinkedHashMap<>(tables);
    copy.put(dataset, table);
    return copy;
  }

  /** One cell set to a value: a blank, a source form, a respelling, a lowered scope. */
  record SetCell(String what, String dataset, int row, String rowKey, String column, String value, boolean benign)
      implements Mutation {
    @Override
    public Map<String, Table> apply(CaseWorld world, Map<String, Table> tables) {
      Table t = tables.get(dataset);
      // An earlier change of the same variant (a header-only dataset) may have taken the row away.
      return row >= t.rows().size() ? tables : replaced(tables, dataset, t.withCell(row, column, value));
    }

    @Override
    public String toString() {
      return what + ": " + dataset + ".csv row " + (row + 2) + " (" + rowKey + ") " + column + " = \"" + value
          + "\"";
    }
  }

  /**
   * In {@code after/}, one outer row's cell that an {@code {outer: …}} comparison of {@code item} reads, set
   * just beyond what the joined inner row offers (a system needing more availability than its cloud
   * service's SLA gives): {@code item} must then not PASS.
   */
  record Shortfall(String item, String dataset, int row, String rowKey, String column, String value)
      implements Mutation {
    @Override
    public Map<String, Table> apply(CaseWorld world, Map<String, Table> tables) {
      return replaced(tables, dataset, tables.get(dataset).withCell(row, column, value));
    }

    @Override
    public boolean benign() {
      return false;
    }

    @Override
    public String toString() {
      return "short of the need (" + item + "): " + dataset + ".csv row " + (row + 2) + " (" + rowKey + ") " + column
          + " = \"" + value + "\"";
    }
  }

  /** A dataset given as its header only, as an untouched template is. */
  record HeaderOnly(String dataset) implements Mutation {
    @Override
    public Map<String, Table> apply(CaseWorld world, Map<String, Table> tables) {
      return replaced(tables, dataset, tables.get(dataset).headerOnly());
    }

    @Override
    public boolean benign() {
      return false;
    }

    @Override
    public String toString() {
      return "header only: " + dataset + ".csv";
    }
  }

  /** answers.csv replaced by "yes" to every question of the checklist. */
  record YesEverywhere() implements Mutation {
    @Override
    public Map<String, Table> apply(CaseWorld world, Map<String, Table> tables) {
      List<List<String>> rows = new ArrayList<>();
      for (Item item : CaseWorld.NISC.checklist().items()) {
        if (item.check().question()) {
          rows.add(List.of(item.id(), "yes", "はい", "adversarial suite", CaseWorld.AS_OF.minusDays(1).toString()));
        }
      }
      return replaced(tables, CaseWorld.ANSWERS,
          new Table(List.of("item_id", "answer", "evidence", "answered_by", "answered_on"), rows));
    }

    @Override
    public boolean benign() {
      return false;
    }

    @Override
    public String toString() {
      return "answers.csv: yes to every question";
    }
  }

  /**
   * {@code copies} copies of the {@code after/} data (every dataset but the answers) added to the tables, each
   * with new keys: every cell equal to a key of some dataset or to a value of a column some rule joins on gets
   * the suffix {@code -G<n>}, so that the copies' joins stay among themselves (a copy's contractor never
   * stands in for the original's) and every copy is as good as {@code after/}.
   */
  record GoodCopies(int copies) implements Mutation {
    @Override
    public Map<String, Table> apply(CaseWorld world, Map<String, Table> tables) {
      Map<String, Table> copy = new LinkedHashMap<>(tables);
      java.util.Set<String> keys = keys(world.after);
      for (Map.Entry<String, Table> e : world.after.entrySet()) {
        if (e.getKey().equals(CaseWorld.ANSWERS)) {
          continue;
        }
        Table good = e.getValue();
        List<List<String>> rows = new ArrayList<>(good.rows().size() * copies);
        Map<String, String> suffixed = new HashMap<>();
        for (int n = 1; n <= copies; n++) {
          String suffix = "-G" + n;
          suffixed.clear();
          for (List<String> r : good.rows()) {
            List<String> cells = new ArrayList<>(r.size());
            for (String cell : r) {
              cells.add(keys.contains(cell) ? suffixed.computeIfAbsent(cell, c -> c + suffix) : cell);
            }
            rows.add(cells);
          }
        }
        Table more = new Table(good.header(), rows);
        copy.merge(e.getKey(), more, Table::plus);
      }
      return copy;
    }

    @Override
    public boolean benign() {
      return true;
    }

    private static java.util.Set<String> keys(Map<String, Table> tables) {
      Map<String, java.util.Set<String>> joins = Generators.joinColumns();
      java.util.Set<String> keys = new java.util.HashSet<>();
      tables.forEach((ds, t) -> {
        java.util.Set<String> columns = new java.util.HashSet<>(joins.getOrDefault(ds, java.util.Set.of()));
        CaseWorld.NISC.checklist().dataset(ds).map(DatasetSchema::key).ifPresent(columns::add);
        for (String k : columns) {
          for (int r = 0; r < t.rows().size(); r++) {
            String v = t.cell(r, k);
            if (!v.isBlank()) {
              keys.add(v);
            }
          }
        }
      });
      return keys;
    }

    @Override
    public String toString() {
      return copies + " good copies of after/ with new keys";
    }
  }
}
