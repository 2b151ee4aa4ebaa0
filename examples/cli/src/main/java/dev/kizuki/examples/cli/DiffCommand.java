package dev.kizuki.examples.cli;

import dev.kizuki.diff.DiffWriter;
import dev.kizuki.diff.ReportDiff;
import java.io.IOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kizuki diff OLD.json NEW.json}: progress between two JSON reports. Exit code 0; 1 with {@code
 * --fail-on-regression} when the score fell or an item regressed; 2 when a report cannot be read or is not a
 * {@code kizuki-report/1} document.
 */
@Command(
    name = "diff",
    description = {
      "Show the progress between two JSON reports (${ROOT-COMMAND-NAME} assess --report json:FILE): the score"
          + " change overall and per category, items that improved, regressed or changed status, answers that"
          + " became stale, and waivers that expired in between."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  compared",
      "  1  with --fail-on-regression: the score fell or an item regressed",
      "  2  usage, or a report that cannot be read"
    })
final class DiffCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "OLD.json", descriptionKey = "old", description = "The older JSON report.")
  private Path before;

  @Parameters(index = "1", paramLabel = "NEW.json", descriptionKey = "new", description = "The newer JSON report.")
  private Path after;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json (kizuki-diff/1) or md. Default: ${DEFAULT-VALUE}.")
  private String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (UTF-8) instead of stdout.")
  private @Nullable Path outFile;

  @Option(
      names = "--fail-on-regression",
      description = "Gate: exit with 1 when the score fell or any item regressed.")
  private boolean failOnRegression;

  DiffCommand(CliContext context, GlobalOptions globals) {
    super(context, globals);
  }

  @Override
  int execute() throws IOException {
    DiffWriter.Format f;
    try {
      f = DiffWriter.Format.of(format);
    } catch (IllegalArgumentException e) {
      throw new CliException("差分の形式「" + format + "」はありません。形式: text, json, md。",
          "unknown diff format '" + format + "'. Formats: text, json, md.");
    }
    for (Path p : new Path[] {before, after}) {
      requireFile(p, "レポート", "report");
    }
    ReportDiff diff = ReportDiff.read(before, after);
    DiffWriter writer = new DiffWriter();
    if (outFile != null) {
      Output.toFile(outFile, w -> writer.write(diff, f, lang(), w));
    } else {
      writer.write(diff, f, lang(), out());
      flushOut();
    }
    int regressed = diff.items(ReportDiff.Direction.REGRESSED).size();
    // The score as reports show it, with two decimals: a fall below that is rounding, not a regression.
    boolean fell = Math.round(diff.scoreChange() * 100) < 0;
    if (failOnRegression && (fell || regressed > 0)) {
      warn("後退しました: スコアの変化 " + String.format(java.util.Locale.ROOT, "%+.2f", diff.scoreChange())
              + "、後退した項目 " + regressed + " 件。",
          "regressed: score change " + String.format(java.util.Locale.ROOT, "%+.2f", diff.scoreChange()) + ", "
              + regressed + (regressed == 1 ? " item" : " items") + " regressed.");
      return Kizuki.GATE_FAILED;
    }
    return Kizuki.OK;
  }
}
