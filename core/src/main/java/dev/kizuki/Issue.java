package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * One problem found in a checklist or a data file, with where it is and what was wrong.
 *
 * <p>{@code line} and {@code column} are 1-based; 0 means unknown (for example a checklist built in code).
 * {@code path} is the place in the checklist document (such as {@code items[12].check.data.require.field})
 * or the column name in a data file; it may be empty. Immutable.
 */
public record Issue(String source, long line, long column, String path, Text message) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param source as {@link #source()}
   * @param line as {@link #line()}
   * @param column as {@link #column()}
   * @param path as {@link #path()}
   * @param message as {@link #message()}
   */
  public Issue {
    requireNonNull(source, "source");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative, were " + line + ":" + column);
    }
  }

  /**
   * This issue at another place, for callers that learn the location after the fact.
   *
   * @param line the 1-based line, 0 when unknown
   * @param column the 1-based column, 0 when unknown
   * @return the issue at {@code line:column}
   */
  public Issue at(long line, long column) {
    return new Issue(source, line, column, path, message);
  }

  /**
   * The issue in the form {@code file:line:column: path: message}, leaving out the parts that are unknown.
   *
   * @param lang the language of the message
   * @return the issue in one line
   */
  public String format(Lang lang) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (!path.isEmpty()) {
      sb.append(path).append(": ");
    }
    return sb.append(message.get(lang)).toString();
  }

  @Override
  public String toString() {
    return format(Lang.EN);
  }
}
