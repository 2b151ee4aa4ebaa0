package dev.kizuki.internal.engine;

import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.DataRule;
import dev.kizuki.Issue;
import dev.kizuki.Item;
import dev.kizuki.Tailoring;
import dev.kizuki.Text;
import dev.kizuki.Waiver;
import dev.kizuki.WaiverReport.Status;
import dev.kizuki.Waivers;
import dev.kizuki.internal.data.Row;
import dev.kizuki.internal.data.ValueException;
import dev.kizuki.internal.data.ValueParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Waivers bound to a compiled checklist: checked against it once, at compile time, with each row waiver's
 * keys parsed by the same {@link ValueParser} that parses the key column's cells. The engine asks it which
 * rows an item is judged on in the figures with waivers; only a waiver's date status depends on the
 * assessment. Immutable and thread-safe.
 */
public final class WaiverPlan {
  /** No waivers at all: the assessment carries {@link dev.kizuki.WaiverReport#NONE}. */
  public static final WaiverPlan NONE = new WaiverPlan(Waivers.NONE, List.of(), new RowFilter[0]);

  private final Waivers waivers;
  private final List<Boolean> notSelected;
  private final @Nullable RowFilter[] filters;

  private WaiverPlan(Waivers waivers, List<Boolean> notSelected, @Nullable RowFilter[] filters) {
    this.waivers = waivers;
    this.notSelected = List.copyOf(notSelected);
    this.filters = filters;
  }

  /**
   * Binds {@code waivers} to {@code checklist} (the tailored one when {@code tailoring} is present); every
   * problem is added to {@code issues}, at the waiver. The plan is meaningful only when none was added.
   */
  public static WaiverPlan bind(Checklist checklist, Optional<Tailoring> tailoring, Waivers waivers,
      List<Issue> issues) {
    if (waivers.isEmpty() && waivers.source().isEmpty()) {
      return NONE;
    }
    List<Boolean> notSelected = new ArrayList<>();
    @Nullable RowFilter[] filters = new RowFilter[checklist.items().size()];
    for (Waiver w : waivers.waivers()) {
      boolean left = tailoring.flatMap(t -> t.notSelected(w.item())).isPresent();
      notSelected.add(left);
      int index = indexOf(checklist, w.item());
      if (index < 0) {
        if (!left) {
          issues.add(w.location().issue("item", Text.of(
              "チェックリスト " + checklist.id() + " に項目「" + w.item() + "」はありません",
              "checklist " + checklist.id() + " has no item \"" + w.item() + "\"")));
        }
        continue;
      }
      if (w.rows().isEmpty()) {
        continue;
      }
      Optional<DataRule> rule = checklist.items().get(index).check().data();
      if (rule.isEmpty()) {
        issues.add(w.location().issue("rows", Text.of(
            "項目 " + w.item() + " にはデータによる確認がないため、行を免除できません",
            "item " + w.item() + " has no data rule, so no rows can be waived")));
        continue;
      }
      filters[index] = RowFilter.of(checklist, rule.get(), w, issues);
    }
    return new WaiverPlan(waivers, notSelected, filters);
  }

  private static int indexOf(Checklist checklist, String itemId) {
    List<Item> items = checklist.items();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(itemId)) {
        return i;
      }
    }
    return -1;
  }

  Waivers waivers() {
    return waivers;
  }

  /** Whether a waiver file was given, even an empty one. */
  boolean given() {
    return this != NONE;
  }

  /** The status of waiver {@code k} (in file order) on {@code asOf}. */
  Status status(int k, LocalDate asOf) {
    Waiver w = waivers.waivers().get(k);
    return notSelected.get(k) ? Status.NOT_SELECTED : !w.appliesOn(asOf) ? Status.EXPIRED
        : w.rows().isEmpty() ? Status.WAIVED : Status.ROWS_WAIVED;
  }

  /** Which rows of item {@code itemIndex}'s dataset are not waived, or null when none of its rows are. */
  @Nullable RowFilter rows(int itemIndex) {
    return itemIndex < filters.length ? filters[itemIndex] : null;
  }

  /** The waived keys of one item, tested against the key column of each row. */
  static final class RowFilter {
    private final int keyIndex;
    private final Set<Object> waived;

    private RowFilter(int keyIndex, Set<Object> waived) {
      this.keyIndex = keyIndex;
      this.waived = Set.copyOf(waived);
    }

    static @Nullable RowFilter of(Checklist checklist, DataRule rule, Waiver w, List<Issue> issues) {
      // The compiler has checked that the dataset exists and declares its key column.
      var ds = checklist.dataset(rule.dataset()).orElseThrow();
      Column key = ds.column(ds.key()).orElseThrow();
      ValueParser parser = ValueParser.forColumn(key);
      Set<Object> waived = new HashSet<>();
      boolean ok = true;
      for (String k : w.rows()) {
        Object v;
        try {
          v = parser.parse(k);
        } catch (ValueException e) {
          v = null;
        }
        if (v == null) {
          ok = false;
          issues.add(w.location().issue("rows", Text.of(
              "行のキー「" + k + "」は " + rule.dataset() + " のキー列 " + key.name() + "（" + key.type().id()
                  + "）の値になりません",
              "row key \"" + k + "\" is not a value of " + rule.dataset() + "'s key column " + key.name() + " ("
                  + key.type().id() + ")")));
        } else {
          waived.add(normal(v));
        }
      }
      return ok ? new RowFilter(ds.indexOf(key.name()), waived) : null;
    }

    /**
     * {@link Tri#TRUE} when the row is not waived (a blank key is never waived), {@link Tri#FALSE} when it
     * is, {@link Tri#ERROR} when its key cannot be read, so that it can be told neither way.
     */
    int notWaived(Row row) {
      Object v = row.value(keyIndex);
      if (v == null) {
        return Tri.TRUE;
      }
      if (v == Row.INVALID) {
        return Tri.ERROR;
      }
      return Tri.of(!waived.contains(normal(v)));
    }

    /** Decimals compare by value: 1.50 waives the row keyed 1.5. */
    private static Object normal(Object v) {
      return v instanceof BigDecimal d ? d.stripTrailingZeros() : v;
    }
  }
}
