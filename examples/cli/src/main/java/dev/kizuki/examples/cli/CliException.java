package dev.kizuki.examples.cli;

import dev.kizuki.Lang;
import dev.kizuki.Text;

/** A problem with the command line or its files, shown to the user as one paragraph; exit code 2. */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Text text;

  CliException(String ja, String en) {
    super(en);
    this.text = Text.of(ja, en);
  }

  String message(Lang lang) {
    return text.get(lang);
  }
}
