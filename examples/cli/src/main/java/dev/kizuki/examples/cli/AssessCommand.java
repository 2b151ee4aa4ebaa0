package dev.kizuki.examples.cli;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.DatasetReport;
import dev.kizuki.Inputs;
import dev.kizuki.ItemResult;
import dev.kizuki.ScoringModel;
import dev.kizuki.report.ReportFormat;
import dev.kizuki.report.ReportWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kizuki assess DIR}: assesses the CSV files in a folder and writes one or more reports.
 *
 * <p>Problems in the data do not stop it: the items that needed the bad data are ERROR (or UNKNOWN when a
 * file is missing), the reports list every problem, a one-line warning goes to stderr and the exit code is
 * 3. A failed gate ({@code --fail-under}, {@code --fail-on}) is exit code 1 and wins over 3; 2 is for usage
 * errors, a missing folder, an invalid checklist, profile or waiver file, or a report that could not be
 * written.
 */
@Command(
    name = "assess",
    description = {
      "Assess the CSV files in DIR (<dataset>.csv for each dataset, answers.csv for questionnaire answers)"
          + " against the checklist and write one or more reports (a text summary on stdout by default).",
      "Data problems do not stop the assessment: the reports list them, the items that need the bad data are"
          + " ERROR or UNKNOWN, and the exit code is 3."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  assessed, every gate passed",
      "  1  a gate failed (--fail-under, --fail-on); wins over 3",
      "  2  usage, or a checklist, profile or waiver problem (nothing assessed),",
      "     or a report that could not be written",
      "  3  assessed, but some data (or kizuki-inputs.yaml) could not be read (the reports are written in full)"
    })
final class AssessCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir", description = "The folder holding the CSV files.")
  private Path dir;

  @Mixin private ChecklistOption checklist;

  @Mixin private TailoringOptions tailoring;

  @Option(
      names = "--report",
      paramLabel = "FORMAT[:FILE]",
      converter = ReportTarget.Converter.class,
      description = "A report to write: text, json, csv, md, html, oscal (OSCAL Assessment Results JSON) or junit (JUnit XML), to FILE (UTF-8) or, without one, to stdout."
          + " Repeatable: --report text --report json:report.json --report html:report.html. Default: text"
          + " on stdout.")
  private List<ReportTarget> reports = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = ReportTarget.FormatConverter.class,
      description = "Shorthand for one --report FORMAT (with --out, FORMAT:FILE).")
  private @Nullable ReportFormat format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Shorthand: with --format, where that report goes; alone, --report text:FILE.")
  private @Nullable Path outFile;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.DateConverter.class,
      description = "The assessment date that ages are measured from: 2026-04-01, 2026/4/1, 令和8年4月1日 or"
          + " R8.4.1. Default: today.")
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
      description = "Gate: exit with 1 when the score (0-100, as shown with two decimals) is below SCORE.")
  private @Nullable BigDecimal failUnder;

  @Option(
      names = "--fail-on",
      paramLabel = "OUTCOME[,OUTCOME...]",
      split = ",",
      converter = Gate.Converter.class,
      description = "Gate: exit with 1 when any item is one of these: fail, contradicted, error, unknown, or"
          + " stale (an answer older than the freshness limit).")
  private List<Gate> failOn = new ArrayList<>();

  AssessCommand(CliContext context, GlobalOptions globals) {
    super(context, globals);
  }

  @Override
  int execute() throws IOException {
    List<ReportTarget> targets = targets();
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
    for (DatasetReport d : assessment.datasets()) {
      // Core reads the datasets inside assess() and has no progress callback yet: one line per dataset after.
      progress(d.dataset() + ".csv: " + d.rows() + " 行（" + d.status().id() + "）",
          d.dataset() + ".csv: " + d.rows() + (d.rows() == 1 ? " row (" : " rows (") + d.status().id() + ")");
    }

    for (ReportTarget t : targets) {
      ReportWriter writer = t.format().writer();
      if (t.file().isPresent()) {
        Path file = t.file().get();
        Output.toFile(file, w -> writer.write(assessment, lang(), w));
        progress(file + " に書き出しました", "wrote " + file);
      } else {
        writer.write(assessment, lang(), out());
        flushOut();
      }
    }

    int problems = assessment.dataIssues().size();
    if (problems > 0) {
      String validate = context.command("validate " + dir);
      warn("データの問題が " + problems + " 件あります。レポートを見るか、" + validate + " を実行してください。",
          problems + (problems == 1 ? " data problem" : " data problems") + "; see the report or run '" + validate
              + "'.");
    }
    boolean gateFailed = false;
    BigDecimal score = BigDecimal.valueOf(assessment.score()).setScale(2, RoundingMode.HALF_EVEN);
    if (failUnder != null && score.compareTo(failUnder) < 0) {
      warn("スコア " + score + " が --fail-under " + failUnder.toPlainString() + " を下回りました。",
          "score " + score + " is below --fail-under " + failUnder.toPlainString() + ".");
      gateFailed = true;
    }
    for (Gate g : failOn.isEmpty() ? EnumSet.noneOf(Gate.class) : EnumSet.copyOf(failOn)) {
      Set<String> ids = new TreeSet<>();
      for (ItemResult r : assessment.items()) {
        if (g.trips(r)) {
          ids.add(r.id());
        }
      }
      if (!ids.isEmpty()) {
        warn("--fail-on " + g.id() + ": " + ids.size() + " 項目（" + String.join(", ", ids) + "）",
            "--fail-on " + g.id() + ": " + ids.size() + (ids.size() == 1 ? " item (" : " items (")
                + String.join(", ", ids) + ")");
        gateFailed = true;
      }
    }
    return gateFailed ? Kizuki.GATE_FAILED : problems > 0 ? Kizuki.DATA_PROBLEMS : Kizuki.OK;
  }

  /** The reports to write: every --report, plus the --format/--out shorthand; text on stdout when none. */
  private List<ReportTarget> targets() {
    List<ReportTarget> targets = new ArrayList<>(reports);
    if (format != null || outFile != null) {
      ReportFormat f = format != null ? format : ReportFormat.TEXT;
      targets.add(new ReportTarget(f, Optional.ofNullable(outFile)));
    }
    if (targets.isEmpty()) {
      targets.add(new ReportTarget(ReportFormat.TEXT, Optional.empty()));
    }
    if (targets.stream().filter(t -> t.file().isEmpty()).count() > 1) {
      throw new CliException("標準出力に書けるレポートは 1 つだけです。ほかは --report 形式:ファイル で指定してください。",
          "only one report can go to stdout; give the others a file: --report FORMAT:FILE.");
    }
    return targets;
  }
}
