package dev.kizuki.internal.load;

import dev.kizuki.Issue;
import dev.kizuki.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The strict binding shared by every document kind (checklists, profiles, waivers): typed accessors over a
 * {@link Node} map that report unknown, missing and mistyped keys with their location, and a record of the
 * location of every path so that later checks can point into the file. One instance per document; not
 * thread-safe.
 */
abstract class NodeBinder {
  final String source;
  private final List<Issue> issues = new ArrayList<>();
  private final Map<String, long[]> locations = new HashMap<>();

  NodeBinder(String source) {
    this.source = source;
  }

  List<Issue> issues() {
    return issues;
  }

  /** Line and column of the node at {@code path}, or of its nearest recorded ancestor; {0, 0} if none. */
  long[] locate(String path) {
    String p = path;
    while (true) {
      long[] at = locations.get(p);
      if (at != null) {
        return at;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return locations.getOrDefault("", new long[] {0, 0});
      }
      p = p.substring(0, cut);
    }
  }

  void record(@Nullable Node node, String path) {
    if (node != null) {
      locations.putIfAbsent(path, new long[] {node.line(), node.column()});
    }
  }

  void issue(String path, Text message) {
    long[] at = locate(path);
    issues.add(new Issue(source, at[0], at[1], path, message));
  }

  void wrong(@Nullable Node node, String path, String expectedJa, String expectedEn) {
    wrong(node, path, expectedJa, expectedEn, false);
  }

  void wrong(@Nullable Node node, String path, String expectedJa, String expectedEn, boolean missing) {
    if (node == null && missing) {
      issue(path, LoadMessages.missing(path.substring(path.lastIndexOf('.') + 1)));
      return;
    }
    issue(path, LoadMessages.wrongType(expectedJa, expectedEn, describe(node)));
  }

  static Text describe(@Nullable Node node) {
    if (node == null) {
      return Text.of("何もありません", "nothing");
    }
    String ja = switch (node.typeName()) {
      case "map" -> "マップ";
      case "list" -> "リスト";
      case "string" -> "文字列";
      case "number" -> "数値";
      case "boolean" -> "真偽値";
      default -> "null";
    };
    if (node instanceof Node.Scalar s && s.value() != null) {
      String q = LoadMessages.quote(s.value());
      return Text.of(ja + "「" + q + "」", s.typeName() + " \"" + q + "\"");
    }
    return Text.of(ja, node.typeName());
  }

  /** Whether {@code s} is shaped like 2020-01-31 (ASCII digits), as the regex \d{4}-\d{2}-\d{2} was, without compiling one. */
  static boolean isDateShape(String s) {
    if (s.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Nullable String scalarString(@Nullable Node node, String path) {
    record(node, path);
    if (node instanceof Node.Scalar s && s.value() instanceof String str) {
      if (str.isBlank()) {
        issue(path, LoadMessages.blank());
        return null;
      }
      return str;
    }
    wrong(node, path, "文字列", "a string");
    return null;
  }

  <T> List<T> listOf(@Nullable Node node, String path, BiFunction<Node, String, @Nullable T> each) {
    if (!(node instanceof Node.ListNode list)) {
      wrong(node, path, "リスト", "a list");
      return List.of();
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < list.elements().size(); i++) {
      String p = path + "[" + i + "]";
      Node element = list.elements().get(i);
      record(element, p);
      T value = each.apply(element, p);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  @Nullable Obj obj(@Nullable Node node, String path, String... allowed) {
    record(node, path);
    if (!(node instanceof Node.MapNode map)) {
      wrong(node, path, "マップ", "a map");
      return null;
    }
    Set<String> allowedSet = new LinkedHashSet<>(Arrays.asList(allowed));
    for (Map.Entry<String, Node.Entry> me : map.entries().entrySet()) {
      String k = me.getKey();
      Node.Entry e = me.getValue();
      String p = path.isEmpty() ? k : path + "." + k;
      locations.putIfAbsent(p, new long[] {e.line(), e.column()});
      if (!allowedSet.contains(k)) {
        issue(p, LoadMessages.unknownKey(k, allowedSet));
      }
    }
    return new Obj(map, path);
  }

  /** A map being bound, with typed accessors that report what is wrong. */
  final class Obj {
    private final Node.MapNode map;
    private final String path;

    Obj(Node.MapNode map, String path) {
      this.map = map;
      this.path = path;
    }

    private String at(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
      return map.entries().containsKey(key);
    }

    @Nullable Node get(String key) {
      Node.Entry e = map.entries().get(key);
      return e == null ? null : e.value();
    }

    private @Nullable Node need(String key, boolean required) {
      Node n = get(key);
      if (n == null && required) {
        issue(path, LoadMessages.missing(key));
      }
      return n;
    }

    @Nullable String string(String key, boolean required) {
      Node n = need(key, required);
      return n == null ? null : scalarString(n, at(key));
    }

    @Nullable String id(String key, Pattern pattern) {
      String s = string(key, true);
      if (s != null && !pattern.matcher(s).matches()) {
        issue(at(key), LoadMessages.badId(s, pattern.pattern()));
        return null;
      }
      return s;
    }

    @Nullable Boolean bool(String key) {
      Node n = get(key);
      if (n == null) {
        return null;
      }
      if (n instanceof Node.Scalar s && s.value() instanceof Boolean b) {
        return b;
      }
      wrong(n, at(key), "true または false", "true or false");
      return null;
    }

    @Nullable Double positive(String key, boolean required) {
      Node n = need(key, required);
      if (n == null) {
        return null;
      }
      if (n instanceof Node.Scalar s && s.value() instanceof Number num) {
        double d = new BigDecimal(num.toString()).doubleValue();
        if (d > 0 && !Double.isInfinite(d)) {
          return d;
        }
        issue(at(key), Double.isInfinite(d) ? LoadMessages.numberTooLarge(num) : LoadMessages.notPositive(num));
        return null;
      }
      wrong(n, at(key), "正の数", "a positive number");
      return null;
    }

    <E extends Enum<E>> @Nullable E enumOf(String key, Class<E> type, boolean required) {
      String s = string(key, required);
      if (s == null) {
        return null;
      }
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        String name = e.name().toLowerCase(java.util.Locale.ROOT);
        names.add(name);
        if (name.equals(s)) {
          return e;
        }
      }
      issue(at(key), LoadMessages.badEnum(s, names));
      return null;
    }

    /** A date written {@code yyyy-MM-dd}, or null after reporting why it is not one. */
    @Nullable LocalDate date(String key, boolean required) {
      String s = string(key, required);
      if (s == null) {
        return null;
      }
      try {
        if (isDateShape(s)) {
          return LocalDate.parse(s);
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      issue(at(key), LoadMessages.badDate(s));
      return null;
    }

    /** A text, or a plain string meaning the same words in both languages; null (reported) if absent. */
    @Nullable Text textOrPlain(String key) {
      Node n = get(key);
      if (n instanceof Node.Scalar) {
        String s = string(key, true);
        return s == null ? null : new Text(s, s);
      }
      return text(key, true);
    }

    /** A text; absent optional texts are {@link Text#EMPTY}, absent or malformed required ones null (reported). */
    @Nullable Text text(String key, boolean required) {
      if (!required) {
        return optionalText(key);
      }
      Node n = need(key, true);
      return n == null ? null : parseText(n, key);
    }

    /**
     * An optional text, {@link Text#EMPTY} if absent. A malformed one is reported and also gives EMPTY, so the
     * caller never builds a model record with a null (the document is rejected anyway, with that issue).
     */
    Text optionalText(String key) {
      Node n = need(key, false);
      Text t = n == null ? null : parseText(n, key);
      return t == null ? Text.EMPTY : t;
    }

    private @Nullable Text parseText(Node n, String key) {
      Obj o = obj(n, at(key), "ja", "en");
      if (o == null) {
        return null;
      }
      String ja = o.string("ja", true);
      String en = o.string("en", true);
      return ja == null || en == null ? null : new Text(ja, en);
    }

    <T> List<T> list(String key, boolean required, BiFunction<Node, String, @Nullable T> each) {
      Node n = need(key, required);
      if (n == null) {
        return List.of();
      }
      List<T> out = listOf(n, at(key), each);
      if (required && out.isEmpty() && n instanceof Node.ListNode l && l.elements().isEmpty()) {
        issue(at(key), LoadMessages.emptyList(key));
      }
      return out;
    }
  }
}
