package dev.kizuki.internal.engine;

import static java.util.Objects.requireNonNull;

import dev.kizuki.Normalization;
import dev.kizuki.Predicate;
import dev.kizuki.Text;
import dev.kizuki.internal.data.Identity;
import dev.kizuki.internal.data.Row;
import dev.kizuki.internal.data.SourceSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The compiled forms of each predicate kind. */
final class Tests {
  private Tests() {}

  /**
   * Reads cell {@code index} as {@link Row#read} gives it, so that every kind of test reads a blank by its
   * column's declared meaning: unknown, never (before every date), none (the type's nothing) or not
   * applicable ({@link Tri#OUT}).
   */
  abstract static class FieldTest implements RowTest {
    final String field;
    final int index;

    FieldTest(String field, int index) {
      this.field = field;
      this.index = index;
    }

    @Override
    public final int test(Row row, EvalContext ctx) {
      Object v = row.read(index);
      if (v == null) {
        return Tri.UNKNOWN;
      }
      if (v == Row.INVALID) {
        return Tri.ERROR;
      }
      if (v == Row.NOT_APPLICABLE) {
        return Tri.OUT;
      }
      return testValue(v, row, ctx);
    }

    /** The test on a value that is neither unknown, invalid nor not applicable; it may be {@link Row#NEVER}. */
    abstract int testValue(Object value, Row row, EvalContext ctx);

    @Override
    public Text why(Row row, EvalContext ctx) {
      return cellWhy(field, row, index, describe());
    }

    @Override
    public void notApplicable(Row row, Set<String> out) {
      if (row.notApplicable(index)) {
        out.add(field);
      }
    }
  }

  /** Why cell {@code i} (named {@code name}) did not satisfy {@code needed}, its blank meaning said. */
  static Text cellWhy(String name, Row row, int i, Text needed) {
    Object v = row.value(i);
    if (v == Row.INVALID) {
      return Text.of(name + " の値が不正です（データの問題を参照）", name + " holds an invalid value (see data issues)");
    }
    Object read = row.read(i);
    if (read == Row.NOT_APPLICABLE) {
      return Text.of(name + " が空欄です。このスキーマでは空欄は「該当しない」を表すため、この行を規則の対象から除きます",
          name + " is blank, which this schema declares not applicable, so the row is left out of the rule");
    }
    if (read == null) {
      return Text.of(name + " が空です（必要: " + needed.ja() + "）", name + " is blank (needed: " + needed.en() + ")");
    }
    if (v == null) {
      return read == Row.NEVER
          ? Text.of(name + " が空欄です。空欄は未実施を表します（必要: " + needed.ja() + "）",
              name + " is blank, which means never done (needed: " + needed.en() + ")")
          : Text.of(name + " が空欄です。空欄はなし（" + nothing(read).ja() + "）を表します（必要: " + needed.ja() + "）",
              name + " is blank, which means none (" + nothing(read).en() + ") (needed: " + needed.en() + ")");
    }
    String shown = Values.show(v);
    return Text.of(name + " = " + shown + "（必要: " + needed.ja() + "）", name + " = " + shown + " (needed: " + needed.en() + ")");
  }

  /** Cell {@code i} as a comparison shows it: its value, or what its blank means. */
  private static Text shown(Row row, int i) {
    Object v = row.value(i);
    Object read = row.read(i);
    if (v != null || read == null) {
      String s = v == null ? "" : Values.show(v);
      return Text.of(s, s);
    }
    return read == Row.NEVER ? Text.of("空欄（未実施）", "blank (never)") : Text.of("空欄（なし）", "blank (none)");
  }

  /** The "nothing" a blank reads as under blank: none, as messages name it. */
  private static Text nothing(Object read) {
    return read instanceof String ? Text.of("空の文字列", "empty text") : Text.of(Values.show(read), Values.show(read));
  }

  /**
   * {@code field op constant}, with the constant already converted to the column's type and, for a text
   * column, normalized in the column's form (so {@code eq: IT部} holds for {@code ＩＴ部}).
   */
  static final class CompareConstant extends FieldTest {
    private final Predicate.Op op;
    private final Object constant;
    private final Text shownConstant;
    private final Normalization form;

    CompareConstant(String field, int index, Predicate.Op op, Object constant, Text shownConstant,
        Normalization form) {
      super(field, index);
      this.op = op;
      this.constant = constant instanceof String c ? Identity.normalize(form, c) : constant;
      this.shownConstant = shownConstant;
      this.form = form;
    }

    @Override
    int testValue(Object value, Row row, EvalContext ctx) {
      Object v = identity(value, form);
      return v == null ? Tri.UNKNOWN : Tri.of(holds(op, Values.compare(v, constant)));
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      Object v = row.value(index);
      return v != null && v != Row.INVALID && identity(v, form) == null ? noIdentity(field, v, form, describe())
          : super.why(row, ctx);
    }

    @Override
    public Text describe() {
      return Text.of(field + " " + symbol(op) + " " + shownConstant.ja(),
          field + " " + symbol(op) + " " + shownConstant.en());
    }
  }

  /**
   * {@code field op otherField} in the same row; text values compare as identities in the pair's form
   * (RuleCompiler resolves it from both columns), so {@code SAN-A/vol1 ≠ SAN-A/vol2} fails on devices.
   */
  static final class CompareFields extends FieldTest {
    private final Predicate.Op op;
    private final String other;
    private final int otherIndex;
    private final Normalization form;

    CompareFields(String field, int index, Predicate.Op op, String other, int otherIndex, Normalization form) {
      super(field, index);
      this.op = op;
      this.other = other;
      this.otherIndex = otherIndex;
      this.form = form;
    }

    @Override
    int testValue(Object value, Row row, EvalContext ctx) {
      return compareRead(value, row.read(otherIndex), op, form);
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      Object v = row.read(index);
      if (v == null || v == Row.INVALID || v == Row.NOT_APPLICABLE) {
        return super.why(row, ctx);
      }
      Object o = row.read(otherIndex);
      if (o == null || o == Row.INVALID || o == Row.NOT_APPLICABLE) {
        return cellWhy(other, row, otherIndex, describe());
      }
      if (identity(v, form) == null) {
        return noIdentity(field, v, form, describe());
      }
      if (identity(o, form) == null) {
        return noIdentity(other, o, form, describe());
      }
      if (form != Normalization.EXACT && v instanceof String && o instanceof String) {
        String ja = field + " = " + v + ", " + other + " = " + o + "（" + form.id() + ": " + identity(v, form) + ", "
            + identity(o, form) + "）";
        String en = field + " = " + v + ", " + other + " = " + o + " (as " + form.id() + ": " + identity(v, form)
            + ", " + identity(o, form) + ")";
        return Text.of(ja + "（必要: " + describe().ja() + "）", en + " (needed: " + describe().en() + ")");
      }
      Text a = shown(row, index);
      Text b = shown(row, otherIndex);
      return Text.of(field + " = " + a.ja() + ", " + other + " = " + b.ja() + "（必要: " + describe().ja() + "）",
          field + " = " + a.en() + ", " + other + " = " + b.en() + " (needed: " + describe().en() + ")");
    }

    @Override
    public void notApplicable(Row row, Set<String> out) {
      super.notApplicable(row, out);
      if (row.notApplicable(otherIndex)) {
        out.add(other);
      }
    }

    @Override
    public Text describe() {
      return Text.of(field + " " + symbol(op) + " " + other, field + " " + symbol(op) + " " + other);
    }
  }

  /** The field is (not) one of the values; text values compare in the column's form. */
  static final class In extends FieldTest {
    private final Set<Object> values;
    private final boolean negated;
    private final Text shown;
    private final Normalization form;

    In(String field, int index, Set<Object> values, boolean negated, Text shown, Normalization form) {
      super(field, index);
      Set<Object> normalized = new java.util.HashSet<>();
      for (Object v : values) {
        normalized.add(v instanceof String c ? Identity.normalize(form, c) : v);
      }
      this.values = Set.copyOf(normalized);
      this.negated = negated;
      this.shown = shown;
      this.form = form;
    }

    @Override
    int testValue(Object value, Row row, EvalContext ctx) {
      Object v = identity(value, form);
      return v == null ? Tri.UNKNOWN : Tri.of(values.contains(v) != negated);
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      Object v = row.value(index);
      return v != null && v != Row.INVALID && identity(v, form) == null ? noIdentity(field, v, form, describe())
          : super.why(row, ctx);
    }

    @Override
    public Text describe() {
      return negated
          ? Text.of(field + " が " + shown.ja() + " のいずれでもない", field + " is none of " + shown.en())
          : Text.of(field + " が " + shown.ja() + " のいずれか", field + " is one of " + shown.en());
    }
  }

  static final class Present implements RowTest {
    private final String field;
    private final int index;
    private final boolean present;

    Present(String field, int index, boolean present) {
      this.field = field;
      this.index = index;
      this.present = present;
    }

    @Override
    public int test(Row row, EvalContext ctx) {
      // An invalid cell is filled in, just not usable: presence is still a fact.
      return Tri.of((row.value(index) != null) == present);
    }

    @Override
    public Text describe() {
      return present
          ? Text.of(field + " が記入されている", field + " is filled in")
          : Text.of(field + " が空である", field + " is blank");
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      return present
          ? Text.of(field + " が空です", field + " is blank")
          : Text.of(field + " が記入されています", field + " is filled in");
    }
  }

  /**
   * A whole-field regex match, its work charged to the assessment's evaluation budget. On a text column the
   * regex sees the value in the column's form ({@code ＲＤＰ} is matched as {@code rdp}).
   */
  static final class Matches extends FieldTest {
    private final Regexes.Regex regex;
    private final Normalization form;

    Matches(String field, int index, Regexes.Regex regex, Normalization form) {
      super(field, index);
      this.regex = regex;
      this.form = form;
    }

    @Override
    int testValue(Object value, Row row, EvalContext ctx) {
      Object id = identity(value, form);
      if (id == null) {
        return Tri.UNKNOWN;
      }
      String text = id.toString();
      if (!ctx.charge(regex.cost(text.length()))) {
        return Tri.ERROR;
      }
      return regex.test(text);
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      Object v = row.value(index);
      if (v != null && v != Row.INVALID && testValue(v, row, ctx) == Tri.ERROR) {
        return Text.of("この評価全体の計算量の上限（" + ctx.maxSteps + " ステップと 1 行ごとの追加分）を使い切ったため、"
                + field + " の正規表現照合を行いませんでした",
            "not matched: the assessment used up its evaluation budget (" + ctx.maxSteps
                + " steps and an allowance per row read) before " + field + " could be matched against the regex");
      }
      return super.why(row, ctx);
    }

    @Override
    public Text describe() {
      return Text.of(field + " が /" + regex.source() + "/ に一致する", field + " matches /" + regex.source() + "/");
    }
  }

  static final class Recency extends FieldTest {
    private final long days;
    private final boolean within;

    Recency(String field, int index, long days, boolean within) {
      super(field, index);
      this.days = days;
      this.within = within;
    }

    @Override
    int testValue(Object value, Row row, EvalContext ctx) {
      if (value == Row.NEVER) {
        // Never done: not within any number of days, and longer ago than all of them.
        return Tri.of(!within);
      }
      LocalDate d = (LocalDate) value;
      LocalDate limit = ctx.asOf.minusDays(days);
      if (within) {
        return Tri.of(!d.isBefore(limit) && !d.isAfter(ctx.asOf));
      }
      return Tri.of(d.isBefore(limit));
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      Object v = row.value(index);
      if (v instanceof LocalDate d && d.isAfter(ctx.asOf)) {
        return Text.of(field + " = " + d + " は評価日 " + ctx.asOf + " より後です",
            field + " = " + d + " is after the assessment date " + ctx.asOf);
      }
      return super.why(row, ctx);
    }

    @Override
    public Text describe() {
      return within
          ? Text.of(field + " が評価日から " + days + " 日以内", field + " within the last " + days + " days")
          : Text.of(field + " が評価日より " + days + " 日を超えて前", field + " more than " + days + " days ago");
    }
  }

  /**
   * How wide a network cell's sources are. Names (hosts, firewall objects) are never resolved, so a cell that
   * lists one is unknown unless its addresses alone decide: {@code 0.0.0.0/0} and a name allows any source, a
   * name alone might.
   */
  static final class Allows extends FieldTest {
    private final Predicate.Allows.Breadth breadth;
    /** For ANY: whether the cell must allow any source; for MORE_THAN unused. */
    private final boolean any;
    /** For MORE_THAN: the count; for ANY unused. */
    private final long count;

    Allows(String field, int index, Predicate.Allows.Breadth breadth, boolean any, long count) {
      super(field, index);
      this.breadth = breadth;
      this.any = any;
      this.count = count;
    }

    @Override
    int testValue(Object value, Row row, EvalContext ctx) {
      int wide = wide((SourceSet) value);
      return breadth == Predicate.Allows.Breadth.ANY && !any ? Tri.not(wide) : wide;
    }

    /** Whether the set is as wide as tested (allows any source, or more than count addresses). */
    private int wide(SourceSet s) {
      boolean byAddresses = breadth == Predicate.Allows.Breadth.ANY ? s.allowsAnything() : s.allowsMoreThan(count);
      return byAddresses ? Tri.TRUE : s.names().isEmpty() ? Tri.FALSE : Tri.UNKNOWN;
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      Object v = row.value(index);
      if (!(v instanceof SourceSet s)) {
        return super.why(row, ctx);
      }
      Text needed = describe();
      String shown = s.isEmpty() ? "（なし）" : s.toString();
      String shownEn = s.isEmpty() ? "(none)" : s.toString();
      if (wide(s) == Tri.UNKNOWN) {
        String names = String.join(", ", s.names());
        return Text.of(field + " = " + shown + ": 名前 " + names + " の中身のアドレスは分かりません（名前は解決しません。必要: "
                + needed.ja() + "）",
            field + " = " + shownEn + ": the addresses behind " + names + " are not known (names are never resolved;"
                + " needed: " + needed.en() + ")");
      }
      if (s.allowsAnything()) {
        return Text.of(field + " はすべての送信元を許可しています: " + shown + "（必要: " + needed.ja() + "）",
            field + " allows any source: " + shownEn + " (needed: " + needed.en() + ")");
      }
      return Text.of(field + " は " + s.addressCount() + " 個のアドレスを許可しています: " + shown + "（必要: " + needed.ja()
              + "）",
          field + " allows " + s.addressCount() + " addresses: " + shownEn + " (needed: " + needed.en() + ")");
    }

    @Override
    public Text describe() {
      if (breadth == Predicate.Allows.Breadth.MORE_THAN) {
        return Text.of(field + " が " + count + " 個を超えるアドレスを許可している",
            field + " allows more than " + count + " addresses");
      }
      return any
          ? Text.of(field + " がすべての送信元を許可している", field + " allows any source")
          : Text.of(field + " がすべての送信元を許可してはいない", field + " does not allow every source");
    }
  }

  static final class All implements RowTest {
    private final RowTest[] parts;

    All(List<RowTest> parts) {
      this.parts = parts.toArray(new RowTest[0]);
    }

    @Override
    public int test(Row row, EvalContext ctx) {
      int result = Tri.TRUE;
      for (RowTest p : parts) {
        result = Tri.and(result, p.test(row, ctx));
        if (result == Tri.FALSE) {
          return result;
        }
      }
      return result;
    }

    @Override
    public Text describe() {
      return join(parts, "、かつ ", " and ");
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      // The first part that decided the result: a false one if any, else the first not true.
      RowTest first = null;
      for (RowTest p : parts) {
        int r = p.test(row, ctx);
        if (r == Tri.FALSE) {
          return p.why(row, ctx);
        }
        if (r != Tri.TRUE && first == null) {
          first = p;
        }
      }
      return first == null ? describe() : first.why(row, ctx);
    }

    @Override
    public void notApplicable(Row row, Set<String> out) {
      for (RowTest p : parts) {
        p.notApplicable(row, out);
      }
    }
  }

  static final class Any implements RowTest {
    private final RowTest[] parts;

    Any(List<RowTest> parts) {
      this.parts = parts.toArray(new RowTest[0]);
    }

    @Override
    public int test(Row row, EvalContext ctx) {
      int result = Tri.FALSE;
      for (RowTest p : parts) {
        result = Tri.or(result, p.test(row, ctx));
        if (result == Tri.TRUE) {
          return result;
        }
      }
      return result;
    }

    @Override
    public Text describe() {
      return join(parts, "、または ", " or ");
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      List<Text> whys = new ArrayList<>(parts.length);
      for (RowTest p : parts) {
        whys.add(p.why(row, ctx));
      }
      return noneHolds(whys);
    }

    @Override
    public void notApplicable(Row row, Set<String> out) {
      for (RowTest p : parts) {
        p.notApplicable(row, out);
      }
    }
  }

  static final class Not implements RowTest {
    private final RowTest inner;

    Not(RowTest inner) {
      this.inner = inner;
    }

    @Override
    public int test(Row row, EvalContext ctx) {
      return Tri.not(inner.test(row, ctx));
    }

    @Override
    public Text describe() {
      Text d = inner.describe();
      return Text.of("「" + d.ja() + "」ではない", "not (" + d.en() + ")");
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      int r = inner.test(row, ctx);
      if (r == Tri.TRUE) {
        Text d = inner.describe();
        return Text.of("「" + d.ja() + "」に該当します", "(" + d.en() + ") holds");
      }
      return inner.why(row, ctx);
    }

    @Override
    public void notApplicable(Row row, Set<String> out) {
      inner.notApplicable(row, out);
    }
  }

  /**
   * A lookup of this row's join key in a key index built from another dataset; with a {@code dependent}
   * condition (one that reads this row through {@code {outer: …}}), evaluated on each row the index kept.
   */
  static final class Exists implements RowTest {
    /** How many kept rows a reason names before it counts the rest. */
    private static final int SHOWN = 3;
    private final int indexSlot;
    private final int[] columns;
    private final Normalization[] forms;
    private final String[] columnNames;
    private final String dataset;
    private final Text condition;
    private final Correlated.@Nullable Test dependent;

    Exists(int indexSlot, int[] columns, Normalization[] forms, String[] columnNames, String dataset,
        Text condition, Correlated.@Nullable Test dependent) {
      this.indexSlot = indexSlot;
      this.columns = columns.clone();
      this.forms = forms.clone();
      this.columnNames = columnNames.clone();
      this.dataset = dataset;
      this.condition = condition;
      this.dependent = dependent;
    }

    @Override
    public int test(Row row, EvalContext ctx) {
      String key = joinKey(row, columns, forms);
      if (key == null) {
        for (int c : columns) {
          if (row.notApplicable(c)) {
            return Tri.OUT;
          }
        }
        return Tri.UNKNOWN;
      }
      if (key == INVALID_KEY) {
        return Tri.ERROR;
      }
      Correlated.Test d = dependent;
      return d == null ? ctx.indexes[indexSlot].lookup(key) : ctx.indexes[indexSlot].lookup(key, d, row, ctx);
    }

    @Override
    public void notApplicable(Row row, Set<String> out) {
      for (int c = 0; c < columns.length; c++) {
        if (row.notApplicable(columns[c])) {
          out.add(columnNames[c]);
        }
      }
    }

    @Override
    public Text describe() {
      String on = String.join(", ", columnNames);
      if (condition.isEmpty()) {
        return Text.of(dataset + " に " + on + " が一致する行がある", "a row in " + dataset + " with the same " + on);
      }
      return Text.of(dataset + " に " + on + " が一致し「" + condition.ja() + "」を満たす行がある",
          "a row in " + dataset + " with the same " + on + " where " + condition.en());
    }

    @Override
    public Text why(Row row, EvalContext ctx) {
      String key = joinKey(row, columns, forms);
      if (key == null) {
        for (int c = 0; c < columns.length; c++) {
          if (row.notApplicable(columns[c])) {
            return cellWhy(columnNames[c], row, columns[c], describe());
          }
        }
        return Text.of(String.join(", ", columnNames) + " が空です", String.join(", ", columnNames) + " is blank");
      }
      KeyIndex index = ctx.indexes[indexSlot];
      if (index.state == KeyIndex.State.MISSING) {
        return Text.of(dataset + " のデータがありません", "no data was given for " + dataset);
      }
      if (index.state == KeyIndex.State.BROKEN) {
        return Text.of(dataset + " のデータを読み取れませんでした", dataset + " could not be read");
      }
      if (index.state == KeyIndex.State.EMPTY) {
        return Text.of(dataset + " に行がなく、すべての行であるとの宣言もないため、該当する行がないとは言えません",
            dataset + " has no rows and was not declared complete, so it cannot be told that no such row exists");
      }
      int r = test(row, ctx);
      Correlated.Test d = dependent;
      if (d != null && !index.kept(key).isEmpty()) {
        return pairsWhy(index.kept(key), d, key, r, row, ctx);
      }
      if (r == Tri.UNKNOWN || r == Tri.ERROR) {
        return Text.of(dataset + " の該当行（" + key + "）の値が空または不正です",
            "the matching rows of " + dataset + " (" + key + ") have blank or invalid cells");
      }
      return Text.of("必要な行が " + dataset + " にありません（" + key + "）: " + describe().ja(),
          "no such row in " + dataset + " (" + key + "): " + describe().en());
    }

    /** Why none of the rows kept for {@code key} satisfies the condition with this row: each one's values. */
    private Text pairsWhy(List<Correlated.Kept> kept, Correlated.Test d, String key, int result, Row row,
        EvalContext ctx) {
      StringBuilder ja = new StringBuilder();
      StringBuilder en = new StringBuilder();
      boolean errorShown = false;
      for (int k = 0; k < kept.size() && k < SHOWN; k++) {
        Correlated.Kept one = kept.get(k);
        int r = KeyIndex.pair(one, d, row, ctx);
        errorShown |= r == Tri.ERROR;
        // Not TRUE (or the lookup would have passed): the outer comparisons' reason, or the other conditions'.
        Text w = d.test(one.cells(), row, ctx) == Tri.TRUE
            ? Text.of("ほかの条件の値が空または不正です", "its other conditions have blank or invalid cells")
            : d.why(one.cells(), row, ctx);
        ja.append(k == 0 ? "" : "；").append(dataset).append(' ').append(one.rowKey()).append(": ").append(w.ja());
        en.append(k == 0 ? "" : "; ").append(dataset).append(' ').append(one.rowKey()).append(": ").append(w.en());
      }
      if (kept.size() > SHOWN) {
        ja.append("；ほか ").append(kept.size() - SHOWN).append(" 行");
        en.append("; and ").append(kept.size() - SHOWN).append(" more rows");
      }
      if (result == Tri.ERROR && !errorShown) {
        return Text.of("この評価全体の計算量の上限（" + ctx.maxSteps + " ステップと 1 行ごとの追加分）を使い切ったため、" + dataset
                + " の該当行（" + key + "）と照合しませんでした",
            "not matched: the assessment used up its evaluation budget (" + ctx.maxSteps
                + " steps and an allowance per row read) before the rows of " + dataset + " (" + key
                + ") could be compared");
      }
      return Text.of(ja.toString(), en.toString());
    }
  }

  /**
   * {@code a op b} for two cells as {@link Row#read} gives them, the left one's state deciding first: a blank
   * is unknown, an invalid cell an error, a not-applicable blank {@link Tri#OUT}; text compares as identities
   * in {@code form}.
   */
  static int compareRead(@Nullable Object a, @Nullable Object b, Predicate.Op op, Normalization form) {
    int left = state(a);
    if (left != Tri.TRUE) {
      return left;
    }
    int right = state(b);
    if (right != Tri.TRUE) {
      return right;
    }
    Object x = identity(requireNonNull(a), form);
    Object y = identity(requireNonNull(b), form);
    return x == null || y == null ? Tri.UNKNOWN : Tri.of(holds(op, Values.compare(x, y)));
  }

  /** TRUE for a cell with a value; what a blank, invalid or not-applicable cell makes of a test otherwise. */
  private static int state(@Nullable Object read) {
    return read == null ? Tri.UNKNOWN : read == Row.INVALID ? Tri.ERROR : read == Row.NOT_APPLICABLE ? Tri.OUT : Tri.TRUE;
  }

  static final String INVALID_KEY = "\u0000invalid";

  /**
   * The join key of a row: its cells as identities in the join's forms, shown and joined; null if one is blank
   * or names no identity in its form, INVALID_KEY if one is invalid.
   */
  static @Nullable String joinKey(Row row, int[] columns, Normalization[] forms) {
    @Nullable StringBuilder sb = columns.length == 1 ? null : new StringBuilder();
    for (int i = 0; i < columns.length; i++) {
      Object v = row.value(columns[i]);
      if (v == null) {
        return null;
      }
      if (v == Row.INVALID) {
        return INVALID_KEY;
      }
      Object id = identity(v, forms[i]);
      if (id == null) {
        return null;
      }
      if (sb == null) {
        return Values.show(id);
      }
      sb.append(Values.show(id)).append('\u0000');
    }
    return java.util.Objects.requireNonNull(sb).toString();
  }

  /** A cell as an identity: text in {@code form} (null when it names none), any other value as it is. */
  static @Nullable Object identity(Object value, Normalization form) {
    return value instanceof String s && form != Normalization.EXACT ? Identity.identity(form, s) : value;
  }

  /** Why a cell that names no identity in {@code form} (a path with no device) leaves a test unknown. */
  private static Text noIdentity(String field, Object value, Normalization form, Text needed) {
    return Text.of(field + " = " + value + " から比較できる識別子（" + form.id() + "）を読み取れません（必要: "
            + needed.ja() + "）",
        field + " = " + value + " names no " + form.id() + " to compare (needed: " + needed.en() + ")");
  }

  static boolean holds(Predicate.Op op, int cmp) {
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
    };
  }

  static String symbol(Predicate.Op op) {
    return switch (op) {
      case EQ -> "=";
      case NE -> "≠";
      case LT -> "<";
      case LE -> "≤";
      case GT -> ">";
      case GE -> "≥";
    };
  }

  private static Text join(RowTest[] parts, String sepJa, String sepEn) {
    Text[] ds = new Text[parts.length];
    boolean[] nested = new boolean[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ds[i] = parts[i].describe();
      nested[i] = parts[i] instanceof All || parts[i] instanceof Any;
    }
    return joined(ds, nested, sepJa, sepEn);
  }

  /**
   * The descriptions of a junction's parts joined by its separator, a nested junction in parentheses; shared
   * with {@link Correlated}'s junctions so that both read alike.
   */
  static Text joined(Text[] ds, boolean[] nested, String sepJa, String sepEn) {
    StringBuilder ja = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < ds.length; i++) {
      if (i > 0) {
        ja.append(sepJa);
        en.append(sepEn);
      }
      ja.append(nested[i] ? "(" + ds[i].ja() + ")" : ds[i].ja());
      en.append(nested[i] ? "(" + ds[i].en() + ")" : ds[i].en());
    }
    return Text.of(ja.toString(), en.toString());
  }

  /** Why no part of an {@code any} holds: every part's reason, in order. */
  static Text noneHolds(List<Text> whys) {
    StringBuilder ja = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Text w : whys) {
      ja.append(ja.length() == 0 ? "" : "；").append(w.ja());
      en.append(en.length() == 0 ? "" : "; ").append(w.en());
    }
    return Text.of("どれも満たしません: " + ja, "none holds: " + en);
  }
}
