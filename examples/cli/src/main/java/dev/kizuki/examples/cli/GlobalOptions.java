package dev.kizuki.examples.cli;

import dev.kizuki.Lang;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes, before or after the command name ({@code kizuki --lang ja assess …} and
 * {@code kizuki assess … --lang ja}). One instance per run, shared by the root command and the subcommands.
 */
final class GlobalOptions {
  @Option(
      names = "--lang",
      paramLabel = "ja|en",
      scope = ScopeType.INHERIT,
      converter = Converters.LangConverter.class,
      description = "Language of the output. Default: from the locale (ja for Japanese, else en).")
  @Nullable Lang lang;

  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an error.")
  boolean debug;

  @Option(
      names = {"-q", "--quiet"},
      scope = ScopeType.INHERIT,
      description = "No progress lines and no notes on stderr (errors are still shown).")
  boolean quiet;

  Lang lang() {
    return lang != null ? lang : Lang.of(Locale.getDefault());
  }

  /**
   * The language asked for by {@code --lang} in {@code args}, looked up before parsing so that usage errors
   * and help are in that language too; the last one wins, as in parsing; the locale's when absent or not
   * {@code ja}/{@code en}.
   */
  static Lang prescan(List<String> args) {
    for (int i = args.size() - 1; i >= 0; i--) {
      String a = args.get(i);
      String value = null;
      if (a.equals("--lang") && i + 1 < args.size()) {
        value = args.get(i + 1);
      } else if (a.startsWith("--lang=")) {
        value = a.substring("--lang=".length());
      }
      if (value != null) {
        try {
          return Lang.ofTag(value);
        } catch (IllegalArgumentException e) {
          break;
        }
      }
    }
    return Lang.of(Locale.getDefault());
  }
}
