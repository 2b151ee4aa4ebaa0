package dev.kizuki.examples.adversarial;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Ways people type the same word: upper or lower case, full-width ASCII (as Japanese IMEs give it), half-width
 * katakana (as older systems export it). Each is the same text after NFKC and case folding.
 */
enum Spellings {
  UPPER(s -> s.toUpperCase(Locale.ROOT)),
  LOWER(s -> s.toLowerCase(Locale.ROOT)),
  FULL_WIDTH(Spellings::fullWidth),
  HALF_WIDTH(Spellings::halfWidth);

  /** Full-width katakana and marks in the order of their half-width forms U+FF61..U+FF9D. */
  private static final String KANA =
      "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";

  private final UnaryOperator<String> spell;

  Spellings(UnaryOperator<String> spell) {
    this.spell = spell;
  }

  String apply(String s) {
    return spell.apply(s);
  }

  /** Printable ASCII to its full-width form (U+FF01..U+FF5E), space to the ideographic space. */
  static String fullWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.chars().forEach(c -> b.append((char) (c == ' ' ? 0x3000 : c > 0x20 && c < 0x7F ? c + 0xFEE0 : c)));
    return b.toString();
  }

  /** Katakana to half-width (voiced marks split off), full-width ASCII back to ASCII. */
  static String halfWidth(String s) {
    String split = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(split.length());
    for (char c : split.toCharArray()) {
      int k = KANA.indexOf(c);
      if (k >= 0) {
        b.append((char) (0xFF61 + k));
      } else if ((c == '\u3099' || c == '\u309A') && halfKanaBefore(b)) {
        b.append(c == '\u3099' ? '\uFF9E' : '\uFF9F');
      } else if (c > 0xFF00 && c < 0xFF5F) {
        b.append((char) (c - 0xFEE0));
      } else {
        b.append(c);
      }
    }
    // NFD also split other letters (é, hiragana が); compose them back, as only katakana were meant to change.
    return Normalizer.normalize(b.toString(), Normalizer.Form.NFC);
  }

  private static boolean halfKanaBefore(StringBuilder b) {
    if (b.length() == 0) {
      return false;
    }
    char last = b.charAt(b.length() - 1);
    return last >= 0xFF61 && last <= 0xFF9D;
  }
}
