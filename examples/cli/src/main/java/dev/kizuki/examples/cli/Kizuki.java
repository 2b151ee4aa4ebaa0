package dev.kizuki.examples.cli;

import dev.kizuki.Lang;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code kizuki} command: assess an organization's CSV data against a checklist, check the data, write
 * blank templates, browse the checklist, and compare two reports.
 *
 * <p>Exit codes: {@value #OK} done (and the score is at or above {@code --fail-under} when given), {@value
 * #BELOW_THRESHOLD} the score is below {@code --fail-under}, {@value #INVALID} invalid input or usage (a
 * one-paragraph message on stderr, the stack trace only with {@code --debug}). Output is UTF-8 whatever the
 * platform's default charset.
 */
@Command(
    name = "kizuki",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Scored self-assessment of an organization's configuration data against checklists traced to real"
          + " incidents (bundled: NISC 2020 critical infrastructure cases).",
      "",
      "Exit codes: 0 done, 1 score below --fail-under, 2 invalid input or usage."
    },
    synopsisSubcommandLabel = "COMMAND")
public final class Kizuki implements Callable<Integer> {
  /** Done; with {@code --fail-under}, the score is at or above it. */
  public static final int OK = 0;
  /** The score is below {@code --fail-under}. */
  public static final int BELOW_THRESHOLD = 1;
  /** Invalid input or usage. */
  public static final int INVALID = 2;

  @Spec private CommandSpec spec;

  private Kizuki() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, System.console() != null));
  }

  /**
   * Runs the command line {@code args}, writing UTF-8 to {@code out} and {@code err}, and returns the exit
   * code. Never shows progress. Does not close the streams.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CliContext context = new CliContext(interactive);
    CommandLine cl = new CommandLine(new Kizuki());
    String named = args.length > 0 ? args[0] : "";
    boolean one = COMMANDS.contains(named);
    for (String name : COMMANDS) {
      // picocli reads each command's annotations by reflection, about 20 ms for the ones a run does not use
      // when cold: when the first argument names a command, only that one is built (usage, suggestions for
      // typos and everything else still get them all).
      if (!one || name.equals(named)) {
        cl.addSubcommand(command(name, context));
      }
    }
    cl.setOut(o)
        .setErr(e)
        .setColorScheme(Help.defaultColorScheme(interactive ? Help.Ansi.AUTO : Help.Ansi.OFF))
        .setOverwrittenOptionsAllowed(true)
        .setParameterExceptionHandler(Kizuki::usageError)
        .setExecutionExceptionHandler(
            (ex, cmd, parsed) -> CliCommand.fail(ex, cmd.getErr(), false, Lang.of(Locale.getDefault())));
    int code = cl.execute(args);
    o.flush();
    e.flush();
    return code;
  }

  /** The commands, in the order usage lists them. */
  private static final List<String> COMMANDS =
      List.of("assess", "validate", "template", "checklist", "explain", "diff");

  private static Object command(String name, CliContext context) {
    return switch (name) {
      case "assess" -> new AssessCommand(context);
      case "validate" -> new ValidateCommand(context);
      case "template" -> new TemplateCommand(context);
      case "checklist" -> new CommandLine(new ChecklistCommand())
          .addSubcommand(new ChecklistListCommand(context))
          .addSubcommand(new ChecklistShowCommand(context));
      case "explain" -> new ExplainCommand(context);
      case "diff" -> new DiffCommand(context);
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** No subcommand: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return INVALID;
  }

  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.print("kizuki: " + ex.getMessage() + "\n");
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.print("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.\n");
    err.flush();
    return INVALID;
  }
}
