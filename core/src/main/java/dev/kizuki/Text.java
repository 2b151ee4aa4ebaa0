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

  /**
   * Checks every part (the rules are in the type's comment).
   *
   * @param ja as {@link #ja()}
   * @param en as {@link #en()}
   */
  public Text {
    requireNonNull(ja, "ja");
    requireNonNull(en, "en");
  }

  /**
   * A text in both languages.
   *
   * @param ja the Japanese text
   * @param en the English text
   * @return the text
   */
  public static Text of(String ja, String en) {
    return new Text(ja, en);
  }

  /**
   * The text in one language.
   *
   * @param lang the language
   * @return the text in {@code lang}
   */
  public String get(Lang lang) {
    return lang == Lang.JA ? ja : en;
  }

  /**
   * Whether both languages are empty.
   *
   * @return true when both are empty
   */
  public boolean isEmpty() {
    return ja.isEmpty() && en.isEmpty();
  }
}
