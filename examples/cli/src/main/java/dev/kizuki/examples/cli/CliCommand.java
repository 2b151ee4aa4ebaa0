package dev.kizuki.examples.cli;

import dev.kizuki.ChecklistException;
import dev.kizuki.KizukiException;
import dev.kizuki.Lang;
import dev.kizuki.diff.ReportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A subcommand: the shared options (from {@link GlobalOptions}, and {@code --help}), and the one place where
 * errors turn into a short message and exit code 2.
 */
abstract class CliCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  final CliContext context;
  private final GlobalOptions globals;

  CliCommand(CliContext context, GlobalOptions globals) {
    this.context = context;
    this.globals = globals;
  }

  /** Does the work and returns the exit code; any exception becomes exit code 2 with a message. */
  abstract int execute() throws IOException;

  @Override
  public final Integer call() {
    try {
      return execute();
    } catch (Exception e) {
      return fail(e, err(), globals.debug, lang());
    }
  }

  final Lang lang() {
    return globals.lang();
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

  /**
   * Flushes stdout and fails if anything written to it was lost.
   *
   * @throws CliException when a write to stdout failed
   */
  final void flushOut() {
    if (out().checkError()) {
      throw Output.stdoutLost();
    }
  }

  /** A one-line note on stderr, unless {@code --quiet}. */
  final void warn(String ja, String en) {
    if (!globals.quiet) {
      new Printer(err(), lang()).line("kizuki: " + (lang() == Lang.JA ? ja : en));
      err().flush();
    }
  }

  /** A progress line on stderr, only when it is a terminal and not {@code --quiet}. */
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

  /**
   * {@code file}, which must be a regular file (following links); otherwise a message that says what it is.
   *
   * @param kindJa what the file is for, in Japanese (免除ファイル)
   * @param kindEn the same in English (waiver file)
   */
  static Path requireFile(Path file, String kindJa, String kindEn) {
    if (Files.isRegularFile(file)) {
      return file;
    }
    if (Files.isDirectory(file)) {
      throw new CliException(kindJa + " " + file + " はフォルダです。ファイルを指定してください。",
          "the " + kindEn + " " + file + " is a folder, not a file.");
    }
    if (Files.exists(file)) {
      throw new CliException(kindJa + " " + file + " は通常のファイルではありません。",
          "the " + kindEn + " " + file + " is not a regular file.");
    }
    throw new CliException(kindJa + " " + file + " がありません。", "no such " + kindEn + ": " + file);
  }

  /**
   * Shows {@code e} as a short message in {@code lang}, in our own words (never an exception's class or text),
   * with its stack trace when {@code debug}, and returns exit code 2.
   */
  static int fail(Exception e, PrintWriter err, boolean debug, Lang lang) {
    Printer p = new Printer(err, lang);
    String debugHint = p.t("（--debug で詳細を表示します）", " (run with --debug for details)");
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof CliException c) {
      p.line("kizuki: " + c.message(lang));
    } else if (cause instanceof KizukiException || cause instanceof KindedProblem) {
      KizukiException k = cause instanceof KindedProblem kp ? kp.problems : (KizukiException) cause;
      String what = cause instanceof KindedProblem kp ? kp.kind.get(lang)
          : k instanceof ChecklistException ? p.t("チェックリスト", "the checklist")
          : k instanceof ReportException ? p.t("レポート", "the report") : p.t("データ", "the data");
      p.line("kizuki: " + p.t(what + "に " + k.issues().size() + " 件の問題があります:",
          what + " has " + k.issues().size() + (k.issues().size() == 1 ? " problem:" : " problems:")));
      k.issues().forEach(i -> p.line("  " + i.format(lang)));
    } else if (cause instanceof NoSuchFileException n) {
      p.line("kizuki: " + p.t("ファイルがありません: " + n.getFile(), "no such file: " + n.getFile()));
    } else if (cause instanceof AccessDeniedException a) {
      p.line("kizuki: " + p.t("アクセスできません: " + a.getFile(), "permission denied: " + a.getFile()));
    } else if (cause instanceof FileSystemException f && f.getFile() != null) {
      String file = f.getFile();
      p.line("kizuki: " + (Files.isDirectory(Path.of(file))
          ? p.t(file + " はフォルダです。ファイルを指定してください。", file + " is a folder, not a file.")
          : p.t(file + " を読み書きできませんでした。", "could not read or write " + file + ".") + debugHint));
    } else if (cause instanceof InvalidPathException i) {
      p.line("kizuki: " + Converters.unnameable(i.getInput()).get(lang));
    } else if (cause instanceof IOException) {
      p.line("kizuki: " + p.t("ファイルの読み書きに失敗しました。", "could not read or write a file.") + debugHint);
    } else {
      p.line("kizuki: " + p.t("内部エラーです。", "internal error.") + debugHint);
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return Kizuki.INVALID;
  }
}
