package dev.kizuki.examples.cli;

import dev.kizuki.diff.DiffWriter;
import dev.kizuki.diff.ReportDiff;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kizuki diff OLD.json NEW.json}: progress between two JSON reports. Exit code 0, or 2 when a report
 * cannot be read or is not a {@code kizuki-report/1} document.
 */
@Command(
    name = "diff",
    description = {
      "Show the progress between two JSON reports (kizuki assess --format json): the score change overall and"
          + " per category, items that improved, regressed or changed status, answers that became stale, and"
          + " waivers that expired in between."
    })
final class DiffCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "OLD.json", description = "The older JSON report.")
  private Path before;

  @Parameters(index = "1", paramLabel = "NEW.json", description = "The newer JSON report.")
  private Path after;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json (kizuki-diff/1) or md. Default: ${DEFAULT-VALUE}.")
  private String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE (UTF-8) instead of stdout.")
  private @Nullable Path outFile;

  DiffCommand(CliContext context) {
    super(context);
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
      if (!Files.isRegularFile(p)) {
        throw new CliException("レポート " + p + " がありません。", "no such report: " + p);
      }
    }
    ReportDiff diff = ReportDiff.read(before, after);
    DiffWriter writer = new DiffWriter();
    if (outFile != null) {
      try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
        writer.write(diff, f, lang(), w);
      }
    } else {
      writer.write(diff, f, lang(), out());
      out().flush();
    }
    return Kizuki.OK;
  }
}
