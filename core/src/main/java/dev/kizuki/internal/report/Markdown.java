package dev.kizuki.internal.report;

/** Text from the input made inert in Markdown, for the Markdown report and the Markdown diff. */
public final class Markdown {
  private Markdown() {}

  /**
   * {@code text} as inert Markdown: every ASCII punctuation character is backslash-escaped (CommonMark
   * allows that for all of them), so no link, image, autolink, HTML tag, entity, emphasis, heading or table
   * cell can start from it; line breaks and other control characters become spaces, so the text stays on its
   * line or in its table cell.
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029' || ch == '\u0085') {
        sb.append(' ');
      } else if (isAsciiPunctuation(ch)) {
        sb.append('\\').append(ch);
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static boolean isAsciiPunctuation(char ch) {
    return (ch >= '!' && ch <= '/') || (ch >= ':' && ch <= '@') || (ch >= '[' && ch <= '`')
        || (ch >= '{' && ch <= '~');
  }
}
