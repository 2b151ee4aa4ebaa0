package dev.kizuki.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kizuki checklist list|show}: the group; without a subcommand it shows its usage and fails. */
@Command(
    name = "checklist",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Browse a checklist: its items (list) or its header, categories and datasets (show).",
    synopsisSubcommandLabel = "(list | show)")
final class ChecklistCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Kizuki.INVALID;
  }
}
