package dev.kizuki.examples.cli;

import dev.kizuki.Checklist;
import dev.kizuki.Item;
import dev.kizuki.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kizuki checklist list}: one line per item: id, category, severity, weight, how checked, title. */
@Command(
    name = "list",
    description = "List the items: id, category, severity, weight, how it is checked (data, question or both)"
        + " and title.")
final class ChecklistListCommand extends CliCommand {
  @Mixin private ChecklistOption checklist;

  ChecklistListCommand(CliContext context, GlobalOptions globals) {
    super(context, globals);
  }

  @Override
  int execute() throws IOException {
    Checklist c = checklist.load().checklist();
    Printer p = printer();
    String[] head = {"ID", p.t("カテゴリ", "CATEGORY"), p.t("重大度", "SEVERITY"), p.t("重み", "WEIGHT"),
        p.t("判定", "CHECKED BY"), p.t("タイトル", "TITLE")};
    int[] width = new int[head.length - 1];
    List<String[]> rows = new ArrayList<>();
    for (Item i : c.items()) {
      rows.add(new String[] {i.id(), i.category(), severity(p, i.severity()), weight(i.weight()), checkedBy(p, i),
          p.t(i.title())});
    }
    for (String[] row : concat(head, rows)) {
      for (int k = 0; k < width.length; k++) {
        width[k] = Math.max(width[k], Printer.width(row[k]));
      }
    }
    for (String[] row : concat(head, rows)) {
      StringBuilder line = new StringBuilder();
      for (int k = 0; k < width.length; k++) {
        line.append(Printer.pad(row[k], width[k])).append("  ");
      }
      p.line(line.append(row[width.length]).toString());
    }
    flushOut();
    return Kizuki.OK;
  }

  private static List<String[]> concat(String[] head, List<String[]> rows) {
    List<String[]> all = new ArrayList<>(rows.size() + 1);
    all.add(head);
    all.addAll(rows);
    return all;
  }

  /** {@code data}, {@code question} or {@code both}, in the user's language. */
  static String checkedBy(Printer p, Item i) {
    if (i.check().data().isPresent()) {
      return i.check().question() ? p.t("データと質問", "both") : p.t("データ", "data");
    }
    return p.t("質問", "question");
  }

  /** The severity word in the user's language. */
  static String severity(Printer p, Severity s) {
    return switch (s) {
      case LOW -> p.t("低", "low");
      case MEDIUM -> p.t("中", "medium");
      case HIGH -> p.t("高", "high");
      case CRITICAL -> p.t("重大", "critical");
    };
  }

  static String weight(double w) {
    return BigDecimal.valueOf(w).stripTrailingZeros().toPlainString();
  }
}
