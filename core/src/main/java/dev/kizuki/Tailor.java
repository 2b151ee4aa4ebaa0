package dev.kizuki;

import dev.kizuki.ProfileChange.Kind;
import dev.kizuki.internal.data.ValueException;
import dev.kizuki.internal.data.ValueParser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Applies a resolved profile to a checklist. Selections go profile by profile along the chain, category
 * changes of a profile before its item changes; parameters and weights in order, so the last change wins.
 * Every problem is collected and reported at the change that causes it. Stateless.
 */
final class Tailor {
  private Tailor() {}

  static Tailoring apply(Profile profile, Checklist checklist) {
    List<Issue> issues = new ArrayList<>();
    if (!profile.checklist().equals(checklist.id())) {
      throw new ChecklistException(List.of(new Issue(profile.source(), 0, 0, "checklist", Text.of(
          "このプロファイルはチェックリスト " + profile.checklist() + " 用です（適用先は " + checklist.id() + "）",
          "the profile is for checklist " + profile.checklist() + ", not " + checklist.id()))));
    }
    Map<String, ProfileChange> deselected = new LinkedHashMap<>();
    List<ProfileChange> changes = profile.changes();
    for (int from = 0; from < changes.size(); ) {
      int to = from;
      while (to < changes.size() && changes.get(to).profile().equals(changes.get(from).profile())) {
        to++;
      }
      List<ProfileChange> run = changes.subList(from, to);
      for (boolean categories : new boolean[] {true, false}) {
        for (ProfileChange c : run) {
          if (c.kind().onCategory() == categories) {
            select(c, checklist, deselected, issues);
          }
        }
      }
      from = to;
    }
    Map<String, Map<String, Object>> params = new HashMap<>();
    Map<String, Double> weights = new HashMap<>();
    List<ProfileChange> applied = new ArrayList<>();
    for (ProfileChange c : changes) {
      applied.add(set(c, checklist, params, weights, issues));
    }
    List<Item> items = new ArrayList<>();
    List<Tailoring.NotSelected> notSelected = new ArrayList<>();
    for (Item item : checklist.items()) {
      ProfileChange because = deselected.get(item.id());
      if (because != null) {
        notSelected.add(new Tailoring.NotSelected(item, because));
      } else {
        items.add(tailor(item, params.getOrDefault(item.id(), Map.of()), weights.get("item " + item.id())));
      }
    }
    List<Category> categories = new ArrayList<>();
    for (Category c : checklist.categories()) {
      Double w = weights.get("category " + c.id());
      if (items.stream().anyMatch(i -> i.category().equals(c.id()))) {
        categories.add(w == null ? c : new Category(c.id(), c.title(), c.description(), w));
      }
    }
    if (issues.isEmpty() && items.isEmpty()) {
      issues.add(new Issue(profile.source(), 0, 0, "changes", Text.of(
          "このプロファイルでは項目が1つも選択されません", "the profile leaves no item selected")));
    }
    if (!issues.isEmpty()) {
      throw new ChecklistException(issues);
    }
    // A profile that changes nothing keeps the checklist itself, and with it the program its loader compiled.
    Checklist tailored = items.equals(checklist.items()) && categories.equals(checklist.categories()) ? checklist
        : checklist.withItems(categories, items);
    return new Tailoring(profile, tailored, applied, notSelected);
  }

  private static void select(ProfileChange c, Checklist checklist, Map<String, ProfileChange> deselected,
      List<Issue> issues) {
    switch (c.kind()) {
      case SELECT_CATEGORY, DESELECT_CATEGORY -> {
        if (checklist.category(c.target()).isEmpty()) {
          issues.add(unknown(c, "category", "カテゴリ", checklist));
          return;
        }
        for (Item item : checklist.items()) {
          if (item.category().equals(c.target())) {
            mark(item.id(), c, deselected);
          }
        }
      }
      case SELECT_ITEM, DESELECT_ITEM -> {
        if (checklist.item(c.target()).isEmpty()) {
          issues.add(unknown(c, "item", "項目", checklist));
          return;
        }
        mark(c.target(), c, deselected);
      }
      default -> { }
    }
  }

  private static void mark(String itemId, ProfileChange c, Map<String, ProfileChange> deselected) {
    if (c.kind() == Kind.DESELECT_ITEM || c.kind() == Kind.DESELECT_CATEGORY) {
      deselected.put(itemId, c);
    } else {
      deselected.remove(itemId);
    }
  }

  /** The change with the value it replaced, after recording it; reports what is wrong with it. */
  private static ProfileChange set(ProfileChange c, Checklist checklist, Map<String, Map<String, Object>> params,
      Map<String, Double> weights, List<Issue> issues) {
    switch (c.kind()) {
      case SET_PARAMETER -> {
        Optional<Item> item = checklist.item(c.target());
        if (item.isEmpty()) {
          issues.add(unknown(c, "item", "項目", checklist));
          return c;
        }
        Optional<Parameter> p = item.get().parameter(c.parameter());
        if (p.isEmpty()) {
          List<String> declared = item.get().parameters().stream().map(Parameter::name).toList();
          issues.add(c.location().issue("parameter", Text.of(
              "項目 " + c.target() + " にパラメータ「" + c.parameter() + "」はありません。パラメータ: " + names(declared),
              "item " + c.target() + " has no parameter \"" + c.parameter() + "\"; it has: " + names(declared))));
          return c;
        }
        Object value = typed(c.parameter(), p.get().type(), c.value().orElseThrow());
        if (value == null) {
          Object v = c.value().orElseThrow();
          issues.add(c.location().issue("value", Text.of(
              "パラメータ " + c.target() + "." + c.parameter() + " は " + p.get().type().id() + " 型ですが、「" + v
                  + "」でした",
              "parameter " + c.target() + "." + c.parameter() + " is of type " + p.get().type().id() + ", found \""
                  + v + "\"")));
          return c;
        }
        Map<String, Object> set = params.computeIfAbsent(c.target(), k -> new HashMap<>());
        Object before = set.getOrDefault(c.parameter(), p.get().value());
        set.put(c.parameter(), value);
        return c.withPrevious(before);
      }
      case SET_ITEM_WEIGHT -> {
        Optional<Item> item = checklist.item(c.target());
        if (item.isEmpty()) {
          issues.add(unknown(c, "item", "項目", checklist));
          return c;
        }
        Double before = weights.put("item " + c.target(), (Double) c.value().orElseThrow());
        return c.withPrevious(before != null ? before : item.get().weight());
      }
      case SET_CATEGORY_WEIGHT -> {
        Optional<Category> category = checklist.category(c.target());
        if (category.isEmpty()) {
          issues.add(unknown(c, "category", "カテゴリ", checklist));
          return c;
        }
        Double before = weights.put("category " + c.target(), (Double) c.value().orElseThrow());
        return c.withPrevious(before != null ? before : category.get().weight());
      }
      default -> {
        return c;
      }
    }
  }

  /** {@code v} as a parameter of {@code type}; text is read as a cell of that type would be. */
  private static @Nullable Object typed(String name, ColumnType type, Object v) {
    boolean parsed = type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.BOOLEAN;
    if (v instanceof String text && parsed) {
      try {
        return ValueParser.forType(name, type).parse(text); // null when blank
      } catch (ValueException e) {
        return null;
      }
    }
    return switch (type) {
      case INTEGER -> v instanceof Long ? v : null;
      case DECIMAL -> v instanceof Long l ? BigDecimal.valueOf(l) : v instanceof BigDecimal ? v : null;
      case STRING -> v instanceof String ? v : null;
      case BOOLEAN -> v instanceof Boolean ? v : null;
      case DATE, ENUM, NETWORK -> null;
    };
  }

  private static Item tailor(Item item, Map<String, Object> params, @Nullable Double weight) {
    if (params.isEmpty() && weight == null) {
      return item;
    }
    List<Parameter> parameters = new ArrayList<>();
    for (Parameter p : item.parameters()) {
      Object v = params.get(p.name());
      parameters.add(v == null ? p : new Parameter(p.name(), p.type(), v, p.description()));
    }
    return new Item(item.id(), item.category(), item.title(), item.question(), item.rationale(), item.remediation(),
        item.lessons(), item.measures(), item.mappings(), item.severity(), weight == null ? item.weight() : weight,
        parameters, item.check());
  }

  private static Issue unknown(ProfileChange c, String key, String ja, Checklist checklist) {
    return c.location().issue(key, Text.of(
        "チェックリスト " + checklist.id() + " に" + ja + "「" + c.target() + "」はありません",
        "checklist " + checklist.id() + " has no " + key + " \"" + c.target() + "\""));
  }

  private static String names(List<String> names) {
    return names.isEmpty() ? "-" : String.join(", ", names);
  }
}
