package dev.kizuki;

import static java.util.Objects.requireNonNull;

/**
 * A piece of text in Japanese and English.
 *
 * <p>Both are non-null; an absent text is {@link #EMPTY}. Immutable.
 */
public record Text(String ja, String en) {

  /** The empty text, used where a text is optional and absent. */
  public static final Text EMPTY = new Text("", "");

  public Text {
    requireNonNull(ja, "ja");
    requireNonNull(en, "en");
  }

  public static Text of(String ja, String en) {
    return new Text(ja, en);
  }

  /** The text in {@code lang}. */
  public String get(Lang lang) {
    return lang == Lang.JA ? ja : en;
  }

  /** Whether both languages are empty. */
  public boolean isEmpty() {
    return ja.isEmpty() && en.isEmpty();
  }
}
