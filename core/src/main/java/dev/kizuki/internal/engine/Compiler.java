package dev.kizuki.internal.engine;

import dev.kizuki.Category;
import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DataRule;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.Expectation;
import dev.kizuki.IncidentCase;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.Limits;
import dev.kizuki.Operand;
import dev.kizuki.Parameter;
import dev.kizuki.Predicate;
import dev.kizuki.SourceRef;
import dev.kizuki.Text;
import dev.kizuki.WhenEmpty;
import dev.kizuki.internal.data.ValueParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a checklist's cross-references and compiles its rules into a {@link Program}; literal conversion
 * ({@link Literals}) and the reading order of datasets ({@link DatasetOrder}) are steps of their own. Every problem is
 * reported with the checklist path it is at (such as {@code items[3].check.data.require.field}); the loader
 * adds file locations. One instance per compilation; not thread-safe.
 */
public final class Compiler {
  /** The reserved dataset of questionnaire answers. */
  public static final String ANSWERS = "answers";

  /** A compiled program, or null with the issues that prevent it. */
  public record Result(@Nullable Program program, List<Issue> issues) {}

  private final Checklist checklist;
  private final Limits limits;
  /** What is left of the instructions all this checklist's regexes may compile to (see Regexes). */
  private long regexAllowance = Regexes.MAX_TOTAL_PROGRAM_SIZE;
  private final String source;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, DatasetSchema> datasets = new LinkedHashMap<>();
  private final List<IndexSpec> indexes = new ArrayList<>();
  private final Map<IndexKey, Integer> indexSlots = new HashMap<>();

  /** What decides whether two exists tests can share an index. */
  private record IndexKey(String dataset, List<Integer> columns, Optional<Predicate> where,
      List<Parameter> parameters) {}
  // dataset -> datasets it needs read first (because its rules or indexes look into them)
  private final Map<String, Set<String>> needs = new HashMap<>();

  private final Literals literals;

  private Compiler(Checklist checklist, Limits limits, String source) {
    this.checklist = checklist;
    this.limits = limits;
    this.source = source;
    this.literals = new Literals(source);
  }

  public static Result compile(Checklist checklist, Limits limits, String source) {
    return new Compiler(checklist, limits, source).run();
  }

  private Result run() {
    checkStructure();
    @Nullable CompiledRule[] rules = new CompiledRule[checklist.items().size()];
    for (int i = 0; i < checklist.items().size(); i++) {
      Item item = checklist.items().get(i);
      if (item.check().data().isPresent()) {
        rules[i] = compileRule(i, item, item.check().data().get(), "items[" + i + "].check");
      }
    }
    Checked<List<DatasetSchema>> ordered = DatasetOrder.of(datasets, needs, source);
    issues.addAll(ordered.issues());
    List<DatasetSchema> order = ordered.value();
    if (order == null || !issues.isEmpty()) {
      return new Result(null, List.copyOf(issues));
    }
    Map<String, List<CompiledRule>> byDataset = new HashMap<>();
    for (CompiledRule r : rules) {
      if (r != null) {
        List<CompiledRule> list = byDataset.get(r.dataset);
        if (list == null) {
          list = new ArrayList<>();
          byDataset.put(r.dataset, list);
        }
        list.add(r);
      }
    }
    Map<String, List<IndexSpec>> indexesByDataset = new HashMap<>();
    for (IndexSpec s : indexes) {
      List<IndexSpec> list = indexesByDataset.get(s.dataset);
      if (list == null) {
        list = new ArrayList<>();
        indexesByDataset.put(s.dataset, list);
      }
      list.add(s);
    }
    for (Map.Entry<String, List<CompiledRule>> e : byDataset.entrySet()) {
      e.setValue(List.copyOf(e.getValue()));
    }
    for (Map.Entry<String, List<IndexSpec>> e : indexesByDataset.entrySet()) {
      e.setValue(List.copyOf(e.getValue()));
    }
    return new Result(new Program(checklist, limits, order, rules, byDataset, indexesByDataset, indexes.size()),
        List.of());
  }

  // ---- structure and cross-references ----------------------------------------------------------------

  private void checkStructure() {
    Set<String> caseIds = unique(checklist.cases(), "cases", "事例", "case");
    Set<String> lessonIds = unique(checklist.lessons(), "lessons", "教訓", "lesson");
    Set<String> measureIds = unique(checklist.measures(), "measures", "対策", "measure");
    Set<String> categoryIds = unique(checklist.categories(), "categories", "カテゴリ", "category");
    unique(checklist.items(), "items", "項目", "item");
    refsToCases(checklist.lessons(), caseIds, "lessons");
    refsToCases(checklist.measures(), caseIds, "measures");
    if (checklist.items().size() > limits.maxItems()) {
      issue("items", Text.of("項目数が上限 " + limits.maxItems() + " を超えています",
          "more items than the limit of " + limits.maxItems()));
    }

    for (int d = 0; d < checklist.datasets().size(); d++) {
      DatasetSchema ds = checklist.datasets().get(d);
      String path = "datasets[" + d + "]";
      if (ds.id().equals(ANSWERS)) {
        issue(path + ".id", Text.of("データセット名 answers は回答用に予約されています",
            "the dataset id \"answers\" is reserved for questionnaire answers"));
      }
      if (datasets.putIfAbsent(ds.id(), ds) != null) {
        issue(path + ".id", duplicate("データセット", "dataset", ds.id()));
      }
      unique(ds.columns(), path + ".columns", "列", "column");
      if (ds.indexOf(ds.key()) < 0) {
        issue(path + ".key", Text.of("キー列「" + ds.key() + "」が columns にありません",
            "key column \"" + ds.key() + "\" is not among the columns"));
      }
      for (int c = 0; c < ds.columns().size(); c++) {
        unique(ds.columns().get(c).values(), path + ".columns[" + c + "].values", "値", "value");
        try {
          ValueParser.forColumn(ds.columns().get(c));
        } catch (IllegalArgumentException e) {
          // Two spellings that normalize alike but name different values: data could not be read unambiguously.
          issue(path + ".columns[" + c + "].values", Text.of("同じ表記が複数の値に使われています: " + e.getMessage(),
              "the same spelling stands for more than one value: " + e.getMessage()));
        }
      }
    }

    for (int i = 0; i < checklist.items().size(); i++) {
      Item item = checklist.items().get(i);
      String path = "items[" + i + "]";
      if (!categoryIds.contains(item.category())) {
        issue(path + ".category", unknown("カテゴリ", "category", item.category(), categoryIds));
      }
      if (item.lessons().isEmpty() && item.measures().isEmpty()) {
        issue(path, Text.of("lessons または measures に1つ以上の ID が必要です（すべての項目は出典に遡れること）",
            "expected at least one id in lessons or measures: every item traces to its source"));
      }
      refs(item.lessons(), lessonIds, path + ".lessons", "教訓", "lesson");
      refs(item.measures(), measureIds, path + ".measures", "対策", "measure");
      unique(item.parameters(), path + ".parameters", "パラメータ", "parameter");
      if (item.check().data().isPresent() && item.check().data().get().whenEmpty() == WhenEmpty.NOT_APPLICABLE
          && !item.check().allowNotApplicable()) {
        issue(path + ".check.data.when_empty", Text.of(
            "when_empty: not_applicable には allow_not_applicable: true が必要です",
            "when_empty: not_applicable needs allow_not_applicable: true"));
      }
    }
  }

  private void refs(List<String> ids, Set<String> declared, String path, String kindJa, String kindEn) {
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < ids.size(); j++) {
      String id = ids.get(j);
      if (!seen.add(id)) {
        issue(path + "[" + j + "]", duplicate(kindJa, kindEn, id));
      } else if (!declared.isEmpty() && !declared.contains(id)) {
        issue(path + "[" + j + "]", unknown(kindJa, kindEn, id, declared));
      }
    }
  }

  private void refsToCases(List<SourceRef> refs, Set<String> caseIds, String path) {
    for (int j = 0; j < refs.size(); j++) {
      String c = refs.get(j).caseId();
      if (!c.isEmpty() && !caseIds.contains(c)) {
        issue(path + "[" + j + "].case", unknown("事例", "case", c, caseIds));
      }
    }
  }

  private Set<String> unique(List<?> list, String path, String kindJa, String kindEn) {
    Set<String> seen = new LinkedHashSet<>();
    for (int j = 0; j < list.size(); j++) {
      String s = idOf(list.get(j));
      if (!seen.add(s)) {
        issue(path + "[" + j + "]", duplicate(kindJa, kindEn, s));
      }
    }
    return seen;
  }

  /** The id of a model element that must be unique in its list (a method reference each would be a lambda class). */
  private static String idOf(Object o) {
    if (o instanceof IncidentCase c) {
      return c.id();
    } else if (o instanceof SourceRef r) {
      return r.id();
    } else if (o instanceof Category c) {
      return c.id();
    } else if (o instanceof Item i) {
      return i.id();
    } else if (o instanceof Column c) {
      return c.name();
    } else if (o instanceof EnumValue v) {
      return v.value();
    } else if (o instanceof Parameter p) {
      return p.name();
    }
    throw new AssertionError(o.getClass());
  }

  // ---- rules -------------------------------------------------------------------------------------------

  private @Nullable CompiledRule compileRule(int itemIndex, Item item, DataRule rule, String checkPath) {
    String path = checkPath + ".data";
    DatasetSchema ds = datasets.get(rule.dataset());
    if (ds == null) {
      issue(path + ".dataset", unknown("データセット", "dataset", rule.dataset(), datasets.keySet()));
      return null;
    }
    Expectation.Kind kind = rule.expect().kind();
    if (kind == Expectation.Kind.NONE && rule.require().isPresent()) {
      issue(path + ".require", Text.of("expect: none では require は使えません（where が違反の行を選びます）",
          "expect: none takes no require: where selects the offending rows"));
    }
    if ((kind == Expectation.Kind.ALL || kind == Expectation.Kind.RATIO) && rule.require().isEmpty()) {
      issue(path, Text.of("expect: " + kind.name().toLowerCase(Locale.ROOT) + " には require が必要です",
          "expect: " + kind.name().toLowerCase(Locale.ROOT) + " needs require"));
    }
    if (kind == Expectation.Kind.NONE && rule.where().isEmpty()) {
      issue(path, Text.of("expect: none には where が必要です", "expect: none needs where"));
    }
    int before = issues.size();
    RowTest where = rule.where().isPresent() ? compile(rule.where().get(), ds, item, path + ".where") : null;
    RowTest require = rule.require().isPresent() ? compile(rule.require().get(), ds, item, path + ".require") : null;
    if (issues.size() > before) {
      return null;
    }
    Text description = rule.explain().isEmpty() ? RuleText.describe(rule, ds, where, require) : rule.explain();
    return new CompiledRule(itemIndex, ds.id(), where, require, rule.expect(), rule.whenEmpty(), description);
  }

  private @Nullable RowTest compile(Predicate p, DatasetSchema ds, Item item, String path) {
    switch (p.kind()) {
      case ALL: {
        List<RowTest> parts = compileAll(((Predicate.All) p).predicates(), ds, item, path + ".all");
        return parts == null ? null : new Tests.All(parts);
      }
      case ANY: {
        List<RowTest> parts = compileAll(((Predicate.Any) p).predicates(), ds, item, path + ".any");
        return parts == null ? null : new Tests.Any(parts);
      }
      case NOT: {
        RowTest inner = compile(((Predicate.Not) p).predicate(), ds, item, path + ".not");
        return inner == null ? null : new Tests.Not(inner);
      }
      case EXISTS:
        return compileExists((Predicate.Exists) p, ds, item, path + ".exists");
      case PRESENT: {
        Predicate.Present pr = (Predicate.Present) p;
        Column c = column(ds, pr.field(), path);
        return c == null ? null : new Tests.Present(c.name(), ds.indexOf(c.name()), pr.present());
      }
      case MATCHES:
        return compileMatches((Predicate.Matches) p, ds, path);
      case RECENCY:
        return compileRecency((Predicate.Recency) p, ds, item, path);
      case IN:
        return compileIn((Predicate.In) p, ds, path);
      case COMPARE:
        return compileCompare((Predicate.Compare) p, ds, item, path);
      default:
        throw new AssertionError(p.kind());
    }
  }

  private @Nullable List<RowTest> compileAll(List<Predicate> ps, DatasetSchema ds, Item item, String path) {
    if (ps.isEmpty()) {
      issue(path, Text.of("述語が1つ以上必要です", "expected at least one predicate"));
      return null;
    }
    List<RowTest> out = new ArrayList<>();
    boolean ok = true;
    for (int j = 0; j < ps.size(); j++) {
      RowTest t = compile(ps.get(j), ds, item, path + "[" + j + "]");
      ok &= t != null;
      out.add(t);
    }
    return ok ? out : null;
  }

  private @Nullable RowTest compileExists(Predicate.Exists e, DatasetSchema ds, Item item, String path) {
    DatasetSchema other = datasets.get(e.dataset());
    if (other == null) {
      issue(path + ".dataset", unknown("データセット", "dataset", e.dataset(), datasets.keySet()));
      return null;
    }
    if (other.id().equals(ds.id())) {
      issue(path + ".dataset", Text.of("exists は同じデータセットを参照できません", "exists cannot look into its own dataset"));
      return null;
    }
    if (e.on().isEmpty()) {
      issue(path + ".on", Text.of("on に列の対応が1つ以上必要です", "on needs at least one column pair"));
      return null;
    }
    int[] mine = new int[e.on().size()];
    int[] theirs = new int[e.on().size()];
    String[] names = new String[e.on().size()];
    int j = 0;
    boolean ok = true;
    for (Map.Entry<String, String> pair : e.on().entrySet()) {
      Column a = column(ds, pair.getKey(), path + ".on." + pair.getKey());
      Column b = column(other, pair.getValue(), path + ".on." + pair.getKey());
      if (a != null && b != null && !joinable(a.type(), b.type())) {
        issue(path + ".on." + pair.getKey(), Text.of(
            "結合する列の型が一致しません（" + a.type().id() + " と " + b.type().id() + "）",
            "joined columns must have the same type, were " + a.type().id() + " and " + b.type().id()));
        ok = false;
      }
      if (a == null || b == null) {
        ok = false;
      } else {
        mine[j] = ds.indexOf(a.name());
        theirs[j] = other.indexOf(b.name());
        names[j] = a.name();
      }
      j++;
    }
    RowTest where = e.where().isPresent() ? compile(e.where().get(), other, item, path + ".where") : null;
    if (!ok || (e.where().isPresent() && where == null)) {
      return null;
    }
    Set<String> needed = needs.get(ds.id());
    if (needed == null) {
      needed = new LinkedHashSet<>();
      needs.put(ds.id(), needed);
    }
    needed.add(other.id());
    // Tests that look into the same columns with the same filter (and the same parameter values it may
    // name) share one index.
    List<Integer> columns = new ArrayList<>();
    for (int t : theirs) {
      columns.add(t);
    }
    IndexKey key = new IndexKey(other.id(), columns, e.where(),
        e.where().isPresent() ? item.parameters() : List.of());
    Integer slot = indexSlots.get(key);
    if (slot == null) {
      indexes.add(new IndexSpec(indexes.size(), other.id(), theirs, where));
      slot = indexes.size() - 1;
      indexSlots.put(key, slot);
    }
    return new Tests.Exists(slot, mine, names, other.id(), where == null ? Text.EMPTY : where.describe());
  }

  private static boolean joinable(ColumnType a, ColumnType b) {
    boolean textA = a == ColumnType.STRING || a == ColumnType.ENUM;
    boolean textB = b == ColumnType.STRING || b == ColumnType.ENUM;
    return a != ColumnType.NETWORK && (a == b || (textA && textB)); // no join on source sets yet
  }

  private @Nullable RowTest compileMatches(Predicate.Matches m, DatasetSchema ds, String path) {
    Column c = column(ds, m.field(), path);
    if (c == null) {
      return null;
    }
    if (c.type() != ColumnType.STRING && c.type() != ColumnType.ENUM) {
      issue(path + ".matches", Text.of("matches は文字列か列挙の列にだけ使えます（" + c.name() + " は " + c.type().id() + "）",
          "matches needs a string or enum column, " + c.name() + " is " + c.type().id()));
      return null;
    }
    Regexes.Compiled r = Regexes.compile(m.regex(), limits.maxRegexLength(), regexAllowance);
    if (r.regex() == null) {
      issue(path + ".matches", java.util.Objects.requireNonNull(r.problem()));
      return null;
    }
    regexAllowance -= r.regex().size();
    return new Tests.Matches(c.name(), ds.indexOf(c.name()), r.regex());
  }

  private @Nullable RowTest compileRecency(Predicate.Recency r, DatasetSchema ds, Item item, String path) {
    String op = r.within() ? "within_days" : "older_than_days";
    Column c = column(ds, r.field(), path);
    if (c == null) {
      return null;
    }
    if (c.type() != ColumnType.DATE) {
      issue(path + "." + op, Text.of(op + " は日付の列にだけ使えます（" + c.name() + " は " + c.type().id() + "）",
          op + " needs a date column, " + c.name() + " is " + c.type().id()));
      return null;
    }
    Object days = switch (r.days().kind()) {
      case LITERAL -> ((Operand.Literal) r.days()).value();
      case PARAM -> param(item, ((Operand.Param) r.days()).name(), path + "." + op);
      case FIELD -> null;
    };
    if (r.days().kind() == Operand.Kind.FIELD) {
      issue(path + "." + op, Text.of(op + " には日数（整数かパラメータ）が必要です", op + " needs a number of days, a whole number or a parameter"));
      return null;
    }
    if (days == null) {
      return null;
    }
    if (!(days instanceof Long n) || n < 0) {
      issue(path + "." + op, Text.of("0 以上の整数の日数が必要ですが、" + days + " でした",
          "expected a whole number of days, 0 or more, found " + days));
      return null;
    }
    return new Tests.Recency(c.name(), ds.indexOf(c.name()), n, r.within());
  }

  private @Nullable RowTest compileIn(Predicate.In in, DatasetSchema ds, String path) {
    Column c = column(ds, in.field(), path);
    if (c == null) {
      return null;
    }
    String op = in.negated() ? "not_in" : "in";
    if (in.values().isEmpty()) {
      issue(path + "." + op, Text.of("値が1つ以上必要です", "expected at least one value"));
      return null;
    }
    Set<Object> values = new LinkedHashSet<>();
    List<String> shownJa = new ArrayList<>();
    List<String> shownEn = new ArrayList<>();
    for (int j = 0; j < in.values().size(); j++) {
      Object v = convert(in.values().get(j).value(), c, path + "." + op + "[" + j + "]");
      if (v == null) {
        return null;
      }
      if (v instanceof BigDecimal || (c.type() == ColumnType.DECIMAL)) {
        issue(path + "." + op, Text.of("in / not_in は小数の列には使えません", "in / not_in cannot be used on decimal columns"));
        return null;
      }
      values.add(v);
      shownJa.add(shown(c, v).ja());
      shownEn.add(shown(c, v).en());
    }
    return new Tests.In(c.name(), ds.indexOf(c.name()), values, in.negated(),
        Text.of(String.join("、", shownJa), String.join(", ", shownEn)));
  }

  private @Nullable RowTest compileCompare(Predicate.Compare cmp, DatasetSchema ds, Item item, String path) {
    Column c = column(ds, cmp.field(), path);
    if (c == null) {
      return null;
    }
    String op = cmp.op().id();
    String opPath = path + "." + op;
    boolean ordering = cmp.op() != Predicate.Op.EQ && cmp.op() != Predicate.Op.NE;
    if (ordering && !(c.type() == ColumnType.INTEGER || c.type() == ColumnType.DECIMAL || c.type() == ColumnType.DATE)) {
      issue(opPath, Text.of(op + " は整数・小数・日付の列にだけ使えます（" + c.name() + " は " + c.type().id() + "）",
          op + " needs an integer, decimal or date column, " + c.name() + " is " + c.type().id()));
      return null;
    }
    switch (cmp.operand().kind()) {
      case FIELD: {
        String otherName = ((Operand.Field) cmp.operand()).name();
        Column other = column(ds, otherName, opPath);
        if (other == null) {
          return null;
        }
        if (!comparable(c.type(), other.type())) {
          issue(opPath, Text.of("比較する列の型が合いません（" + c.type().id() + " と " + other.type().id() + "）",
              "cannot compare a " + c.type().id() + " column with a " + other.type().id() + " column"));
          return null;
        }
        return new Tests.CompareFields(c.name(), ds.indexOf(c.name()), cmp.op(), other.name(), ds.indexOf(other.name()));
      }
      case PARAM: {
        String name = ((Operand.Param) cmp.operand()).name();
        Object v = param(item, name, opPath);
        if (v == null) {
          return null;
        }
        Object typed = convert(v, c, opPath);
        return typed == null ? null
            : new Tests.CompareConstant(c.name(), ds.indexOf(c.name()), cmp.op(), typed, shown(c, typed));
      }
      default: {
        Object typed = convert(((Operand.Literal) cmp.operand()).value(), c, opPath);
        return typed == null ? null
            : new Tests.CompareConstant(c.name(), ds.indexOf(c.name()), cmp.op(), typed, shown(c, typed));
      }
    }
  }

  /**
   * A rule constant as a report shows it: an enum value by its Japanese label in Japanese (部長, not
   * department_head), by its stored value in English.
   */
  private static Text shown(Column c, Object v) {
    String plain = Values.show(v);
    for (EnumValue e : c.values()) {
      if (e.value().equals(v) && !e.label().ja().isEmpty()) {
        return Text.of(e.label().ja(), plain);
      }
    }
    return Text.of(plain, plain);
  }

  private static boolean comparable(ColumnType a, ColumnType b) {
    boolean numA = a == ColumnType.INTEGER || a == ColumnType.DECIMAL;
    boolean numB = b == ColumnType.INTEGER || b == ColumnType.DECIMAL;
    return a != ColumnType.NETWORK && (a == b || (numA && numB)); // no comparison of source sets yet
  }

  /** {@code v} in the type of column {@code c}, or null after its issue was recorded. */
  private @Nullable Object convert(Object v, Column c, String path) {
    Checked<Object> converted = literals.convert(v, c, path);
    issues.addAll(converted.issues());
    return converted.value();
  }

  private @Nullable Object param(Item item, String name, String path) {
    for (Parameter p : item.parameters()) {
      if (p.name().equals(name)) {
        return p.value();
      }
    }
    List<String> declared = item.parameters().stream().map(Parameter::name).toList();
    issue(path, unknown("パラメータ", "parameter", name, declared));
    return null;
  }

  private @Nullable Column column(DatasetSchema ds, String name, String path) {
    Column c = ds.column(name).orElse(null);
    if (c == null) {
      issue(path + ".field", Text.of(
          "データセット " + ds.id() + " に列「" + name + "」はありません。列: " + String.join(", ", columnNames(ds)),
          "dataset " + ds.id() + " has no column \"" + name + "\"; expected one of: "
              + String.join(", ", columnNames(ds))));
    }
    return c;
  }

  private static List<String> columnNames(DatasetSchema ds) {
    return ds.columns().stream().map(Column::name).toList();
  }

  // ---- messages ----------------------------------------------------------------------------------------

  private void issue(String path, Text message) {
    issues.add(new Issue(source, 0, 0, path, message));
  }

  private static Text duplicate(String kindJa, String kindEn, String id) {
    return Text.of(kindJa + "「" + id + "」が重複しています", "duplicate " + kindEn + " \"" + id + "\"");
  }

  private static Text unknown(String kindJa, String kindEn, String id, java.util.Collection<String> known) {
    String list = known.isEmpty() ? "(none)" : String.join(", ", known);
    return Text.of(kindJa + "「" + id + "」は定義されていません。定義済み: " + list,
        "unknown " + kindEn + " \"" + id + "\"; expected one of: " + list);
  }
}
