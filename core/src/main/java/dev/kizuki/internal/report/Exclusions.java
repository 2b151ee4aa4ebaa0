package dev.kizuki.internal.report;

import dev.kizuki.Assessment;
import dev.kizuki.Basis;
import dev.kizuki.DatasetReport;
import dev.kizuki.Declaration;
import dev.kizuki.Evidence;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import dev.kizuki.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why items came out NOT_APPLICABLE, grouped so that a report can say it in one sentence per reason ("9
 * items not applicable because no row of systems is in their scope …"): scope can never make items vanish
 * without a word. Built once per assessment, in both languages; every report format shows the same groups.
 * Stateless.
 */
public final class Exclusions {
  private Exclusions() {}

  /**
   * One reason items do not apply, with the items it covers.
   *
   * @param basis what the exclusion rests on: the data (no row in scope) or the answers
   * @param dataset the dataset whose rows were looked at; empty for answers
   * @param scope the rules' {@code where} in plain words; empty when the rules look at every row
   * @param rows the rows of {@code dataset} that were looked at
   * @param declaration the declaration of {@code dataset}'s completeness, if one was made
   * @param items the items, in checklist order
   * @param summary the sentence a report shows
   */
  public record Group(Basis basis, String dataset, Text scope, long rows, Optional<Declaration> declaration,
      List<ItemResult> items, Text summary) {
    public Group {
      items = List.copyOf(items);
    }

    /** The ids of {@link #items()}. */
    public List<String> itemIds() {
      return items.stream().map(ItemResult::id).toList();
    }
  }

  /** The groups of {@code a}'s NOT_APPLICABLE items, in the order each reason first occurs. */
  public static List<Group> of(Assessment a) {
    Map<String, List<ItemResult>> byKey = new LinkedHashMap<>();
    for (ItemResult r : a.items()) {
      if (r.outcome() == Outcome.NOT_APPLICABLE) {
        byKey.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r);
      }
    }
    List<Group> groups = new ArrayList<>();
    for (List<ItemResult> items : byKey.values()) {
      ItemResult first = items.get(0);
      Evidence e = first.evidence();
      if (first.basis() == Basis.ANSWER) {
        groups.add(new Group(Basis.ANSWER, "", Text.EMPTY, 0, Optional.empty(), items, answered(items.size())));
        continue;
      }
      Optional<DatasetReport> d = a.datasets().stream().filter(x -> x.dataset().equals(e.dataset())).findFirst();
      long rows = d.map(DatasetReport::rows).orElse(0L);
      Optional<Declaration> declared = d.flatMap(DatasetReport::declaration);
      Text summary = e.dataset().isEmpty() ? other(items.size(), first.reason())
          : noneInScope(items.size(), e.dataset(), e.scope(), rows, declared);
      groups.add(new Group(first.basis(), e.dataset(), e.scope(), rows, declared, items, summary));
    }
    return List.copyOf(groups);
  }

  private static String key(ItemResult r) {
    if (r.basis() == Basis.ANSWER) {
      return "answer";
    }
    Evidence e = r.evidence();
    return e.dataset().isEmpty() ? "reason\0" + r.reason().en() : "data\0" + e.dataset() + "\0" + e.scope().en();
  }

  private static Text noneInScope(int n, String ds, Text scope, long rows, Optional<Declaration> declared) {
    String itemsJa = n + " 項目は";
    String itemsEn = n + (n == 1 ? " item does not apply" : " items do not apply");
    if (rows == 0) {
      String byJa = declared.map(d -> "、" + d.declaredBy() + " が " + d.declaredOn() + " にすべての行であると宣言").orElse("");
      String byEn = declared.map(d -> ", declared complete by " + d.declaredBy() + " on " + d.declaredOn()).orElse("");
      return Text.of(itemsJa + " " + ds + " に行がないため該当しません（" + ds + ": 0 行" + byJa + "）",
          itemsEn + " because " + ds + " has no rows (" + ds + ": 0 rows" + byEn + ")");
    }
    String rowsEn = rows + (rows == 1 ? " row" : " rows");
    if (scope.en().isEmpty()) {
      return Text.of(itemsJa + " " + ds + " に対象の行がないため該当しません（" + ds + ": " + rows + " 行、すべて対象外）",
          itemsEn + " because no row of " + ds + " is in scope (" + ds + ": " + rowsEn + ", none in scope)");
    }
    return Text.of(
        itemsJa + " " + ds + " に「" + scope.ja() + "」の行がないため該当しません（" + ds + ": " + rows + " 行、すべて対象外）",
        itemsEn + " because no row of " + ds + " is in their scope: " + scope.en() + " (" + ds + ": " + rowsEn
            + ", none in scope)");
  }

  private static Text answered(int n) {
    return Text.of(n + " 項目は回答で「該当なし」とされているため該当しません",
        n + (n == 1 ? " item does not apply: it was" : " items do not apply: they were") + " answered not applicable");
  }

  private static Text other(int n, Text reason) {
    return Text.of(n + " 項目は該当しません: " + reason.ja(),
        n + (n == 1 ? " item does not apply: " : " items do not apply: ") + reason.en());
  }
}
