package dev.kizuki.internal.engine;

import static dev.kizuki.internal.engine.CompileMessages.unknown;

import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DataRule;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.Expectation;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.Limits;
import dev.kizuki.Normalization;
import dev.kizuki.Operand;
import dev.kizuki.Parameter;
import dev.kizuki.Predicate;
import dev.kizuki.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compiles an item's data rule, and the predicates in it, against the dataset schemas into {@link
 * CompiledRule} and {@link RowTest} objects. Every step gives a {@link Checked}: the compiled value, or each
 * issue found with the checklist path it is at. Parts of a failed predicate are still compiled, so that one
 * load reports every problem. One instance per compilation (it spends one regex allowance across all rules
 * and registers {@code exists} indexes in one {@link IndexPlan}); not thread-safe.
 */
final class RuleCompiler {
  private final Map<String, DatasetSchema> datasets;
  private final Limits limits;
  private final IndexPlan indexes;
  private final String source;
  private final Literals literals;
  /** What is left of the instructions all this checklist's regexes may compile to (see Regexes). */
  private long regexAllowance = Regexes.MAX_TOTAL_PROGRAM_SIZE;

  RuleCompiler(Map<String, DatasetSchema> datasets, Limits limits, IndexPlan indexes, String source) {
    this.datasets = datasets;
    this.limits = limits;
    this.indexes = indexes;
    this.source = source;
    this.literals = new Literals(source);
  }

  /** The data rule of item {@code itemIndex}, at {@code checkPath} (such as {@code items[3].check}). */
  Checked<CompiledRule> rule(int itemIndex, Item item, DataRule rule, String checkPath) {
    String path = checkPath + ".data";
    DatasetSchema ds = datasets.get(rule.dataset());
    if (ds == null) {
      return fail(path + ".dataset", unknown("データセット", "dataset", rule.dataset(), datasets.keySet()));
    }
    List<Issue> issues = new ArrayList<>();
    Expectation.Kind kind = rule.expect().kind();
    if (kind == Expectation.Kind.NONE && rule.require().isPresent()) {
      issues.add(issue(path + ".require", CompileMessages.noneTakesNoRequire()));
    }
    if ((kind == Expectation.Kind.ALL || kind == Expectation.Kind.RATIO) && rule.require().isEmpty()) {
      issues.add(issue(path, CompileMessages.needsRequire(kind.name().toLowerCase(Locale.ROOT))));
    }
    if (kind == Expectation.Kind.NONE && rule.where().isEmpty()) {
      issues.add(issue(path, CompileMessages.noneNeedsWhere()));
    }
    Optional<Checked<Column>> distinct =
        rule.expect().distinct().map(name -> columnAt(ds, name, path + ".expect.distinct"));
    distinct.ifPresent(d -> issues.addAll(d.issues()));
    Optional<Checked<RowTest>> where = rule.where().map(p -> predicate(p, ds, item, path + ".where"));
    Optional<Checked<RowTest>> require = rule.require().map(p -> predicate(p, ds, item, path + ".require"));
    where.ifPresent(w -> issues.addAll(w.issues()));
    require.ifPresent(r -> issues.addAll(r.issues()));
    if (!issues.isEmpty()) {
      return Checked.failed(issues);
    }
    @Nullable RowTest w = compiled(where);
    @Nullable RowTest r = compiled(require);
    Text description = rule.explain().isEmpty() ? RuleText.describe(rule, ds, w, r) : rule.explain();
    @Nullable Column d = distinct.flatMap(Checked::value).orElse(null);
    return Checked.of(new CompiledRule(itemIndex, ds.id(), w, r, rule.expect(), rule.whenEmpty(), description,
        d == null ? -1 : ds.indexOf(d.name()), d == null ? Normalization.EXACT : d.normalize()));
  }

  /** Predicate {@code p} over the rows of {@code ds}, at {@code path}. */
  Checked<RowTest> predicate(Predicate p, DatasetSchema ds, Item item, String path) {
    return switch (p.kind()) {
      case ALL -> all(((Predicate.All) p).predicates(), ds, item, path + ".all").map(Tests.All::new);
      case ANY -> all(((Predicate.Any) p).predicates(), ds, item, path + ".any").map(Tests.Any::new);
      case NOT -> predicate(((Predicate.Not) p).predicate(), ds, item, path + ".not").map(Tests.Not::new);
      case EXISTS -> exists((Predicate.Exists) p, ds, item, path + ".exists");
      case PRESENT -> {
        Predicate.Present pr = (Predicate.Present) p;
        yield column(ds, pr.field(), path).map(c -> new Tests.Present(c.name(), ds.indexOf(c.name()), pr.present()));
      }
      case MATCHES -> {
        Predicate.Matches m = (Predicate.Matches) p;
        yield column(ds, m.field(), path).then(c -> matches(m, c, ds, path));
      }
      case RECENCY -> {
        Predicate.Recency r = (Predicate.Recency) p;
        yield column(ds, r.field(), path).then(c -> recency(r, c, ds, item, path));
      }
      case IN -> {
        Predicate.In in = (Predicate.In) p;
        yield column(ds, in.field(), path).then(c -> in(in, c, ds, path));
      }
      case COMPARE -> {
        Predicate.Compare cmp = (Predicate.Compare) p;
        yield column(ds, cmp.field(), path).then(c -> compare(cmp, c, ds, item, path));
      }
      case ALLOWS -> {
        Predicate.Allows a = (Predicate.Allows) p;
        yield column(ds, a.field(), path).then(c -> allows(a, c, ds, item, path));
      }
    };
  }

  /** Every one of {@code ps}, compiled even after one fails, so that all their issues are reported. */
  private Checked<List<RowTest>> all(List<Predicate> ps, DatasetSchema ds, Item item, String path) {
    if (ps.isEmpty()) {
      return fail(path, CompileMessages.noPredicate());
    }
    List<RowTest> out = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    for (int j = 0; j < ps.size(); j++) {
      Checked<RowTest> t = predicate(ps.get(j), ds, item, path + "[" + j + "]");
      t.value().ifPresent(out::add);
      issues.addAll(t.issues());
    }
    return issues.isEmpty() ? Checked.of(out) : Checked.failed(issues);
  }

  private Checked<RowTest> exists(Predicate.Exists e, DatasetSchema ds, Item item, String path) {
    DatasetSchema other = datasets.get(e.dataset());
    if (other == null) {
      return fail(path + ".dataset", unknown("データセット", "dataset", e.dataset(), datasets.keySet()));
    }
    if (other.id().equals(ds.id())) {
      return fail(path + ".dataset", CompileMessages.existsOwnDataset());
    }
    if (e.on().isEmpty()) {
      return fail(path + ".on", CompileMessages.existsNeedsOn());
    }
    int[] mine = new int[e.on().size()];
    int[] theirs = new int[e.on().size()];
    Normalization[] forms = new Normalization[e.on().size()];
    String[] names = new String[e.on().size()];
    List<Issue> issues = new ArrayList<>();
    int j = 0;
    for (Map.Entry<String, String> pair : e.on().entrySet()) {
      String pairPath = path + ".on." + pair.getKey();
      Checked<Column> a = column(ds, pair.getKey(), pairPath);
      Checked<Column> b = column(other, pair.getValue(), pairPath);
      issues.addAll(a.issues());
      issues.addAll(b.issues());
      if (a.ok() && b.ok()) {
        Column ca = a.value().orElseThrow();
        Column cb = b.value().orElseThrow();
        if (!joinable(ca.type(), cb.type())) {
          issues.add(issue(pairPath, CompileMessages.joinTypes(ca.type().id(), cb.type().id())));
        }
        Checked<Normalization> form = form(ca, cb, pairPath);
        issues.addAll(form.issues());
        forms[j] = form.value().orElse(Normalization.EXACT);
        mine[j] = ds.indexOf(ca.name());
        theirs[j] = other.indexOf(cb.name());
        names[j] = ca.name();
      }
      j++;
    }
    Optional<Checked<Split>> where = e.where().map(p -> split(p, other, ds, item, path + ".where"));
    where.ifPresent(w -> issues.addAll(w.issues()));
    if (!issues.isEmpty()) {
      return Checked.failed(issues);
    }
    Split w = where.flatMap(Checked::value).orElse(Split.NONE);
    int slot = indexes.slot(ds.id(), other.id(), theirs, forms, e.where(), w.independent, w.capture,
        item.parameters());
    return Checked.of(new Tests.Exists(slot, mine, forms, names, other.id(), w.describe(), w.dependent));
  }

  /**
   * An exists condition cut in two: the part the index can decide while the inner dataset streams, and the
   * part that reads the outer row ({@code {outer: …}}), with the cells of each inner row it needs kept.
   */
  private record Split(@Nullable RowTest independent, Correlated.@Nullable Test dependent,
      Correlated.@Nullable Capture capture) {
    static final Split NONE = new Split(null, null, null);

    Text describe() {
      Text a = independent == null ? Text.EMPTY : independent.describe();
      Text b = dependent == null ? Text.EMPTY : dependent.describe();
      return a.isEmpty() ? b : b.isEmpty() ? a
          : Text.of(a.ja() + "、かつ " + b.ja(), a.en() + " and " + b.en());
    }
  }

  /**
   * The condition {@code p} of an exists into {@code inner} from {@code outer}: as today when it does not
   * read the outer row; otherwise the conjuncts of a top-level {@code all} that do not read it decide while
   * {@code inner} streams, and the rest (or all of {@code p}) waits for the outer row.
   */
  private Checked<Split> split(Predicate p, DatasetSchema inner, DatasetSchema outer, Item item, String path) {
    if (!readsOuter(p)) {
      return predicate(p, inner, item, path).map(t -> new Split(t, null, null));
    }
    Correlated.Capture capture = new Correlated.Capture();
    if (p.kind() != Predicate.Kind.ALL) {
      return correlated(p, inner, outer, item, path, capture).map(d -> new Split(null, d, capture));
    }
    List<Predicate> ps = ((Predicate.All) p).predicates();
    List<RowTest> alone = new ArrayList<>();
    List<Correlated.Test> paired = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    for (int j = 0; j < ps.size(); j++) {
      String partPath = path + ".all[" + j + "]";
      if (readsOuter(ps.get(j))) {
        Checked<Correlated.Test> t = correlated(ps.get(j), inner, outer, item, partPath, capture);
        t.value().ifPresent(paired::add);
        issues.addAll(t.issues());
      } else {
        Checked<RowTest> t = predicate(ps.get(j), inner, item, partPath);
        t.value().ifPresent(alone::add);
        issues.addAll(t.issues());
      }
    }
    if (!issues.isEmpty()) {
      return Checked.failed(issues);
    }
    return Checked.of(new Split(alone.isEmpty() ? null : alone.size() == 1 ? alone.get(0) : new Tests.All(alone),
        paired.size() == 1 ? paired.get(0) : new Correlated.All(paired), capture));
  }

  /** Whether {@code p} compares with the outer row; an exists inside it has an outer row of its own. */
  private static boolean readsOuter(Predicate p) {
    return switch (p.kind()) {
      case COMPARE -> ((Predicate.Compare) p).operand().kind() == Operand.Kind.OUTER;
      case ALL -> ((Predicate.All) p).predicates().stream().anyMatch(RuleCompiler::readsOuter);
      case ANY -> ((Predicate.Any) p).predicates().stream().anyMatch(RuleCompiler::readsOuter);
      case NOT -> readsOuter(((Predicate.Not) p).predicate());
      default -> false;
    };
  }

  /** A part of an exists condition that reads the outer row, its inner-only tests kept as results. */
  private Checked<Correlated.Test> correlated(Predicate p, DatasetSchema inner, DatasetSchema outer, Item item,
      String path, Correlated.Capture capture) {
    if (!readsOuter(p)) {
      return predicate(p, inner, item, path).map(t -> new Correlated.Result(capture.result(t), t.describe()));
    }
    return switch (p.kind()) {
      case ALL -> correlatedAll(((Predicate.All) p).predicates(), inner, outer, item, path + ".all", capture)
          .map(Correlated.All::new);
      case ANY -> correlatedAll(((Predicate.Any) p).predicates(), inner, outer, item, path + ".any", capture)
          .map(Correlated.Any::new);
      case NOT -> correlated(((Predicate.Not) p).predicate(), inner, outer, item, path + ".not", capture)
          .map(Correlated.Not::new);
      default -> outerCompare((Predicate.Compare) p, inner, outer, path, capture);
    };
  }

  private Checked<List<Correlated.Test>> correlatedAll(List<Predicate> ps, DatasetSchema inner, DatasetSchema outer,
      Item item, String path, Correlated.Capture capture) {
    List<Correlated.Test> out = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    for (int j = 0; j < ps.size(); j++) {
      Checked<Correlated.Test> t = correlated(ps.get(j), inner, outer, item, path + "[" + j + "]", capture);
      t.value().ifPresent(out::add);
      issues.addAll(t.issues());
    }
    return issues.isEmpty() ? Checked.of(out) : Checked.failed(issues);
  }

  /** {@code field op {outer: column}}: the types and text forms of a comparison of two fields. */
  private Checked<Correlated.Test> outerCompare(Predicate.Compare cmp, DatasetSchema inner, DatasetSchema outer,
      String path, Correlated.Capture capture) {
    String opPath = path + "." + cmp.op().id();
    String name = ((Operand.Outer) cmp.operand()).name();
    return column(inner, cmp.field(), path).then(c -> ordering(cmp, c, opPath).then(ok -> {
      Optional<Column> o = outer.column(name);
      if (o.isEmpty()) {
        return fail(opPath + ".outer",
            CompileMessages.noColumn(outer.id(), name, outer.columns().stream().map(Column::name).toList()));
      }
      Column oc = o.get();
      return comparable(c.type(), oc.type())
          ? form(c, oc, opPath).map(f -> new Correlated.Compare(c.name(), capture.cell(inner.indexOf(c.name())),
              cmp.op(), outer.id(), oc.name(), outer.indexOf(oc.name()), f))
          : fail(opPath, CompileMessages.compareTypes(c.type().id(), oc.type().id()));
    }));
  }

  /** Column {@code c} if {@code cmp}'s operator can compare it: ordering needs a number or a date. */
  private Checked<Column> ordering(Predicate.Compare cmp, Column c, String opPath) {
    boolean ordering = cmp.op() != Predicate.Op.EQ && cmp.op() != Predicate.Op.NE;
    if (ordering && !(c.type() == ColumnType.INTEGER || c.type() == ColumnType.DECIMAL || c.type() == ColumnType.DATE)) {
      return fail(opPath, CompileMessages.orderingType(cmp.op().id(), c.name(), c.type().id()));
    }
    return Checked.of(c);
  }

  private Checked<RowTest> matches(Predicate.Matches m, Column c, DatasetSchema ds, String path) {
    if (c.type() != ColumnType.STRING && c.type() != ColumnType.ENUM) {
      return fail(path + ".matches", CompileMessages.matchesType(c.name(), c.type().id()));
    }
    Regexes.Compiled r = Regexes.compile(m.regex(), limits.maxRegexLength(), regexAllowance);
    Regexes.Regex regex = r.regex();
    if (regex == null) {
      return fail(path + ".matches", java.util.Objects.requireNonNull(r.problem()));
    }
    regexAllowance -= regex.size();
    return Checked.of(new Tests.Matches(c.name(), ds.indexOf(c.name()), regex, c.normalize()));
  }

  private Checked<RowTest> recency(Predicate.Recency r, Column c, DatasetSchema ds, Item item, String path) {
    String op = r.within() ? "within_days" : "older_than_days";
    String opPath = path + "." + op;
    if (c.type() != ColumnType.DATE) {
      return fail(opPath, CompileMessages.recencyType(op, c.name(), c.type().id()));
    }
    Checked<Object> days = constant(r.days(), item, opPath, CompileMessages.recencyNeedsDays(op));
    return days.then(d -> d instanceof Long n && n >= 0
        ? Checked.<RowTest>of(new Tests.Recency(c.name(), ds.indexOf(c.name()), n, r.within()))
        : fail(opPath, CompileMessages.badDays(d)));
  }

  private Checked<RowTest> in(Predicate.In in, Column c, DatasetSchema ds, String path) {
    String op = in.negated() ? "not_in" : "in";
    String opPath = path + "." + op;
    if (in.values().isEmpty()) {
      return fail(opPath, CompileMessages.inNeedsValues());
    }
    Set<Object> values = new LinkedHashSet<>();
    List<String> shownJa = new ArrayList<>();
    List<String> shownEn = new ArrayList<>();
    for (int j = 0; j < in.values().size(); j++) {
      Checked<Object> converted = literals.convert(in.values().get(j).value(), c, opPath + "[" + j + "]");
      if (!converted.ok()) {
        return Checked.failed(converted.issues());
      }
      Object v = converted.value().orElseThrow();
      if (v instanceof BigDecimal || c.type() == ColumnType.DECIMAL) {
        return fail(opPath, CompileMessages.inOnDecimal());
      }
      values.add(v);
      shownJa.add(shown(c, v).ja());
      shownEn.add(shown(c, v).en());
    }
    return Checked.of(new Tests.In(c.name(), ds.indexOf(c.name()), values, in.negated(),
        Text.of(String.join("、", shownJa), String.join(", ", shownEn)), c.normalize()));
  }

  private Checked<RowTest> compare(Predicate.Compare cmp, Column c, DatasetSchema ds, Item item, String path) {
    String opPath = path + "." + cmp.op().id();
    Checked<Column> ordered = ordering(cmp, c, opPath);
    if (!ordered.ok()) {
      return Checked.failed(ordered.issues());
    }
    if (cmp.operand().kind() == Operand.Kind.OUTER) {
      return fail(opPath + ".outer", CompileMessages.outerOutsideExists());
    }
    if (cmp.operand().kind() == Operand.Kind.FIELD) {
      return column(ds, ((Operand.Field) cmp.operand()).name(), opPath).then(other -> comparable(c.type(), other.type())
          ? form(c, other, opPath).map(form -> new Tests.CompareFields(c.name(), ds.indexOf(c.name()), cmp.op(),
              other.name(), ds.indexOf(other.name()), form))
          : fail(opPath, CompileMessages.compareTypes(c.type().id(), other.type().id())));
    }
    Checked<Object> constant = cmp.operand().kind() == Operand.Kind.PARAM
        ? param(item, ((Operand.Param) cmp.operand()).name(), opPath)
        : Checked.of(((Operand.Literal) cmp.operand()).value());
    return constant.then(v -> literals.convert(v, c, opPath)).map(typed ->
        new Tests.CompareConstant(c.name(), ds.indexOf(c.name()), cmp.op(), typed, shown(c, typed), c.normalize()));
  }

  private Checked<RowTest> allows(Predicate.Allows a, Column c, DatasetSchema ds, Item item, String path) {
    String op = a.breadth().id();
    String opPath = path + "." + op;
    if (c.type() != ColumnType.NETWORK) {
      return fail(opPath, CompileMessages.allowsType(op, c.name(), c.type().id()));
    }
    Checked<Object> value = constant(a.operand(), item, opPath, CompileMessages.allowsNeedsConstant(op));
    int index = ds.indexOf(c.name());
    return value.then(v -> switch (a.breadth()) {
      case ANY -> v instanceof Boolean b
          ? Checked.<RowTest>of(new Tests.Allows(c.name(), index, a.breadth(), b, 0))
          : fail(opPath, CompileMessages.allowsAnyValue(v));
      case MORE_THAN -> v instanceof Long n && n >= 0
          ? Checked.<RowTest>of(new Tests.Allows(c.name(), index, a.breadth(), true, n))
          : fail(opPath, CompileMessages.allowsCount(v));
    });
  }

  /**
   * The form two columns compare in as identities (a join pair, {@code a ne: {field: b}}): the one they share;
   * where one is left {@code exact} (the default), the other's declared form, as the checklist asked for it on
   * one side; two different declared forms are a load error, as neither reading is the checklist's.
   */
  private Checked<Normalization> form(Column a, Column b, String path) {
    if (a.normalize() == b.normalize() || b.normalize() == Normalization.EXACT) {
      return Checked.of(a.normalize());
    }
    if (a.normalize() == Normalization.EXACT) {
      return Checked.of(b.normalize());
    }
    return fail(path, CompileMessages.normalizeClash(a.name(), a.normalize().id(), b.name(), b.normalize().id()));
  }

  private static boolean joinable(ColumnType a, ColumnType b) {
    boolean textA = a == ColumnType.STRING || a == ColumnType.ENUM;
    boolean textB = b == ColumnType.STRING || b == ColumnType.ENUM;
    return a != ColumnType.NETWORK && (a == b || (textA && textB)); // no join on source sets yet
  }

  private static boolean comparable(ColumnType a, ColumnType b) {
    boolean numA = a == ColumnType.INTEGER || a == ColumnType.DECIMAL;
    boolean numB = b == ColumnType.INTEGER || b == ColumnType.DECIMAL;
    return a != ColumnType.NETWORK && (a == b || (numA && numB)); // no comparison of source sets yet
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

  /** An operand that must be a literal or a parameter; a field is the issue {@code noField}. */
  private Checked<Object> constant(Operand o, Item item, String path, Text noField) {
    return switch (o.kind()) {
      case LITERAL -> Checked.of(((Operand.Literal) o).value());
      case PARAM -> param(item, ((Operand.Param) o).name(), path);
      case FIELD, OUTER -> fail(path, noField);
    };
  }

  private Checked<Object> param(Item item, String name, String path) {
    for (Parameter p : item.parameters()) {
      if (p.name().equals(name)) {
        return Checked.of(p.value());
      }
    }
    List<String> declared = item.parameters().stream().map(Parameter::name).toList();
    return fail(path, unknown("パラメータ", "parameter", name, declared));
  }

  private Checked<Column> column(DatasetSchema ds, String name, String path) {
    return columnAt(ds, name, path + ".field");
  }

  /** Column {@code name} of {@code ds}, or an issue at exactly {@code path}. */
  private Checked<Column> columnAt(DatasetSchema ds, String name, String path) {
    Optional<Column> c = ds.column(name);
    return c.isPresent() ? Checked.of(c.get()) : fail(path,
        CompileMessages.noColumn(ds.id(), name, ds.columns().stream().map(Column::name).toList()));
  }

  /** The compiled predicate of a part that may be absent; only called once every part compiled. */
  private static @Nullable RowTest compiled(Optional<Checked<RowTest>> part) {
    return part.flatMap(Checked::value).orElse(null);
  }

  private Issue issue(String path, Text message) {
    return CompileMessages.at(source, path, message);
  }

  private <T> Checked<T> fail(String path, Text message) {
    return Checked.failed(issue(path, message));
  }
}
