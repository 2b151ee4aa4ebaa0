package dev.kizuki.examples.cli;

import dev.kizuki.Checklist;
import dev.kizuki.Item;
import java.io.IOException;
import java.math.BigDecimal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kizuki checklist list}: one line per item: id, category, severity, weight, how checked, title. */
@Command(
    name = "list",
    description = "List the items: id, category, severity, weight, how it is checked (data, question or both)"
        + " and title.")
final class ChecklistListCommand extends CliCommand {
  @Mixin private ChecklistOption checklist;

  ChecklistListCommand(CliContext context) {
    super(context);
  }

  @Override
  int execute() throws IOException {
    Checklist c = checklist.load().checklist();
    Printer p = printer();
    int idWidth = "ID".length();
    int categoryWidth = "CATEGORY".length();
    for (Item i : c.items()) {
      idWidth = Math.max(idWidth, i.id().length());
      categoryWidth = Math.max(categoryWidth, i.category().length());
    }
    p.line(Printer.pad("ID", idWidth) + "  " + Printer.pad("CATEGORY", categoryWidth) + "  " + Printer.pad("SEVERITY", 8) + "  "
        + Printer.pad("WEIGHT", 6) + "  " + Printer.pad("CHECKED BY", 10) + "  " + p.t("タイトル", "TITLE"));
    for (Item i : c.items()) {
      p.line(Printer.pad(i.id(), idWidth) + "  " + Printer.pad(i.category(), categoryWidth) + "  " + Printer.pad(i.severity().id(), 8) + "  "
          + Printer.pad(weight(i.weight()), 6) + "  " + Printer.pad(checkedBy(i), 10) + "  " + p.t(i.title()));
    }
    p.flush();
    return Kizuki.OK;
  }

  /** {@code data}, {@code question} or {@code both}. */
  static String checkedBy(Item i) {
    if (i.check().data().isPresent()) {
      return i.check().question() ? "both" : "data";
    }
    return "question";
  }

  static String weight(double w) {
    return BigDecimal.valueOf(w).stripTrailingZeros().toPlainString();
  }
}
