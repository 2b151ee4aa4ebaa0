package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * Where something was written: a file, a 1-based line and column (0 when unknown) and a path in the document
 * such as {@code changes[2].set_parameter}. Used by profiles and waivers so that reports can say where each
 * change came from. Immutable.
 */
public record Location(String source, long line, long column, String path) {

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param source as {@link #source()}
   * @param line as {@link #line()}
   * @param column as {@link #column()}
   * @param path as {@link #path()}
   */
  public Location {
    requireNonNull(source, "source");
    requireNonNull(path, "path");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative, were " + line + ":" + column);
    }
  }

  /**
   * An issue at this place.
   *
   * @param subPath a path below this place, or empty
   * @param message what is wrong
   * @return the issue, at {@code subPath} below this place when that is not empty
   */
  public Issue issue(String subPath, Text message) {
    return new Issue(source, line, column, subPath.isEmpty() ? path : path + "." + subPath, message);
  }

  /**
   * This place for a message.
   *
   * @return {@code file:line}, or the file alone when the line is unknown
   */
  public String format() {
    return line > 0 ? source + ":" + line : source;
  }
}
