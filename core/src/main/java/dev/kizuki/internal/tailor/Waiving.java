package dev.kizuki.internal.tailor;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.Basis;
import dev.kizuki.CategoryResult;
import dev.kizuki.Check;
import dev.kizuki.Checklist;
import dev.kizuki.ChecklistException;
import dev.kizuki.Column;
import dev.kizuki.DataRule;
import dev.kizuki.Evidence;
import dev.kizuki.Inputs;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.ItemResult;
import dev.kizuki.Operand;
import dev.kizuki.Outcome;
import dev.kizuki.Predicate;
import dev.kizuki.Tailoring;
import dev.kizuki.Text;
import dev.kizuki.Waiver;
import dev.kizuki.WaiverReport;
import dev.kizuki.WaiverReport.Status;
import dev.kizuki.Waivers;
import dev.kizuki.internal.engine.Compiler;
import dev.kizuki.internal.engine.Engine;
import dev.kizuki.internal.engine.Rescore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Applies waivers to an honest assessment. The honest figures change only for a waiver that says not to
 * evaluate its item (the item becomes UNKNOWN, never a pass); the figures with waivers leave out waived items
 * and judge row-waived items on their other rows. Rows are waived by running the engine once more over only
 * the row-waived items, each with its rule's {@code where} narrowed to rows whose key is not waived, so the
 * engine's verdict logic is reused, not copied. Stateless.
 */
public final class Waiving {
  private Waiving() {}

  /**
   * @throws ChecklistException if a waiver names an item the checklist (before tailoring) lacks, waives rows
   *     of an item without a data rule, or names a row key that cannot be a key of that dataset
   */
  public static Assessment apply(Assessment honest, Inputs inputs, AssessmentOptions options,
      Optional<Tailoring> tailoring) {
    Waivers waivers = options.waivers();
    if (waivers.isEmpty() && waivers.source().isEmpty()) {
      return honest;
    }
    Checklist checklist = honest.checklist();
    LocalDate asOf = honest.asOf();
    List<Issue> issues = new ArrayList<>();
    Map<String, Status> status = new HashMap<>();
    for (Waiver w : waivers.waivers()) {
      boolean notSelected = tailoring.flatMap(t -> t.notSelected(w.item())).isPresent();
      Optional<Item> item = checklist.item(w.item());
      if (item.isEmpty() && !notSelected) {
        issues.add(w.location().issue("item", Text.of(
            "チェックリスト " + checklist.id() + " に項目「" + w.item() + "」はありません",
            "checklist " + checklist.id() + " has no item \"" + w.item() + "\"")));
        continue;
      }
      if (!w.rows().isEmpty() && item.isPresent() && item.get().check().data().isEmpty()) {
        issues.add(w.location().issue("rows", Text.of(
            "項目 " + w.item() + " にはデータによる確認がないため、行を免除できません",
            "item " + w.item() + " has no data rule, so no rows can be waived")));
        continue;
      }
      status.put(w.item(), notSelected ? Status.NOT_SELECTED : !w.appliesOn(asOf) ? Status.EXPIRED
          : w.rows().isEmpty() ? Status.WAIVED : Status.ROWS_WAIVED);
    }
    if (!issues.isEmpty()) {
      throw new ChecklistException(issues);
    }

    // Honest figures: an item waived without evaluation is UNKNOWN.
    List<ItemResult> items = new ArrayList<>(honest.items());
    boolean replaced = false;
    for (int i = 0; i < items.size(); i++) {
      ItemResult r = items.get(i);
      Optional<Waiver> w = waivers.forItem(r.id());
      if (w.isPresent() && !w.get().evaluate() && status.get(r.id()) == Status.WAIVED) {
        items.set(i, notEvaluated(r, w.get()));
        replaced = true;
      }
    }
    Assessment base = replaced ? Rescore.honest(honest, items) : honest;

    // Figures with waivers.
    Map<String, ItemResult> rowsWaived = rowsWaived(checklist, waivers, status, inputs, options);
    List<ItemResult> waivedItems = new ArrayList<>(base.items());
    boolean[] excluded = new boolean[waivedItems.size()];
    for (int i = 0; i < waivedItems.size(); i++) {
      String id = waivedItems.get(i).id();
      excluded[i] = status.get(id) == Status.WAIVED;
      ItemResult onOtherRows = rowsWaived.get(id);
      if (onOtherRows != null) {
        waivedItems.set(i, onOtherRows);
      }
    }
    double[] scores = Rescore.without(base, waivedItems, excluded);
    List<CategoryResult> categories = new ArrayList<>();
    for (int c = 0; c < base.categories().size(); c++) {
      CategoryResult r = base.categories().get(c);
      categories.add(new CategoryResult(r.category(), r.score(), scores[c + 1], r.items(), r.scored(), r.passing()));
    }
    List<WaiverReport.Entry> entries = new ArrayList<>();
    for (Waiver w : waivers.waivers()) {
      Status s = status.get(w.item());
      Optional<ItemResult> real = base.item(w.item());
      Outcome outcome = real.map(ItemResult::outcome).orElse(Outcome.UNKNOWN);
      ItemResult with = rowsWaived.getOrDefault(w.item(), real.orElse(null));
      entries.add(new WaiverReport.Entry(w, s, outcome, with == null ? outcome : with.outcome(),
          with == null ? 0 : with.score()));
    }
    return new Assessment(checklist, asOf, base.scoringModel(), base.score(), scores[0], base.coverage(),
        categories, base.items(), base.datasets(), base.dataIssues(), base.tailoring(),
        new WaiverReport(waivers.source(), entries));
  }

  private static ItemResult notEvaluated(ItemResult r, Waiver w) {
    Text reason = Text.of(
        "評価していません: " + w.approver() + " の承認した免除（" + w.expires() + " まで、evaluate: false）のため。評価しない項目は合格になりません",
        "not evaluated: waived by " + w.approver() + " until " + w.expires()
            + " with evaluate: false; an item not evaluated never passes");
    return new ItemResult(r.item(), Outcome.UNKNOWN, 0, 0, Basis.NONE, Outcome.UNKNOWN, Evidence.NONE,
        Optional.empty(), reason, r.rule());
  }

  /** The results of the row-waived items judged on their other rows, by item id. */
  private static Map<String, ItemResult> rowsWaived(Checklist checklist, Waivers waivers, Map<String, Status> status,
      Inputs inputs, AssessmentOptions options) {
    List<Item> narrowed = new ArrayList<>();
    Map<String, Waiver> byItem = new HashMap<>();
    List<Issue> issues = new ArrayList<>();
    for (Waiver w : waivers.waivers()) {
      if (status.get(w.item()) == Status.ROWS_WAIVED) {
        Item item = checklist.item(w.item()).orElseThrow();
        Item n = narrow(checklist, item, w, issues);
        if (n != null) {
          narrowed.add(n);
          byItem.put(item.id(), w);
        }
      }
    }
    if (!issues.isEmpty()) {
      throw new ChecklistException(issues);
    }
    if (narrowed.isEmpty()) {
      return Map.of();
    }
    Checklist only = new Checklist(checklist.id(), checklist.version(), checklist.title(), checklist.description(),
        checklist.source(), checklist.cases(), checklist.lessons(), checklist.measures(), checklist.categories(),
        checklist.datasets(), narrowed);
    Compiler.Result compiled = Compiler.compile(only, options.limits(), checklist.id());
    if (compiled.program() == null) {
      // A waived key the compiler rejects, such as an undeclared enum value: point at the waiver.
      List<Issue> located = new ArrayList<>();
      for (Issue i : compiled.issues()) {
        Waiver w = byItem.get(narrowed.get(0).id());
        for (int k = 0; k < narrowed.size(); k++) {
          if (i.path().startsWith("items[" + k + "]")) {
            w = byItem.get(narrowed.get(k).id());
          }
        }
        located.add(w.location().issue("rows", i.message()));
      }
      throw new ChecklistException(located);
    }
    Assessment rerun = Engine.assess(compiled.program(), inputs,
        options.withEvidenceLimit(0).withWaivers(Waivers.NONE));
    Map<String, ItemResult> out = new HashMap<>();
    for (ItemResult r : rerun.items()) {
      out.put(r.id(), r);
    }
    return out;
  }

  /** {@code item} with its rule narrowed to rows whose key is blank or not waived; null after an issue. */
  private static @Nullable Item narrow(Checklist checklist, Item item, Waiver w, List<Issue> issues) {
    DataRule rule = item.check().data().orElseThrow();
    Column key = checklist.dataset(rule.dataset()).flatMap(d -> d.column(d.key())).orElseThrow();
    List<Operand.Literal> keys = new ArrayList<>();
    for (String k : w.rows()) {
      Object v = keyValue(key, k);
      if (v == null) {
        issues.add(w.location().issue("rows", Text.of(
            "行のキー「" + k + "」は " + rule.dataset() + " のキー列 " + key.name() + "（" + key.type().id() + "）の値になりません",
            "row key \"" + k + "\" is not a value of " + rule.dataset() + "'s key column " + key.name() + " ("
                + key.type().id() + ")")));
        return null;
      }
      keys.add(new Operand.Literal(v));
    }
    Predicate notWaived = new Predicate.Any(List.of(new Predicate.Present(key.name(), false),
        new Predicate.In(key.name(), keys, true)));
    Predicate where = rule.where().<Predicate>map(p -> new Predicate.All(List.of(p, notWaived))).orElse(notWaived);
    DataRule narrowed = new DataRule(rule.dataset(), Optional.of(where), rule.require(), rule.expect(),
        rule.whenEmpty(), rule.explain());
    return new Item(item.id(), item.category(), item.title(), item.question(), item.rationale(), item.remediation(),
        item.lessons(), item.measures(), item.mappings(), item.severity(), item.weight(), item.parameters(),
        new Check(Optional.of(narrowed), item.check().question(), item.check().allowNotApplicable()));
  }

  private static @Nullable Object keyValue(Column column, String key) {
    try {
      return switch (column.type()) {
        case STRING, ENUM -> key;
        case INTEGER -> Long.parseLong(key.strip());
        case DECIMAL -> new BigDecimal(key.strip());
        case DATE -> LocalDate.parse(key.strip());
        case BOOLEAN -> key.equalsIgnoreCase("true") ? Boolean.TRUE : key.equalsIgnoreCase("false") ? Boolean.FALSE
            : null;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }
}
