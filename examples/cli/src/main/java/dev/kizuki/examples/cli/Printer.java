package dev.kizuki.examples.cli;

import dev.kizuki.Lang;
import dev.kizuki.Text;
import dev.kizuki.report.ReportWriter;
import java.io.PrintWriter;

/**
 * Prints lines in one language with {@code \n} line ends, every line made terminal-safe, since checklist
 * texts and file names may come from untrusted files.
 */
final class Printer {
  private final PrintWriter out;
  private final Lang lang;

  Printer(PrintWriter out, Lang lang) {
    this.out = out;
    this.lang = lang;
  }

  Lang lang() {
    return lang;
  }

  String t(Text text) {
    return text.get(lang);
  }

  String t(String ja, String en) {
    return lang == Lang.JA ? ja : en;
  }

  void line(String s) {
    out.print(ReportWriter.terminalSafe(s));
    out.print('\n');
  }

  void blank() {
    out.print('\n');
  }

  /** {@code text} line by line, each line indented; nothing when it is empty. */
  void paragraph(String indent, String text) {
    if (text.isBlank()) {
      return;
    }
    for (String l : text.strip().split("\n", -1)) {
      line(l.isBlank() ? "" : indent + l.stripTrailing());
    }
  }

  /** {@code s} padded with spaces on the right to {@code width} terminal columns. */
  static String pad(String s, int width) {
    int w = width(s);
    return w >= width ? s : s + " ".repeat(width - w);
  }

  /** How many terminal columns {@code s} takes: two for East Asian wide and full-width characters. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += wide(cp) ? 2 : 1;
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
