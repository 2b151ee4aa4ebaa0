package dev.kizuki;

import java.util.Locale;

/** The two languages every piece of checklist content and every report is written in. */
public enum Lang {
  /** Japanese. */
  JA("ja"),
  /** English. */
  EN("en");

  private final String tag;

  Lang(String tag) {
    this.tag = tag;
  }

  /**
   * The language's tag.
   *
   * @return the BCP 47 tag, {@code "ja"} or {@code "en"}
   */
  public String tag() {
    return tag;
  }

  /**
   * The language for a locale.
   *
   * @param locale the locale
   * @return Japanese for a Japanese locale, English for every other
   */
  public static Lang of(Locale locale) {
    return "ja".equals(locale.getLanguage()) ? JA : EN;
  }

  /**
   * The language named by {@code tag} ({@code ja} or {@code en}, case-insensitive).
   *
   * @param tag the tag
   * @return the language
   * @throws IllegalArgumentException for any other tag
   */
  public static Lang ofTag(String tag) {
    for (Lang lang : values()) {
      if (lang.tag.equalsIgnoreCase(tag)) {
        return lang;
      }
    }
    throw new IllegalArgumentException("language must be ja or en, was: " + tag);
  }
}
