package dev.kizuki.examples.cli;

import dev.kizuki.ChecklistException;
import dev.kizuki.KizukiException;
import dev.kizuki.Lang;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A subcommand: the shared {@code --lang} and {@code --debug} options, and the one place where errors turn
 * into a short message and exit code 2.
 */
abstract class CliCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "ja|en",
      converter = Converters.LangConverter.class,
      description = "Language of the output. Default: from the locale (ja for Japanese, else en).")
  private @Nullable Lang lang;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Option(names = "--debug", description = "Show the stack trace of an error.")
  private boolean debug;

  final CliContext context;

  CliCommand(CliContext context) {
    this.context = context;
  }

  /** Does the work and returns the exit code; any exception becomes exit code 2 with a message. */
  abstract int execute() throws IOException;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (Exception e) {
      return fail(e, err(), debug, lang());
    }
  }

  final Lang lang() {
    return lang != null ? lang : Lang.of(Locale.getDefault());
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  final Printer printer() {
    return new Printer(out(), lang());
  }

  /** A one-line note on stderr. */
  final void warn(String ja, String en) {
    new Printer(err(), lang()).line("kizuki: " + (lang() == Lang.JA ? ja : en));
    err().flush();
  }

  /** A progress line on stderr, only when it is a terminal. */
  final void progress(String ja, String en) {
    if (context.interactive()) {
      warn(ja, en);
    }
  }

  /** {@code dir}, which must be an existing folder. */
  static Path requireDirectory(Path dir) {
    if (!Files.exists(dir)) {
      throw new CliException("フォルダ " + dir + " がありません。", "no such folder: " + dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new CliException(dir + " はフォルダではありません。", dir + " is not a folder.");
    }
    return dir;
  }

  /** Shows {@code e} as a short message (with its stack trace when {@code debug}) and returns exit code 2. */
  static int fail(Exception e, PrintWriter err, boolean debug, Lang lang) {
    Printer p = new Printer(err, lang);
    String debugHint = p.t("（--debug で詳細を表示します）", " (run with --debug for the stack trace)");
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof CliException c) {
      p.line("kizuki: " + c.message(lang));
    } else if (cause instanceof KizukiException k) {
      String what = k instanceof ChecklistException ? p.t("チェックリスト", "the checklist")
          : k instanceof dev.kizuki.diff.ReportException ? p.t("レポート", "the report") : p.t("データ", "the data");
      p.line("kizuki: " + p.t(what + "に " + k.issues().size() + " 件の問題があります:",
          what + " has " + k.issues().size() + (k.issues().size() == 1 ? " problem:" : " problems:")));
      k.issues().forEach(i -> p.line("  " + i.format(lang)));
    } else if (cause instanceof NoSuchFileException n) {
      p.line("kizuki: " + p.t("ファイルがありません: " + n.getFile(), "no such file: " + n.getFile()));
    } else if (cause instanceof AccessDeniedException a) {
      p.line("kizuki: " + p.t("アクセスできません: " + a.getFile(), "permission denied: " + a.getFile()));
    } else if (cause instanceof IOException io) {
      p.line("kizuki: " + p.t("読み書きに失敗しました: ", "could not read or write a file: ") + describe(io)
          + debugHint);
    } else {
      p.line("kizuki: " + p.t("内部エラー: ", "internal error: ") + describe(cause) + debugHint);
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return Kizuki.INVALID;
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
  }
}
