package dev.kizuki.examples.adversarial;

import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DataRule;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Item;
import dev.kizuki.Normalization;
import dev.kizuki.Operand;
import dev.kizuki.Predicate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The eight generators of the adversarial suite. Each first lists its finite domain of single mutations for
 * a case ({@code blanks}, {@code sources}, ...), which the broken-rule tests walk directly, then builds jqwik
 * arbitraries of variants from it.
 */
final class Generators {

  /** Vendor words and address forms that all mean "any source" (issue 13, "What was seen"). */
  static final List<String> ANY_SOURCE = List.of(
      "any", "ANY", "any4", "any6", "all", "*", "全て", "すべて", "制限なし", "0.0.0.0/0", "::/0",
      "0.0.0.0/0.0.0.0", "0.0.0.0 0.0.0.0", "0.0.0.0/1 128.0.0.0/1", "203.0.113.5/32 0.0.0.0/0",
      "198.51.100.0/24,0.0.0.0/0", "");

  /** Criticality below high, and blank. */
  static final List<String> LOWER_SCOPE = List.of("medium", "low", "");

  private static final Set<ColumnType> PARSED = EnumSet.of(
      ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.BOOLEAN, ColumnType.DATE, ColumnType.ENUM,
      ColumnType.NETWORK);

  private Generators() {}

  // ---- domains of single mutations ----

  /** 1. Every filled cell of a column that a guarded item's rule reads, blanked. */
  static List<Mutation> blanks(CaseWorld w) {
    Map<String, Set<String>> decisive = decisiveColumns(w);
    List<Mutation> out = new ArrayList<>();
    forEachCell(w.before, (ds, t, row, col) -> {
      if (decisive.getOrDefault(ds, Set.of()).contains(col) && !t.cell(row, col).isBlank()) {
        out.add(set("blank", ds, t, row, col, "", false));
      }
    });
    return out;
  }

  /** 2. Every cell of a source column (type network, or allowed_sources) set to each form of "any". */
  static List<Mutation> sources(CaseWorld w) {
    List<Mutation> out = new ArrayList<>();
    forEachCell(w.before, (ds, t, row, col) -> {
      Optional<Column> c = column(ds, col);
      if (c.isPresent() && (c.get().type() == ColumnType.NETWORK || col.equals("allowed_sources"))) {
        for (String form : ANY_SOURCE) {
          if (!form.equals(t.cell(row, col))) {
            out.add(set("any source", ds, t, row, col, form, false));
          }
        }
      }
    });
    return out;
  }

  /**
   * 3. Every filled cell respelled (case, full-width, half-width). For {@code after/} only cells the engine
   * promises to read the same however spelled: typed columns (parsed after NFKC) and identities with a
   * declared normalization; for {@code before/} every cell, plus a volume appended to storage ids.
   */
  static List<Mutation> respellings(CaseWorld w, boolean before) {
    List<Mutation> out = new ArrayList<>();
    forEachCell(before ? w.before : w.after, (ds, t, row, col) -> {
      String v = t.cell(row, col);
      if (v.isBlank() || ds.equals(CaseWorld.ANSWERS)) {
        return;
      }
      if (!before && !promisesSameReading(ds, col)) {
        return;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (Spellings s : Spellings.values()) {
        String spelled = s.apply(v);
        if (!spelled.equals(v) && seen.add(spelled)) {
          out.add(set(s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), ds, t, row, col, spelled, true));
        }
      }
      if (before && col.endsWith("storage_id")) {
        out.add(set("volume of the same device", ds, t, row, col, v + "/vol2", false));
      }
    });
    return out;
  }

  /** 5. Every criticality cell lowered to medium or low, or blanked. */
  static List<Mutation> scopes(CaseWorld w) {
    List<Mutation> out = new ArrayList<>();
    forEachCell(w.before, (ds, t, row, col) -> {
      if (col.equals("criticality")) {
        for (String v : LOWER_SCOPE) {
          if (!v.equals(t.cell(row, col))) {
            out.add(set(v.isEmpty() ? "scope blank" : "scope lowered", ds, t, row, col, v, false));
          }
        }
      }
    });
    return out;
  }

  /** 6. Every dataset of {@code before/} as its header only. */
  static List<Mutation> headerOnly(CaseWorld w) {
    return w.before.keySet().stream().map(ds -> (Mutation) new Mutation.HeaderOnly(ds)).toList();
  }

  /**
   * 8. On {@code after/}, for each {@code {outer: …}} comparison of a guarded item, each outer row's cell set
   * just beyond what its joined inner rows offer: availability above the SLA's, a recovery time below it
   * (case 2: a system whose own need its cloud service's SLA does not meet).
   */
  static List<Mutation> shortfalls(CaseWorld w) {
    List<Mutation> out = new ArrayList<>();
    for (String id : w.guarded()) {
      Optional<DataRule> rule = CaseWorld.NISC.checklist().item(id).orElseThrow().check().data();
      if (rule.isPresent()) {
        List<Predicate> all = new ArrayList<>();
        rule.get().where().ifPresent(all::add);
        rule.get().require().ifPresent(all::add);
        for (Predicate p : all) {
          forEachOuterComparison(p, (e, c) -> shortfalls(w, id, rule.get().dataset(), e, c, out));
        }
      }
    }
    return out;
  }

  private static void shortfalls(CaseWorld w, String item, String outerDs, Predicate.Exists e, Predicate.Compare c,
      List<Mutation> out) {
    Table outer = w.after.get(outerDs);
    Table inner = w.after.get(e.dataset());
    String need = ((Operand.Outer) c.operand()).name();
    if (outer == null || inner == null || outer.column(need) < 0) {
      return;
    }
    for (int r = 0; r < outer.rows().size(); r++) {
      for (int i = 0; i < inner.rows().size(); i++) {
        final int or = r;
        final int ir = i;
        boolean joined = e.on().entrySet().stream()
            .allMatch(on -> !outer.cell(or, on.getKey()).isBlank()
                && outer.cell(or, on.getKey()).equals(inner.cell(ir, on.getValue())));
        String offered = inner.cell(i, c.field());
        String beyond = joined && !offered.isBlank() ? beyond(offered, c.op()) : null;
        if (beyond != null) {
          String key = outer.cell(r, CaseWorld.NISC.checklist().dataset(outerDs).orElseThrow().key());
          out.add(new Mutation.Shortfall(item, outerDs, r, key, need, beyond));
        }
      }
    }
  }

  /** A need that {@code offered op need} does not meet, or null for an operator with no such number. */
  private static String beyond(String offered, Predicate.Op op) {
    java.math.BigDecimal v = new java.math.BigDecimal(offered);
    java.math.BigDecimal step = v.scale() <= 0 ? java.math.BigDecimal.ONE
        : java.math.BigDecimal.ONE.movePointLeft(v.scale() + 1);
    return switch (op) {
      case GE -> v.add(step).toPlainString(); // offered ≥ need fails when the need is a little more
      case GT -> v.toPlainString();
      case LE -> v.signum() > 0 ? v.subtract(java.math.BigDecimal.ONE).max(java.math.BigDecimal.ZERO).toPlainString()
          : null; // offered ≤ need fails when the need is shorter (whole hours)
      case LT -> v.toPlainString();
      default -> null;
    };
  }

  private interface OuterVisitor {
    void visit(Predicate.Exists exists, Predicate.Compare comparison);
  }

  /** Every comparison with an {@code {outer: …}} operand in the wheres of the exists in {@code p}. */
  private static void forEachOuterComparison(Predicate p, OuterVisitor v) {
    switch (p.kind()) {
      case ALL -> ((Predicate.All) p).predicates().forEach(q -> forEachOuterComparison(q, v));
      case ANY -> ((Predicate.Any) p).predicates().forEach(q -> forEachOuterComparison(q, v));
      case NOT -> forEachOuterComparison(((Predicate.Not) p).predicate(), v);
      case EXISTS -> {
        Predicate.Exists e = (Predicate.Exists) p;
        e.where().ifPresent(q -> comparisons(q, c -> {
          if (c.operand() instanceof Operand.Outer) {
            v.visit(e, c);
          }
        }));
      }
      default -> {
        // no exists below
      }
    }
  }

  private static void comparisons(Predicate p, java.util.function.Consumer<Predicate.Compare> f) {
    switch (p.kind()) {
      case COMPARE -> f.accept((Predicate.Compare) p);
      case ALL -> ((Predicate.All) p).predicates().forEach(q -> comparisons(q, f));
      case ANY -> ((Predicate.Any) p).predicates().forEach(q -> comparisons(q, f));
      case NOT -> comparisons(((Predicate.Not) p).predicate(), f);
      default -> {
        // only comparisons take an outer operand
      }
    }
  }

  // ---- arbitraries of variants ----

  /** One to three mutations of a domain on {@code after/} (the shortfalls). */
  static Arbitrary<Variant> onAfter(CaseWorld w, List<Mutation> domain) {
    if (domain.isEmpty()) {
      return Arbitraries.just(new Variant(w, false, List.of()));
    }
    return Arbitraries.of(domain).list().uniqueElements().ofMinSize(1).ofMaxSize(3)
        .map(ms -> new Variant(w, false, ms));
  }

  /**
   * One to three mutations of a domain on {@code before/}. "Yes" to every question is generator 7's own
   * dimension ({@link #yesEverywhere}), so a hole there shows in that property and not in all of them.
   */
  static Arbitrary<Variant> onBefore(CaseWorld w, List<Mutation> domain) {
    if (domain.isEmpty()) {
      return Arbitraries.just(new Variant(w, true, List.of()));
    }
    return Arbitraries.of(domain).list().uniqueElements().ofMinSize(1).ofMaxSize(3)
        .map(ms -> new Variant(w, true, ms));
  }

  /** 4. before/ among good copies of after/ (at least a thousand good rows), or after/ among them. */
  static Arbitrary<Variant> hidden(CaseWorld w, boolean before) {
    int perCopy = w.after.entrySet().stream()
        .filter(e -> !e.getKey().equals(CaseWorld.ANSWERS))
        .mapToInt(e -> e.getValue().rows().size())
        .sum();
    int least = Math.max(1, (1000 + perCopy - 1) / Math.max(1, perCopy));
    return Arbitraries.integers().between(least, 3 * least)
        .map(n -> new Variant(w, before, List.of(new Mutation.GoodCopies(n))));
  }

  /** 7. "yes" to every question, alone or with up to two blanks, lowered scopes or header-only datasets. */
  static Arbitrary<Variant> yesEverywhere(CaseWorld w) {
    List<Mutation> domain = new ArrayList<>(blanks(w));
    domain.addAll(scopes(w));
    domain.addAll(headerOnly(w));
    Arbitrary<List<Mutation>> some = domain.isEmpty()
        ? Arbitraries.just(List.of())
        : Arbitraries.of(domain).list().uniqueElements().ofMaxSize(2);
    return some.map(ms -> {
      List<Mutation> all = new ArrayList<>(ms);
      all.add(new Mutation.YesEverywhere());
      return new Variant(w, true, all);
    });
  }

  /** 3 on {@code after/}: one to three benign respellings. */
  static Arbitrary<Variant> respelledAfter(CaseWorld w) {
    List<Mutation> domain = respellings(w, false);
    if (domain.isEmpty()) {
      return Arbitraries.just(new Variant(w, false, List.of()));
    }
    return Arbitraries.of(domain).list().uniqueElements().ofMinSize(1).ofMaxSize(3)
        .map(ms -> new Variant(w, false, ms));
  }

  // ---- helpers ----

  /** The columns each dataset's rules of the case's guarded items read (where, require, joins). */
  static Map<String, Set<String>> decisiveColumns(CaseWorld w) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String id : w.guarded()) {
      Item item = CaseWorld.NISC.checklist().item(id).orElseThrow();
      Optional<DataRule> rule = item.check().data();
      if (rule.isPresent()) {
        rule.get().where().ifPresent(p -> fields(rule.get().dataset(), p, out));
        rule.get().require().ifPresent(p -> fields(rule.get().dataset(), p, out));
      }
    }
    return out;
  }

  /** The columns any rule of the checklist joins on (both sides of every exists' {@code on}). */
  static Map<String, Set<String>> joinColumns() {
    Map<String, Set<String>> all = new LinkedHashMap<>();
    for (Item item : CaseWorld.NISC.checklist().items()) {
      item.check().data().ifPresent(rule -> {
        rule.where().ifPresent(p -> fields(rule.dataset(), p, all, true));
        rule.require().ifPresent(p -> fields(rule.dataset(), p, all, true));
      });
    }
    return all;
  }

  private static void fields(String ds, Predicate p, Map<String, Set<String>> out) {
    fields(ds, p, out, false);
  }

  private static void fields(String ds, Predicate p, Map<String, Set<String>> out, boolean joinsOnly) {
    fields(ds, "", p, out, joinsOnly);
  }

  /**
   * The columns {@code p} reads, or with {@code joinsOnly} only those it joins on; {@code outer} is the
   * dataset an {@code {outer: …}} operand reads (the looking-up one, inside an exists).
   */
  private static void fields(String ds, String outer, Predicate p, Map<String, Set<String>> out,
      boolean joinsOnly) {
    if (joinsOnly && p.kind() != Predicate.Kind.ALL && p.kind() != Predicate.Kind.ANY
        && p.kind() != Predicate.Kind.NOT && p.kind() != Predicate.Kind.EXISTS) {
      return;
    }
    switch (p.kind()) {
      case COMPARE -> {
        Predicate.Compare c = (Predicate.Compare) p;
        add(out, ds, c.field());
        if (c.operand() instanceof Operand.Field f) {
          add(out, ds, f.name());
        }
        if (c.operand() instanceof Operand.Outer o) {
          add(out, outer, o.name());
        }
      }
      case IN -> add(out, ds, ((Predicate.In) p).field());
      case PRESENT -> add(out, ds, ((Predicate.Present) p).field());
      case MATCHES -> add(out, ds, ((Predicate.Matches) p).field());
      case RECENCY -> add(out, ds, ((Predicate.Recency) p).field());
      case ALL -> ((Predicate.All) p).predicates().forEach(q -> fields(ds, outer, q, out, joinsOnly));
      case ANY -> ((Predicate.Any) p).predicates().forEach(q -> fields(ds, outer, q, out, joinsOnly));
      case NOT -> fields(ds, outer, ((Predicate.Not) p).predicate(), out, joinsOnly);
      case EXISTS -> {
        Predicate.Exists e = (Predicate.Exists) p;
        e.on().forEach((mine, theirs) -> {
          add(out, ds, mine);
          add(out, e.dataset(), theirs);
        });
        e.where().ifPresent(q -> fields(e.dataset(), ds, q, out, joinsOnly));
      }
    }
  }

  private static void add(Map<String, Set<String>> out, String ds, String column) {
    out.computeIfAbsent(ds, k -> new LinkedHashSet<>()).add(column);
  }

  private static boolean promisesSameReading(String ds, String col) {
    return column(ds, col).map(c -> PARSED.contains(c.type()) || c.normalize() != Normalization.EXACT)
        .orElse(false);
  }

  private static Optional<Column> column(String ds, String col) {
    return CaseWorld.NISC.checklist().dataset(ds).flatMap(s -> s.column(col));
  }

  private static Mutation set(String what, String ds, Table t, int row, String col, String value, boolean benign) {
    String key = CaseWorld.NISC.checklist().dataset(ds).map(DatasetSchema::key).map(k -> t.cell(row, k))
        .orElse("?");
    return new Mutation.SetCell(what, ds, row, key, col, value, benign);
  }

  private interface CellVisitor {
    void visit(String dataset, Table table, int row, String column);
  }

  private static void forEachCell(Map<String, Table> tables, CellVisitor v) {
    tables.forEach((ds, t) -> {
      for (int r = 0; r < t.rows().size(); r++) {
        for (String col : t.header()) {
          v.visit(ds, t, r, col);
        }
      }
    });
  }
}
