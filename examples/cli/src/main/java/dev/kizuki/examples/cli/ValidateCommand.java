package dev.kizuki.examples.cli;

import dev.kizuki.Assessment;
import dev.kizuki.AssessmentOptions;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.DatasetReport;
import dev.kizuki.Inputs;
import dev.kizuki.Issue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code kizuki validate DIR}: reads every CSV file in a folder as its dataset schema says and lists every
 * problem with file, line and column. Exit 0 when the data is clean, 3 when there is any problem (2 for usage or checklist problems). A missing
 * dataset file is reported but is not a problem: the items that need it are simply UNKNOWN. A file with a
 * header and no rows is a problem unless {@code kizuki-inputs.yaml} declares the dataset complete: an untouched
 * template is no evidence that nothing exists.
 */
@Command(
    name = "validate",
    description = {
      "Check the CSV files in DIR against the checklist's dataset schemas and list every problem with file,"
          + " line and column.",
      "Exit code 0 when the data is clean, 3 when the data has any problem, 2 for usage or checklist problems."
          + " Missing files are listed but are not problems; a file with no rows is one, unless kizuki-inputs.yaml"
          + " declares the dataset complete."
    })
final class ValidateCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir", description = "The folder holding the CSV files.")
  private Path dir;

  @Mixin private ChecklistOption checklist;

  ValidateCommand(CliContext context, GlobalOptions globals) {
    super(context, globals);
  }

  @Override
  int execute() throws IOException {
    requireDirectory(dir);
    CompiledChecklist compiled = checklist.load();
    progress(dir + " を読んでいます…", "reading " + dir + " …");
    // Reading is all that matters here; the date only decides answer staleness, which is not a data problem.
    Assessment a = compiled.assess(Inputs.directory(dir), AssessmentOptions.asOf(LocalDate.now()));

    Printer p = printer();
    p.line(p.t(dir + " をチェックリスト " + compiled.checklist().id() + " " + compiled.checklist().version()
            + " のデータ定義で確認しました。",
        "Checked " + dir + " against the datasets of " + compiled.checklist().id() + " "
            + compiled.checklist().version() + "."));
    p.blank();
    int width = a.datasets().stream().mapToInt(d -> d.dataset().length()).max().orElse(0) + 4;
    int missing = 0;
    int bad = 0;
    for (DatasetReport d : a.datasets()) {
      String file = Printer.pad(d.dataset() + ".csv", width);
      switch (d.status()) {
        case OK -> p.line("  " + status(p, d) + file + "  " + rows(p, d));
        case INVALID_CELLS -> p.line("  " + status(p, d) + file + "  " + rows(p, d)
            + p.t("、不正な値があります", ", some cells are invalid"));
        case UNREADABLE -> p.line("  " + status(p, d) + file + p.t("  最後まで読めませんでした", "  could not be read to the end"));
        case MISSING -> p.line("  " + status(p, d) + file
            + p.t("  ファイルがありません（エラーではありません。これを使う項目は「不明」になります）",
                "  no file (not an error: the items that need it will be UNKNOWN)"));
        case EMPTY -> p.line("  " + status(p, d) + file + (d.declaration().isPresent()
            ? p.t("  行なし。" + d.declaration().get().declaredBy() + " が " + d.declaration().get().declaredOn()
                    + " にすべての行であると宣言しています",
                "  no rows, declared complete by " + d.declaration().get().declaredBy() + " on "
                    + d.declaration().get().declaredOn())
            : p.t("  見出しだけで行がありません。何もないなら " + Inputs.MANIFEST + " ですべての行であると宣言してください"
                    + "（宣言がなければ、行がないことを根拠に合格や対象外にはなりません）",
                "  a header and no rows: if nothing exists, declare the dataset complete in " + Inputs.MANIFEST
                    + " (until then, no item passes or is not applicable for want of rows)")));
      }
      if (d.status() == DatasetReport.Status.MISSING) {
        missing++;
      } else if (d.status() == DatasetReport.Status.EMPTY) {
        bad += d.declaration().isPresent() ? 0 : 1;
      } else if (d.status() != DatasetReport.Status.OK) {
        bad++;
      }
    }
    if (!a.dataIssues().isEmpty()) {
      p.blank();
      for (Issue i : a.dataIssues()) {
        p.line(i.format(p.lang()));
      }
    }
    p.blank();
    long empty = a.datasets().stream()
        .filter(d -> d.status() == DatasetReport.Status.EMPTY && d.declaration().isEmpty()).count();
    // An empty dataset gives no data issue of its own, so it is counted on top of them.
    int problems = (int) Math.max(a.dataIssues().size() + empty, bad);
    if (problems == 0 && bad == 0) {
      p.line(p.t("問題はありません。", "No problems found.")
          + (missing == 0 ? "" : p.t("（ファイルのないデータセット: " + missing + " 件）",
              " (" + missing + " dataset" + (missing == 1 ? "" : "s") + " without a file)")));
      flushOut();
      return Kizuki.OK;
    }
    p.line(p.t("問題が " + problems + " 件あります。", problems + (problems == 1 ? " problem." : " problems.")));
    flushOut();
    warn("データに問題があります（" + problems + " 件）。", "the data has problems (" + problems + ").");
    return Kizuki.DATA_PROBLEMS;
  }

  /** The status word, padded to one column in either language. */
  private static String status(Printer p, DatasetReport d) {
    String word = switch (d.status()) {
      case OK -> p.t("正常", "ok");
      case INVALID_CELLS -> p.t("不正な値", "invalid");
      case UNREADABLE -> p.t("読めない", "unreadable");
      case MISSING -> p.t("ファイルなし", "missing");
      case EMPTY -> p.t("行なし", "empty");
    };
    return Printer.pad(word, 12);
  }

  private static String rows(Printer p, DatasetReport d) {
    String enc = d.encodings().isEmpty() ? "" : " (" + String.join(", ", d.encodings()) + ")";
    return p.t(d.rows() + " 行", d.rows() + (d.rows() == 1 ? " row" : " rows")) + enc;
  }
}
