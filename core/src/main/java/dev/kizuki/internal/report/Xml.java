package dev.kizuki.internal.report;

/**
 * Escaping for XML 1.0 text and attribute values. Characters XML cannot carry at all (C0 controls but tab,
 * line feed and carriage return; C1 controls; unpaired surrogates; U+FFFE, U+FFFF) become U+FFFD, so that a
 * cell from the data can neither break the document nor smuggle markup into it.
 */
public final class Xml {
  private Xml() {}

  /** {@code s} as element text. */
  public static String text(String s) {
    return escape(s, false);
  }

  /** {@code s} as a double-quoted attribute value (line breaks and tabs kept as character references). */
  public static String attribute(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
        continue;
      }
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        default -> sb.append(allowed(c) ? c : '\uFFFD');
      }
    }
    return sb.toString();
  }

  private static boolean allowed(char c) {
    return c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
