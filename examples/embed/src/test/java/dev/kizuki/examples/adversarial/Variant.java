package dev.kizuki.examples.adversarial;

import dev.kizuki.Assessment;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.DataRule;
import dev.kizuki.Expectation;
import dev.kizuki.Item;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A replay's {@code before/} or {@code after/} tables with mutations applied, and the property every variant
 * must keep ({@link #violations}). Its {@code toString} lists the mutations, which is what jqwik shows for a
 * shrunk failure.
 */
record Variant(CaseWorld world, boolean before, List<Mutation> mutations) {

  Variant {
    mutations = List.copyOf(mutations);
  }

  Map<String, Table> tables() {
    Map<String, Table> t = before ? world.before : world.after;
    for (Mutation m : mutations) {
      t = m.apply(world, t);
    }
    return t;
  }

  /**
   * What breaks the property, empty when it holds. For {@code before/}: every guarded item that comes out
   * PASS, except where the variant itself hands the item to the answer honestly (see {@link #answerMayCarry}) or
   * where good rows added by the variant meet an existence rule (AT_LEAST: one good row is what it asks). For
   * {@code after/} with only benign mutations: every {@code after.pass} item that is no longer PASS; with
   * shortfalls ({@link Mutation.Shortfall}): every item a shortfall targets that still comes out PASS.
   */
  List<String> violations(CompiledChecklist checklist) {
    Map<String, Table> tables = tables();
    Assessment a = CaseWorld.assess(checklist, tables);
    List<String> out = new ArrayList<>();
    if (before) {
      for (String id : world.guarded()) {
        ItemResult r = result(a, id);
        if (r.outcome() == Outcome.PASS && !exempt(r.item(), tables)) {
          out.add(id + " PASS (" + r.reason().en() + ")");
        }
      }
    } else {
      List<Mutation.Shortfall> shortfalls = mutations.stream().filter(m -> m instanceof Mutation.Shortfall)
          .map(m -> (Mutation.Shortfall) m).toList();
      if (!mutations.stream().allMatch(m -> m.benign() || m instanceof Mutation.Shortfall)) {
        throw new IllegalStateException("an after/ variant takes only benign mutations and shortfalls: " + this);
      }
      for (Mutation.Shortfall s : shortfalls) {
        ItemResult r = result(a, s.item());
        if (r.outcome() == Outcome.PASS) {
          out.add(s.item() + " PASS short of the need (" + r.reason().en() + ")");
        }
      }
      if (!shortfalls.isEmpty()) {
        return out;
      }
      for (String id : world.ids("after.pass")) {
        ItemResult r = result(a, id);
        if (r.outcome() != Outcome.PASS) {
          out.add(id + " " + r.outcome() + " (" + r.reason().en() + ")");
        }
      }
    }
    return out;
  }

  private boolean exempt(Item item, Map<String, Table> tables) {
    Optional<DataRule> rule = item.check().data();
    boolean yes = mutations.stream().anyMatch(m -> m instanceof Mutation.YesEverywhere);
    boolean copies = mutations.stream().anyMatch(m -> m instanceof Mutation.GoodCopies);
    if (yes && answerMayCarry(rule, tables)) {
      return true;
    }
    return copies && rule.isPresent() && rule.get().expect().kind() == Expectation.Kind.AT_LEAST;
  }

  /**
   * A "yes" may stand for the item when the item has no data rule (a question only: the answer is the only
   * evidence there can be) or when its dataset has no rows at all (the data is absent; issue 13, point 1).
   * Never when rows exist: then a blank decisive cell must not hand the verdict to the answer.
   */
  private static boolean answerMayCarry(Optional<DataRule> rule, Map<String, Table> tables) {
    if (rule.isEmpty()) {
      return true;
    }
    Table t = tables.get(rule.get().dataset());
    return t == null || t.rows().isEmpty();
  }

  private static ItemResult result(Assessment a, String id) {
    return a.item(id).orElseThrow(() -> new AssertionError("no item " + id));
  }

  @Override
  public String toString() {
    String what = mutations.isEmpty()
        ? "unchanged"
        : mutations.stream().map(Mutation::toString).collect(Collectors.joining("; "));
    return world.id + (before ? "/before" : "/after") + ": " + what;
  }
}
