package dev.kizuki.internal.engine;

import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.EnumValue;
import dev.kizuki.Text;
import dev.kizuki.internal.data.ValueException;
import dev.kizuki.internal.data.ValueParser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Converts the literals and parameter values of rules to the type of the column they meet. Text for a
 * column of another type is read as that column's cells are, by its {@link ValueParser}. One instance per
 * compilation (it keeps a parser per column); not thread-safe.
 */
final class Literals {
  private final String source;
  private final Map<Column, ValueParser> parsers = new IdentityHashMap<>();

  Literals(String source) {
    this.source = source;
  }

  /** {@code v} as a value of column {@code c}, or the issue at {@code path} saying why it is not one. */
  Checked<Object> convert(Object v, Column c, String path) {
    if (c.type() == ColumnType.NETWORK) { // rules over source sets come with their own predicates
      return failed(path, Text.of("network の列 " + c.name() + " はまだ値と比べられません",
          "network column " + c.name() + " cannot be compared with a value yet"));
    }
    if (v instanceof String text && c.type() != ColumnType.STRING) {
      Object parsed = parse(c, text);
      if (parsed != null) {
        return Checked.of(parsed);
      }
    }
    switch (c.type()) {
      case INTEGER:
        if (v instanceof Long || v instanceof BigDecimal) {
          return Checked.of(v);
        }
        break;
      case DECIMAL:
        if (v instanceof Long l) {
          return Checked.of(BigDecimal.valueOf(l));
        }
        if (v instanceof BigDecimal) {
          return Checked.of(v);
        }
        break;
      case BOOLEAN:
        if (v instanceof Boolean) {
          return Checked.of(v);
        }
        break;
      case DATE:
        if (v instanceof LocalDate) {
          return Checked.of(v);
        }
        break;
      case STRING:
        if (v instanceof String) {
          return Checked.of(v);
        }
        break;
      case ENUM:
        if (v instanceof String s) {
          List<String> allowed = c.values().stream().map(EnumValue::value).toList();
          return failed(path, CompileMessages.notAValue(c.name(), s, allowed));
        }
        break;
      default:
        break;
    }
    return failed(path, CompileMessages.notComparable(c.name(), c.type().id(), Values.show(v)));
  }

  private Checked<Object> failed(String path, Text message) {
    return Checked.failed(CompileMessages.at(source, path, message));
  }

  /** {@code text} as a value of column {@code c}, or null when it is not one (or is blank). */
  private @Nullable Object parse(Column c, String text) {
    try {
      ValueParser parser = parsers.get(c);
      if (parser == null) {
        parser = ValueParser.forColumn(c);
        parsers.put(c, parser);
      }
      return parser.parse(text);
    } catch (ValueException | IllegalArgumentException e) {
      return null; // IllegalArgumentException: ambiguous enum spellings, reported with the dataset
    }
  }
}
