package dev.kizuki.internal.load;

import java.util.List;
import java.util.Map;

/**
 * A parsed document node with the place it was read from. Our own tree rather than Jackson's, because
 * Jackson's tree drops locations and we need one for every error.
 */
sealed interface Node {

  long line();

  long column();

  /** A short English/Japanese-neutral name of the node's kind for messages: map, list, string, … */
  String typeName();

  record MapNode(long line, long column, Map<String, Entry> entries) implements Node {
    @Override
    public String typeName() {
      return "map";
    }
  }

  /** A map entry: the key's own location and the value. */
  record Entry(long line, long column, Node value) {}

  record ListNode(long line, long column, List<Node> elements) implements Node {
    @Override
    public String typeName() {
      return "list";
    }
  }

  /**
   * A scalar: {@code value} is a {@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean}, or null
   * for an explicit null.
   */
  record Scalar(long line, long column, @org.jspecify.annotations.Nullable Object value) implements Node {
    @Override
    public String typeName() {
      if (value == null) {
        return "null";
      }
      if (value instanceof String) {
        return "string";
      }
      if (value instanceof Boolean) {
        return "boolean";
      }
      return "number";
    }
  }
}
