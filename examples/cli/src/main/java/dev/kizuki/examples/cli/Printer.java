package dev.kizuki.examples.cli;

import dev.kizuki.Lang;
import dev.kizuki.Text;
import dev.kizuki.report.TextReportWriter;
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
    out.print(TextReportWriter.terminalSafe(s));
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

  void flush() {
    out.flush();
  }

  /** {@code s} padded with spaces on the right to {@code width} characters. */
  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
