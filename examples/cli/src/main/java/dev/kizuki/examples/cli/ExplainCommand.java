package dev.kizuki.examples.cli;

import dev.kizuki.Checklist;
import dev.kizuki.ColumnType;
import dev.kizuki.CompiledChecklist;
import dev.kizuki.IncidentCase;
import dev.kizuki.Item;
import dev.kizuki.Parameter;
import dev.kizuki.SourceRef;
import dev.kizuki.Text;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code kizuki explain ITEM}: everything about one item: question, rationale, remediation, the lessons and
 * measures it traces to, framework mappings, parameters and the rule in plain words. An unknown item is exit
 * code 2 with the known ids.
 */
@Command(
    name = "explain",
    description = "Explain an item: its question, why it matters, what to do, the lessons and measures it comes"
        + " from, framework mappings, parameters, and its rule in plain words.")
final class ExplainCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ITEM", descriptionKey = "item", description = "The item id, as '${ROOT-COMMAND-NAME} checklist list' shows it (any case).")
  private String itemId;

  @Mixin private ChecklistOption checklist;

  ExplainCommand(CliContext context, GlobalOptions globals) {
    super(context, globals);
  }

  @Override
  int execute() throws IOException {
    CompiledChecklist compiled = checklist.load();
    Checklist c = compiled.checklist();
    // Ids are matched ignoring case (explain nisc-acc-02), as people type them.
    Item item = c.item(itemId).or(() -> c.items().stream().filter(i -> i.id().equalsIgnoreCase(itemId)).findFirst())
        .orElseThrow(() -> unknownItem(c));
    Printer p = printer();
    p.line(item.id() + "  " + p.t(item.title()));
    String category = c.category(item.category()).map(cat -> p.t(cat.title()) + " (" + cat.id() + ")")
        .orElse(item.category());
    p.line(p.t("カテゴリ: ", "Category: ") + category + p.t("  重大度: ", "  Severity: ") + ChecklistListCommand.severity(p, item.severity())
        + p.t("  重み: ", "  Weight: ") + ChecklistListCommand.weight(item.weight())
        + p.t("  判定: ", "  Checked by: ") + ChecklistListCommand.checkedBy(p, item));
    section(p, p.t("質問", "Question"), item.question());
    section(p, p.t("理由", "Why"), item.rationale());
    section(p, p.t("対応", "What to do"), item.remediation());
    refs(p, p.t("教訓", "Lessons"), item.lessons(), c::lesson, c);
    refs(p, p.t("対策", "Measures"), item.measures(), c::measure, c);
    if (!item.mappings().isEmpty()) {
      p.blank();
      p.line(p.t("対応するフレームワーク", "Mappings"));
      for (Map.Entry<String, List<String>> m : item.mappings().entrySet()) {
        p.line("  " + m.getKey() + ": " + String.join(", ", m.getValue()));
      }
    }
    if (!item.parameters().isEmpty()) {
      p.blank();
      p.line(p.t("パラメータ", "Parameters"));
      for (Parameter param : item.parameters()) {
        p.line("  " + param.name() + " (" + type(p, param.type()) + p.t("、既定値 ", ", default ") + value(param.value())
            + ")" + (param.description().isEmpty() ? "" : ": " + p.t(param.description())));
      }
    }
    p.blank();
    p.line(p.t("判定方法", "How it is checked"));
    Text rule = compiled.describeRule(item.id());
    if (!rule.isEmpty()) {
      p.paragraph("  ", p.t(rule));
    }
    if (item.check().question()) {
      p.line("  " + p.t(
          rule.isEmpty() ? "answers.csv の回答（yes / partial / no / not_applicable / unknown）で判定します。"
              : "データがないときは answers.csv の回答で判定します。",
          rule.isEmpty() ? "By the answer in answers.csv (yes, partial, no, not_applicable or unknown)."
              : "Without the data, by the answer in answers.csv."));
    }
    if (item.check().allowNotApplicable()) {
      p.line("  " + p.t("「該当なし」になり得ます（採点から除外）。", "May be not applicable (then left out of the score)."));
    }
    flushOut();
    return Kizuki.OK;
  }

  private static void section(Printer p, String title, Text text) {
    if (text.isEmpty()) {
      return;
    }
    p.blank();
    p.line(title);
    p.paragraph("  ", p.t(text));
  }

  private static void refs(Printer p, String title, List<String> ids, Function<String, Optional<SourceRef>> lookup,
      Checklist c) {
    if (ids.isEmpty()) {
      return;
    }
    p.blank();
    p.line(title);
    for (String id : ids) {
      Optional<SourceRef> ref = lookup.apply(id);
      String text = ref.map(r -> p.t(r.title())).orElse("");
      String incident = ref.flatMap(r -> c.incidentCase(r.caseId())).map(IncidentCase::title).map(p::t)
          .map(t -> "  [" + t + "]").orElse("");
      p.line("  " + id + "  " + text + incident);
    }
  }

  /** The parameter type in the user's language. */
  private static String type(Printer p, ColumnType t) {
    return switch (t) {
      case STRING -> p.t("文字列", "string");
      case INTEGER -> p.t("整数", "integer");
      case DECIMAL -> p.t("小数", "decimal");
      case BOOLEAN -> p.t("真偽値", "boolean");
      case DATE -> p.t("日付", "date");
      case ENUM -> p.t("選択肢", "enum");
      case NETWORK -> p.t("送信元の一覧", "network sources");
    };
  }

  private static String value(Object v) {
    return v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
  }

  private CliException unknownItem(Checklist c) {
    List<String> ids = c.items().stream().map(Item::id).toList();
    return new CliException(
        "チェックリスト " + c.id() + " に項目「" + itemId + "」はありません。項目: " + String.join(", ", ids),
        "the checklist " + c.id() + " has no item '" + itemId + "'. Known items: " + String.join(", ", ids));
  }
}
