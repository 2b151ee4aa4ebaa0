package dev.kizuki.examples.cli;

import dev.kizuki.Lang;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code kizuki} command: assess an organization's CSV data against a checklist, check the data, write
 * blank templates, browse the checklist, and compare two reports.
 *
 * <p>Exit codes: {@value #OK} assessed, {@value #GATE_FAILED} a gate failed ({@code --fail-under}, {@code
 * --fail-on}, {@code diff --fail-on-regression}), {@value #INVALID} usage, or a checklist, profile, waiver or
 * report problem, or a failed write (nothing assessed, or the output lost), {@value #DATA_PROBLEMS} assessed,
 * but some data or kizuki-inputs.yaml could not be read (the report is written in full). A failed gate wins
 * over data problems.
 * Messages are one paragraph on stderr (the stack trace only with {@code --debug}). Output is UTF-8, except
 * on a Windows console, where it follows the console's code page.
 */
@Command(
    name = "kizuki",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Scored self-assessment of an organization's configuration data against checklists traced to"
        + " real incidents (bundled: NISC 2020 critical infrastructure cases).",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  assessed (every gate passed)",
      "  1  a gate failed: --fail-under, --fail-on, diff --fail-on-regression",
      "  2  usage, or a checklist, profile, waiver or report problem (nothing assessed),",
      "     or output that could not be written",
      "  3  assessed, but some data (or kizuki-inputs.yaml) could not be read (the report is written in full)"
    },
    synopsisSubcommandLabel = "COMMAND")
public final class Kizuki implements Callable<Integer> {
  /** Assessed; every gate given passed. */
  public static final int OK = 0;
  /** A gate failed: {@code --fail-under}, {@code --fail-on} or {@code diff --fail-on-regression}. */
  public static final int GATE_FAILED = 1;
  /** Usage, or a checklist, profile, waiver or report problem, or lost output: nothing (usable) was done. */
  public static final int INVALID = 2;
  /** Assessed, but some data could not be read; the report is still written in full. */
  public static final int DATA_PROBLEMS = 3;

  /** The commands, in the order usage lists them. */
  private static final List<String> COMMANDS =
      List.of("assess", "validate", "template", "checklist", "explain", "diff");

  @Spec private CommandSpec spec;

  @Mixin private final GlobalOptions globals;

  private Kizuki(GlobalOptions globals) {
    this.globals = globals;
  }

  public static void main(String[] args) {
    Charset outCs = consoleCharset(System.getProperty("os.name", ""), System.getProperty("sun.stdout.encoding"));
    Charset errCs = consoleCharset(System.getProperty("os.name", ""), System.getProperty("sun.stderr.encoding"));
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, outCs);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, errCs);
    String tty = System.getProperty("kizuki.stderr.tty");
    // The launcher knows whether stderr is a terminal ([ -t 2 ]); with java -jar, a console is the best guess.
    boolean interactive = tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
    System.exit(run(args, out, err, new CliContext(interactive, CliContext.invocation()), outCs, errCs));
  }

  /**
   * Runs the command line {@code args}, writing UTF-8 to {@code out} and {@code err}, and returns the exit
   * code. Never shows progress. Does not close the streams.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, new CliContext(false, "kizuki"), StandardCharsets.UTF_8, StandardCharsets.UTF_8);
  }

  static int run(String[] args, PrintStream out, PrintStream err, CliContext context, Charset outCs, Charset errCs) {
    // Over a PrintStream, PrintWriter.checkError() reports the stream's swallowed write errors (a full disk).
    PrintWriter o = new PrintWriter(out, false, outCs);
    PrintWriter e = new PrintWriter(err, true, errCs);
    GlobalOptions globals = new GlobalOptions();
    CommandLine cl = new CommandLine(new Kizuki(globals));
    String named = args.length > 0 ? args[0] : "";
    boolean one = COMMANDS.contains(named);
    for (String name : COMMANDS) {
      // picocli reads each command's annotations by reflection, about 20 ms for the ones a run does not use
      // when cold: when the first argument names a command, only that one is built (usage, suggestions for
      // typos and everything else still get them all).
      if (!one || name.equals(named)) {
        cl.addSubcommand(command(name, context, globals));
      }
    }
    Lang lang = GlobalOptions.prescan(Arrays.asList(args));
    if (lang == Lang.JA) {
      cl.setResourceBundle(HelpBundle.japanese(context.command()));
    }
    cl.setCommandName(context.command())
        .setOut(o)
        .setErr(e)
        .setColorScheme(Help.defaultColorScheme(context.interactive() ? Help.Ansi.AUTO : Help.Ansi.OFF))
        .setOverwrittenOptionsAllowed(true)
        .registerConverter(Path.class, new Converters.PathConverter())
        .setParameterExceptionHandler((ex, a) -> usageError(ex, lang))
        .setExecutionExceptionHandler((ex, cmd, parsed) -> CliCommand.fail(ex, cmd.getErr(), globals.debug, lang));
    int code = cl.execute(args);
    o.flush();
    if (code != INVALID && o.checkError()) {
      // Help, version or a command's last lines that never reached stdout (a command's own check said so).
      code = CliCommand.fail(Output.stdoutLost(), e, false, lang);
    }
    e.flush();
    return code;
  }

  /**
   * The charset for a standard stream: on a Windows console the console's code page (which the JVM puts in
   * {@code sun.stdout.encoding} / {@code sun.stderr.encoding} only when the stream is a console), else UTF-8,
   * whatever the platform default, so that a redirected report is the same bytes everywhere.
   */
  static Charset consoleCharset(String osName, String consoleEncoding) {
    if (consoleEncoding == null || !osName.startsWith("Windows")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(consoleEncoding);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static Object command(String name, CliContext context, GlobalOptions globals) {
    return switch (name) {
      case "assess" -> new AssessCommand(context, globals);
      case "validate" -> new ValidateCommand(context, globals);
      case "template" -> new TemplateCommand(context, globals);
      case "checklist" -> new CommandLine(new ChecklistCommand())
          .addSubcommand(new ChecklistListCommand(context, globals))
          .addSubcommand(new ChecklistShowCommand(context, globals));
      case "explain" -> new ExplainCommand(context, globals);
      case "diff" -> new DiffCommand(context, globals);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** No subcommand: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return INVALID;
  }

  /** A usage error in the user's language: what was wrong, suggestions for typos, where to find help. */
  private static int usageError(ParameterException ex, Lang lang) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    Printer p = new Printer(err, lang);
    p.line("kizuki: " + usageMessage(ex, lang));
    if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      p.line(p.t("もしかして: ", "Did you mean: ") + String.join(", ", u.getSuggestions()));
    }
    String help = cmd.getCommandSpec().qualifiedName() + " --help";
    p.line(p.t("使い方は '" + help + "' で表示します。", "Run '" + help + "' for usage."));
    err.flush();
    return INVALID;
  }

  private static String usageMessage(ParameterException ex, Lang lang) {
    if (ex.getCause() instanceof Converters.BadValue bad) {
      return (lang == Lang.JA ? name(ex.getArgSpec()) + " の値が正しくありません: "
          : "Invalid value for " + name(ex.getArgSpec()) + ": ") + bad.text.get(lang);
    }
    if (lang == Lang.EN) {
      return ex.getMessage();
    }
    if (ex instanceof UnmatchedArgumentException u) {
      return "不明な引数です: " + String.join(" ", u.getUnmatched());
    }
    if (ex instanceof MissingParameterException m) {
      StringBuilder names = new StringBuilder();
      for (ArgSpec a : m.getMissing()) {
        names.append(names.length() == 0 ? "" : ", ").append(name(a));
      }
      return "必要な引数がありません: " + names;
    }
    return "コマンドラインを解釈できません" + (ex.getValue() == null ? "" : "（" + ex.getValue() + "）") + "。";
  }

  private static String name(ArgSpec a) {
    if (a == null) {
      return "?";
    }
    return a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : "'" + a.paramLabel() + "'";
  }
}
