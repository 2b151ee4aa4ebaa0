package dev.kizuki.examples.adversarial;

import java.util.ArrayList;
import java.util.List;

/** One dataset's cells in memory: a header and rows of text ("" for blank). Immutable; edits return copies. */
record Table(List<String> header, List<List<String>> rows) {

  Table {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The index of a column, or -1 when the file has no such column. */
  int column(String name) {
    return header.indexOf(name);
  }

  String cell(int row, String column) {
    int c = column(column);
    return c < 0 ? "" : rows.get(row).get(c);
  }

  Table withCell(int row, String column, String value) {
    int c = column(column);
    if (c < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + header);
    }
    List<List<String>> copy = new ArrayList<>(rows);
    List<String> r = new ArrayList<>(copy.get(row));
    r.set(c, value);
    copy.set(row, r);
    return new Table(header, copy);
  }

  Table headerOnly() {
    return new Table(header, List.of());
  }

  /**
   * These rows followed by {@code more}'s, over the union of both headers (a column only one side has is
   * blank on the other side's rows, as a missing column reads as blank).
   */
  Table plus(Table more) {
    List<String> union = new ArrayList<>(header);
    more.header.stream().filter(h -> !union.contains(h)).forEach(union::add);
    List<List<String>> all = new ArrayList<>(rows.size() + more.rows.size());
    for (Table t : List.of(this, more)) {
      for (List<String> r : t.rows) {
        List<String> cells = new ArrayList<>(union.size());
        for (String h : union) {
          int c = t.column(h);
          cells.add(c < 0 ? "" : r.get(c));
        }
        all.add(cells);
      }
    }
    return new Table(union, all);
  }
}
