package dev.kizuki.internal.load;

import dev.kizuki.Location;
import dev.kizuki.ProfileChange;
import dev.kizuki.ProfileChange.Kind;
import dev.kizuki.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Binds one {@code kizuki-profile/1} document, before its {@code extends} is resolved, and finds the changes
 * of this one file that conflict (the same target selected and deselected, a parameter or weight set twice).
 * One instance per document; not thread-safe.
 */
final class ProfileBinder extends NodeBinder {
  static final String FORMAT = "kizuki-profile/1";

  /** One profile file as written: its own changes only, and what it extends (empty if nothing). */
  record Doc(String id, Text title, Text description, String checklist, Optional<String> parent,
      Location extendsAt, Location checklistAt, List<ProfileChange> changes) {}

  private final Map<String, String> seen = new HashMap<>();

  ProfileBinder(String source) {
    super(source);
  }

  @Nullable Doc bind(Node root) {
    record(root, "");
    Obj o = obj(root, "", "format", "id", "title", "description", "checklist", "extends", "changes");
    if (o == null) {
      return null;
    }
    String format = o.string("format", true);
    if (format != null && !format.equals(FORMAT)) {
      issue("format", LoadMessages.badFormat(FORMAT, format));
    }
    String id = o.id("id", ChecklistBinder.ID);
    Text title = o.text("title", true);
    Text description = o.optionalText("description");
    String checklist = o.id("checklist", ChecklistBinder.ID);
    String parent = o.string("extends", false);
    List<ProfileChange> changes = o.list("changes", false, (n, p) -> change(n, p, id == null ? "" : id));
    if (!issues().isEmpty() || id == null || title == null || checklist == null) {
      return null;
    }
    return new Doc(id, title, description, checklist, Optional.ofNullable(parent), at("extends"), at("checklist"),
        changes);
  }

  Location at(String path) {
    long[] at = locate(path);
    return new Location(source, at[0], at[1], path);
  }

  private @Nullable ProfileChange change(Node node, String path, String profile) {
    Obj o = obj(node, path, "select", "deselect", "set_parameter", "set_weight", "reason");
    if (o == null) {
      return null;
    }
    List<String> actions = List.of("select", "deselect", "set_parameter", "set_weight").stream().filter(o::has)
        .toList();
    Text reason = o.textOrPlain("reason");
    if (actions.size() != 1) {
      issue(path, Text.of("変更には select、deselect、set_parameter、set_weight のどれか1つが必要です",
          "a change needs exactly one of select, deselect, set_parameter, set_weight"));
      return null;
    }
    String action = actions.get(0);
    String p = path + "." + action;
    ProfileChange change = switch (action) {
      case "select", "deselect" -> selection(o.get(action), p, action.equals("select"), profile, reason);
      case "set_parameter" -> parameter(o.get(action), p, profile, reason);
      default -> weight(o.get(action), p, profile, reason);
    };
    return change == null || reason == null ? null : conflictFree(change, p);
  }

  private @Nullable ProfileChange selection(@Nullable Node node, String path, boolean select, String profile,
      @Nullable Text reason) {
    Obj o = obj(node, path, "item", "category");
    String target = o == null ? null : target(o, path);
    if (o == null || target == null) {
      return null;
    }
    boolean item = o.has("item");
    Kind kind = item ? (select ? Kind.SELECT_ITEM : Kind.DESELECT_ITEM)
        : (select ? Kind.SELECT_CATEGORY : Kind.DESELECT_CATEGORY);
    return target == null || reason == null ? null
        : new ProfileChange(profile, kind, target, "", Optional.empty(), Optional.empty(), reason, at(path));
  }

  private @Nullable ProfileChange parameter(@Nullable Node node, String path, String profile,
      @Nullable Text reason) {
    Obj o = obj(node, path, "item", "parameter", "value");
    if (o == null) {
      return null;
    }
    String item = o.id("item", ChecklistBinder.ITEM_ID);
    String name = o.id("parameter", ChecklistBinder.ID);
    Node value = o.get("value");
    if (value == null) {
      issue(path, LoadMessages.missing("value"));
      return null;
    }
    record(value, path + ".value");
    if (!(value instanceof Node.Scalar s) || s.value() == null) {
      wrong(value, path + ".value", "値（数値・文字列・真偽値）", "a value (number, string or boolean)");
      return null;
    }
    return item == null || name == null || reason == null ? null
        : new ProfileChange(profile, Kind.SET_PARAMETER, item, name, Optional.of(s.value()), Optional.empty(),
            reason, at(path));
  }

  private @Nullable ProfileChange weight(@Nullable Node node, String path, String profile, @Nullable Text reason) {
    Obj o = obj(node, path, "item", "category", "weight");
    String target = o == null ? null : target(o, path);
    if (o == null) {
      return null;
    }
    boolean item = o.has("item");
    Double weight = o.positive("weight", true);
    return target == null || weight == null || reason == null ? null
        : new ProfileChange(profile, item ? Kind.SET_ITEM_WEIGHT : Kind.SET_CATEGORY_WEIGHT, target, "",
            Optional.of(weight), Optional.empty(), reason, at(path));
  }

  /** The item or category id of {@code o}, which must have exactly one of them; null after an issue. */
  private @Nullable String target(Obj o, String path) {
    if (o.has("item") == o.has("category")) {
      issue(path, Text.of("item か category のどちらか1つが必要です", "expected exactly one of item, category"));
      return null;
    }
    return o.has("item") ? o.id("item", ChecklistBinder.ITEM_ID) : o.id("category", ChecklistBinder.ID);
  }

  /** The change, or null after reporting that an earlier change of this file touches the same thing. */
  private @Nullable ProfileChange conflictFree(ProfileChange c, String path) {
    String what = switch (c.kind()) {
      case SELECT_ITEM, DESELECT_ITEM -> "item " + c.target() + " selection";
      case SELECT_CATEGORY, DESELECT_CATEGORY -> "category " + c.target() + " selection";
      case SET_PARAMETER -> "parameter " + c.target() + "." + c.parameter();
      case SET_ITEM_WEIGHT -> "item " + c.target() + " weight";
      case SET_CATEGORY_WEIGHT -> "category " + c.target() + " weight";
    };
    String first = seen.putIfAbsent(what, path);
    if (first == null) {
      return c;
    }
    long line = locate(first)[0];
    issue(path, Text.of(
        "同じプロファイルの " + first + "（" + line + " 行目）と矛盾します: " + what + " を変更できるのは1ファイルにつき1回です",
        "conflicts with " + first + " (line " + line + "): a profile may change the " + what + " only once"));
    return null;
  }
}
