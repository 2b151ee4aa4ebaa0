package dev.kizuki.examples.cli;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.Inputs;
import dev.kizuki.ScoringModel;
import dev.kizuki.report.ReportFormat;
import dev.kizuki.report.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kizuki assess DIR}: assesses the CSV files in a folder and writes a report.
 *
 * <p>Problems in the data do not stop it: the items that needed the bad data are ERROR (or UNKNOWN when a
 * file is missing), the report lists every problem, and a one-line warning goes to stderr. The exit code is
 * therefore 0, or 1 when the score is below {@code --fail-under}; 2 only for usage errors, a missing folder,
 * an invalid checklist or an I/O failure.
 */
@Command(
    name = "assess",
    description = {
      "Assess the CSV files in DIR (<dataset>.csv for each dataset, answers.csv for questionnaire answers)"
          + " against the checklist and write a report.",
      "Data problems do not stop the assessment: the report lists them and the items that need the bad data"
          + " are ERROR or UNKNOWN."
    })
final class AssessCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "DIR", description = "The folder holding the CSV files.")
  private Path dir;

  @Mixin private ChecklistOption checklist;

  @Mixin private TailoringOptions tailoring;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json, csv, md or html (as available). Default: ${DEFAULT-VALUE}.")
  private String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the report to FILE (UTF-8) instead of stdout.")
  private @Nullable Path outFile;

  @Option(
      names = "--as-of",
      paramLabel = "yyyy-MM-dd",
      converter = Converters.DateConverter.class,
      description = "The assessment date that ages are measured from. Default: today.")
  private @Nullable LocalDate asOf;

  @Option(
      names = "--scoring",
      paramLabel = "MODEL",
      converter = Converters.ScoringConverter.class,
      description = "default, flat, flat-unweighted or absolute (XCCDF scoring models). Default: default.")
  private ScoringModel scoring = ScoringModel.DEFAULT;

  @Option(
      names = "--fail-under",
      paramLabel = "SCORE",
      description = "Exit with 1 when the score (0-100, as shown with two decimals) is below SCORE.")
  private @Nullable BigDecimal failUnder;

  AssessCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() throws IOException {
    ReportWriter writer = writer(format);
    if (failUnder != null && (failUnder.signum() < 0 || failUnder.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new CliException("--fail-under は 0 から 100 の数で指定してください（指定値: " + failUnder + "）。",
          "--fail-under must be a score from 0 to 100, was " + failUnder + ".");
    }
    requireDirectory(dir);
    CompiledChecklist compiled = tailoring.compile(checklist.checklist());
    progress(dir + " を評価しています…", "assessing " + dir + " …");
    AssessmentOptions options =
        AssessmentOptions.asOf(asOf != null ? asOf : LocalDate.now()).withScoringModel(scoring);
    Assessment assessment = compiled.assess(Inputs.directory(dir), options);

    if (outFile != null) {
      try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
        writer.write(assessment, lang(), w);
      }
      progress(outFile + " に書き出しました", "wrote " + outFile);
    } else {
      writer.write(assessment, lang(), out());
      out().flush();
    }

    int problems = assessment.dataIssues().size();
    if (problems > 0) {
      warn("データの問題が " + problems + " 件あります。レポートを見るか、kizuki validate " + dir + " を実行してください。",
          problems + (problems == 1 ? " data problem" : " data problems") + "; see the report or run 'kizuki validate "
              + dir + "'.");
    }
    BigDecimal score = BigDecimal.valueOf(assessment.score()).setScale(2, RoundingMode.HALF_EVEN);
    if (failUnder != null && score.compareTo(failUnder) < 0) {
      warn("スコア " + score + " が --fail-under " + failUnder.toPlainString() + " を下回りました。",
          "score " + score + " is below --fail-under " + failUnder.toPlainString() + ".");
      return Kizuki.BELOW_THRESHOLD;
    }
    return Kizuki.OK;
  }

  private static ReportWriter writer(String format) {
    ReportFormat f;
    try {
      f = ReportFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new CliException("レポート形式「" + format + "」はありません。" + known(),
          "unknown report format '" + format + "'. " + known());
    }
    try {
      return f.writer();
    } catch (RuntimeException e) {
      throw new CliException("レポート形式「" + f.id() + "」はこのビルドでは使えません。" + known(),
          "the report format '" + f.id() + "' is not available in this build. " + known());
    }
  }

  private static String known() {
    StringBuilder sb = new StringBuilder("Formats: ");
    for (ReportFormat f : ReportFormat.values()) {
      sb.append(f == ReportFormat.values()[0] ? "" : ", ").append(f.id().toLowerCase(Locale.ROOT));
    }
    return sb.append('.').toString();
  }
}
