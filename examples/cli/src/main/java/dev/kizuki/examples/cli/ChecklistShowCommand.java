package dev.kizuki.examples.cli;

import dev.kizuki.Category;
import dev.kizuki.Checklist;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Source;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kizuki checklist show}: the checklist's header, source, categories and datasets. */
@Command(
    name = "show",
    description = "Show the checklist: title, version, source, categories and the datasets (CSV files) it reads.")
final class ChecklistShowCommand extends CliCommand {
  @Mixin private ChecklistOption checklist;

  ChecklistShowCommand(CliContext context, GlobalOptions globals) {
    super(context, globals);
  }

  @Override
  int execute() throws IOException {
    Checklist c = checklist.load().checklist();
    Printer p = printer();
    p.line(p.t(c.title()) + "  (" + c.id() + " " + c.version() + ")");
    p.paragraph("", p.t(c.description()));
    Source s = c.source();
    if (!s.title().isEmpty()) {
      p.blank();
      p.line(p.t("出典: ", "Source: ") + p.t(s.title()));
      if (!s.publisher().isEmpty()) {
        p.line("  " + p.t(s.publisher()) + (s.published().isEmpty() ? "" : ", " + s.published()));
      }
      if (!s.url().isEmpty()) {
        p.line("  " + s.url());
      }
    }
    p.blank();
    p.line(p.t("項目 " + c.items().size() + "、事例 " + c.cases().size() + "、教訓 " + c.lessons().size() + "、対策 "
            + c.measures().size(),
        c.items().size() + " items, " + c.cases().size() + " cases, " + c.lessons().size() + " lessons, "
            + c.measures().size() + " measures"));
    p.blank();
    p.line(p.t("カテゴリ", "Categories"));
    for (Category cat : c.categories()) {
      long n = c.items().stream().filter(i -> i.category().equals(cat.id())).count();
      p.line("  " + cat.id() + "  " + p.t(cat.title()) + p.t("（重み " + ChecklistListCommand.weight(cat.weight())
          + "、" + n + " 項目）", " (weight " + ChecklistListCommand.weight(cat.weight()) + ", " + n + " items)"));
    }
    p.blank();
    p.line(p.t("データセット（CSV ファイル）", "Datasets (CSV files)"));
    for (DatasetSchema d : c.datasets()) {
      dataset(p, d);
    }
    dataset(p, CompiledChecklist.answersSchema());
    p.blank();
    p.line(p.t("列の詳細は " + context.command("template <フォルダ>") + " が書き出す GUIDE.md を参照してください。",
        "For every column, see the GUIDE.md that '" + context.command("template <folder>") + "' writes."));
    flushOut();
    return Kizuki.OK;
  }

  private static void dataset(Printer p, DatasetSchema d) {
    p.line("  " + d.id() + ".csv  " + p.t(d.title())
        + p.t("（" + d.columns().size() + " 列、キー " + d.key() + "）",
            " (" + d.columns().size() + " columns, key " + d.key() + ")"));
  }
}
