package dev.kizuki.internal.load;

import dev.kizuki.ColumnType;
import dev.kizuki.Location;
import dev.kizuki.Text;
import dev.kizuki.Waiver;
import dev.kizuki.Waivers;
import dev.kizuki.internal.data.ValueException;
import dev.kizuki.internal.data.ValueParser;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Binds one {@code kizuki-waivers/1} document. One instance per document; not thread-safe. */
final class WaiverBinder extends NodeBinder {
  static final String FORMAT = "kizuki-waivers/1";
  /** Expiry dates are read as data dates are (2026-04-01, 2026/4/1, 令和8年4月1日), by the one value parser. */
  private static final ValueParser DATES = ValueParser.forType("expires", ColumnType.DATE);

  private final Map<String, Long> firstLine = new HashMap<>();

  WaiverBinder(String source) {
    super(source);
  }

  @Nullable Waivers bind(Node root) {
    record(root, "");
    Obj o = obj(root, "", "format", "waivers");
    if (o == null) {
      return null;
    }
    String format = o.string("format", true);
    if (format != null && !format.equals(FORMAT)) {
      issue("format", LoadMessages.badFormat(FORMAT, format));
    }
    if (!o.has("waivers")) {
      issue("", LoadMessages.missing("waivers"));
    }
    List<Waiver> waivers = o.list("waivers", false, this::waiver);
    return issues().isEmpty() ? new Waivers(source, waivers) : null;
  }

  private @Nullable Waiver waiver(Node node, String path) {
    Obj o = obj(node, path, "item", "rows", "justification", "approver", "expires", "evaluate");
    if (o == null) {
      return null;
    }
    String item = o.id("item", ChecklistBinder.ITEM_ID);
    List<String> rows = o.list("rows", false, this::rowKey);
    if (o.get("rows") instanceof Node.ListNode l && l.elements().isEmpty()) {
      issue(path + ".rows", LoadMessages.emptyList("rows"));
    }
    Text justification = o.textOrPlain("justification");
    String approver = o.string("approver", true);
    LocalDate expires = expires(o, path);
    Boolean evaluate = o.bool("evaluate");
    boolean eval = evaluate == null || evaluate;
    if (!eval && o.has("rows")) {
      issue(path + ".evaluate", Text.of("rows を書く場合は evaluate: false にできません（行の除外には評価が必要です）",
          "evaluate cannot be false when rows are given: waiving rows needs the item to be evaluated"));
      return null;
    }
    if (item == null || justification == null || approver == null || expires == null) {
      return null;
    }
    long line = locate(path)[0];
    Long first = firstLine.putIfAbsent(item, line);
    if (first != null) {
      issue(path + ".item", Text.of("項目「" + item + "」の免除が重複しています（最初は " + first + " 行目）。1項目につき1つにしてください",
          "a second waiver for item \"" + item + "\" (the first is at line " + first + "); give one per item"));
      return null;
    }
    long[] at = locate(path);
    return new Waiver(item, rows, justification, approver, expires, eval, new Location(source, at[0], at[1], path));
  }

  private @Nullable LocalDate expires(Obj o, String path) {
    String s = o.string("expires", true);
    if (s == null) {
      return null;
    }
    try {
      if (DATES.parse(s) instanceof LocalDate d) {
        return d;
      }
      issue(path + ".expires", LoadMessages.missing("expires"));
    } catch (ValueException e) {
      issue(path + ".expires", e.text());
    }
    return null;
  }

  /**
   * A row key as text: the key column's value parser reads it when the checklist is compiled, as it reads
   * that column's cells, so an unquoted number or {@code true} is its text.
   */
  private @Nullable String rowKey(Node node, String path) {
    if (node instanceof Node.Scalar s) {
      if (s.value() instanceof java.math.BigDecimal d) {
        return d.toPlainString();
      }
      if (s.value() instanceof Long || s.value() instanceof Boolean) {
        return s.value().toString();
      }
    }
    return scalarString(node, path);
  }
}
