package dev.kizuki.internal.engine;

import dev.kizuki.Normalization;
import dev.kizuki.Predicate;
import dev.kizuki.Text;
import dev.kizuki.internal.data.Row;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The part of an {@code exists} condition that reads the outer row ({@code {outer: column}} operands). The
 * inner dataset streams before the outer one, so while it streams the index keeps, per key, a {@link Kept}
 * tuple for each inner row the outer-independent part did not rule out: only the cells the outer comparisons
 * read, and the results of the inner-only tests beside them. A lookup then evaluates the {@link Test} on every
 * tuple of the key with the outer row.
 */
final class Correlated {
  private Correlated() {}

  /** A condition on a kept inner tuple and the outer row. Immutable and thread-safe. */
  interface Test {
    /** {@link Tri} of the condition for the inner row kept as {@code cells} and the outer row. */
    int test(@Nullable Object[] cells, Row outer, EvalContext ctx);

    /** The condition in plain words. */
    Text describe();

    /** Why it did not hold for {@code cells} and {@code outer}: the values compared on both sides. */
    Text why(@Nullable Object[] cells, Row outer, EvalContext ctx);
  }

  /** One inner row as kept: its key (for messages), the outer-independent part's result, and its cells. */
  record Kept(String rowKey, int independent, @Nullable Object[] cells) {}

  /**
   * Which cells of an inner row are kept: a column's cell (as {@link Row#read} gives it) for an outer
   * comparison, or an inner-only test's result where it sits beside one under {@code any} or {@code not}.
   * Built by the compiler, then immutable.
   */
  static final class Capture {
    private final List<Object> slots = new ArrayList<>(); // Integer column index, or RowTest

    int cell(int column) {
      slots.add(column);
      return slots.size() - 1;
    }

    int result(RowTest test) {
      slots.add(test);
      return slots.size() - 1;
    }

    Kept take(Row row, int independent, EvalContext ctx) {
      @Nullable Object[] cells = new Object[slots.size()];
      for (int i = 0; i < cells.length; i++) {
        Object s = slots.get(i);
        cells[i] = s instanceof Integer c ? row.read(c) : Integer.valueOf(((RowTest) s).test(row, ctx));
      }
      return new Kept(row.key(), independent, cells);
    }
  }

  /** {@code innerField op outerField}: the same types and text forms as a comparison of two fields of a row. */
  static final class Compare implements Test {
    private final String field;
    private final int slot;
    private final Predicate.Op op;
    private final String outerDataset;
    private final String outerField;
    private final int outerIndex;
    private final Normalization form;

    Compare(String field, int slot, Predicate.Op op, String outerDataset, String outerField, int outerIndex,
        Normalization form) {
      this.field = field;
      this.slot = slot;
      this.op = op;
      this.outerDataset = outerDataset;
      this.outerField = outerField;
      this.outerIndex = outerIndex;
      this.form = form;
    }

    @Override
    public int test(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      return Tests.compareRead(cells[slot], outer.read(outerIndex), op, form);
    }

    @Override
    public Text describe() {
      return Text.of(field + " " + Tests.symbol(op) + " この " + outerDataset + " の行の " + outerField,
          field + " " + Tests.symbol(op) + " this " + outerDataset + " row's " + outerField);
    }

    @Override
    public Text why(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      @Nullable Object a = cells[slot];
      @Nullable Object b = outer.read(outerIndex);
      Text mine = side(a);
      Text theirs = side(b);
      String rel = relation(a, b);
      return Text.of(field + " " + mine.ja() + " " + rel + " この " + outerDataset + " の行の " + outerField + " "
              + theirs.ja() + "（必要: " + describe().ja() + "）",
          field + " " + mine.en() + " " + rel + " this " + outerDataset + " row's " + outerField + " " + theirs.en()
              + " (needed: " + describe().en() + ")");
    }

    /** How the two values actually relate, or a comma where they cannot be compared. */
    private String relation(@Nullable Object a, @Nullable Object b) {
      if (a == null || b == null || !usable(a) || !usable(b)) {
        return ",";
      }
      @Nullable Object x = Tests.identity(a, form);
      @Nullable Object y = Tests.identity(b, form);
      if (x == null || y == null) {
        return ",";
      }
      int c = Values.compare(x, y);
      return c < 0 ? "<" : c > 0 ? ">" : "=";
    }

    private static boolean usable(Object v) {
      return v != Row.INVALID && v != Row.NOT_APPLICABLE;
    }

    /** A cell as read, in a message: its value or what its blank means. */
    private static Text side(@Nullable Object v) {
      if (v == null) {
        return Text.of("は空欄（不明）", "blank (unknown)");
      }
      if (v == Row.INVALID) {
        return Text.of("は不正な値", "invalid");
      }
      if (v == Row.NOT_APPLICABLE) {
        return Text.of("は空欄（該当しない）", "blank (not applicable)");
      }
      if (v == Row.NEVER) {
        return Text.of("は空欄（未実施）", "blank (never)");
      }
      String s = Values.show(v);
      return Text.of(s, s);
    }
  }

  /** An inner-only test beside an outer comparison: its result, kept with the tuple. */
  static final class Result implements Test {
    private final int slot;
    private final Text description;

    Result(int slot, Text description) {
      this.slot = slot;
      this.description = description;
    }

    @Override
    public int test(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      return (Integer) java.util.Objects.requireNonNull(cells[slot]);
    }

    @Override
    public Text describe() {
      return description;
    }

    @Override
    public Text why(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      int r = test(cells, outer, ctx);
      return r == Tri.FALSE
          ? Text.of("「" + description.ja() + "」を満たしません", "(" + description.en() + ") does not hold")
          : Text.of("「" + description.ja() + "」の値が空または不正です", "(" + description.en() + ") has blank or invalid cells");
    }
  }

  /** Every part holds ({@code all}); the first part that decided is the reason. */
  static final class All implements Test {
    private final Test[] parts;

    All(List<Test> parts) {
      this.parts = parts.toArray(new Test[0]);
    }

    @Override
    public int test(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      int result = Tri.TRUE;
      for (Test p : parts) {
        result = Tri.and(result, p.test(cells, outer, ctx));
        if (result == Tri.FALSE) {
          return result;
        }
      }
      return result;
    }

    @Override
    public Text describe() {
      return joined(parts, "、かつ ", " and ");
    }

    @Override
    public Text why(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      Test first = null;
      for (Test p : parts) {
        int r = p.test(cells, outer, ctx);
        if (r == Tri.FALSE) {
          return p.why(cells, outer, ctx);
        }
        if (r != Tri.TRUE && first == null) {
          first = p;
        }
      }
      return first == null ? describe() : first.why(cells, outer, ctx);
    }
  }

  /** Some part holds ({@code any}); every part's reason is given. */
  static final class Any implements Test {
    private final Test[] parts;

    Any(List<Test> parts) {
      this.parts = parts.toArray(new Test[0]);
    }

    @Override
    public int test(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      int result = Tri.FALSE;
      for (Test p : parts) {
        result = Tri.or(result, p.test(cells, outer, ctx));
        if (result == Tri.TRUE) {
          return result;
        }
      }
      return result;
    }

    @Override
    public Text describe() {
      return joined(parts, "、または ", " or ");
    }

    @Override
    public Text why(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      List<Text> whys = new ArrayList<>(parts.length);
      for (Test p : parts) {
        whys.add(p.why(cells, outer, ctx));
      }
      return Tests.noneHolds(whys);
    }
  }

  /** The part does not hold ({@code not}). */
  static final class Not implements Test {
    private final Test inner;

    Not(Test inner) {
      this.inner = inner;
    }

    @Override
    public int test(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      return Tri.not(inner.test(cells, outer, ctx));
    }

    @Override
    public Text describe() {
      Text d = inner.describe();
      return Text.of("「" + d.ja() + "」ではない", "not (" + d.en() + ")");
    }

    @Override
    public Text why(@Nullable Object[] cells, Row outer, EvalContext ctx) {
      if (inner.test(cells, outer, ctx) == Tri.TRUE) {
        Text d = inner.describe();
        return Text.of("「" + d.ja() + "」に該当します", "(" + d.en() + ") holds");
      }
      return inner.why(cells, outer, ctx);
    }
  }

  private static Text joined(Test[] parts, String sepJa, String sepEn) {
    Text[] ds = new Text[parts.length];
    boolean[] nested = new boolean[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ds[i] = parts[i].describe();
      nested[i] = parts[i] instanceof All || parts[i] instanceof Any;
    }
    return Tests.joined(ds, nested, sepJa, sepEn);
  }
}
