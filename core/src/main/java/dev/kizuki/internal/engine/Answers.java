package dev.kizuki.internal.engine;

import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.Text;
import java.util.List;

/** The built-in schema of {@code answers.csv}. */
final class Answers {
  private Answers() {}

  static final DatasetSchema SCHEMA = new DatasetSchema(
      Compiler.ANSWERS,
      Text.of("質問票の回答", "Questionnaire answers"),
      Text.of("項目ごとの自己申告の回答。1項目につき1行。", "Self-declared answers, one row per item."),
      "item_id",
      List.of(
          new Column("item_id", ColumnType.STRING, true,
              Text.of("回答する項目の ID", "The id of the item answered"), List.of(), "NISC-RES-01"),
          new Column("answer", ColumnType.ENUM, true,
              Text.of("回答", "The answer"),
              List.of(
                  new EnumValue("yes", Text.of("はい", "Yes"), List.of("はい", "y", "○", "〇", "実施済み")),
                  new EnumValue("partial", Text.of("一部", "Partly"), List.of("一部", "部分的", "一部実施", "partly", "△")),
                  new EnumValue("no", Text.of("いいえ", "No"), List.of("いいえ", "n", "×", "未実施")),
                  new EnumValue("not_applicable", Text.of("該当なし", "Not applicable"),
                      List.of("該当なし", "対象外", "n/a", "na", "-")),
                  new EnumValue("unknown", Text.of("不明", "Unknown"), List.of("不明", "わからない", "?"))),
              "yes"),
          new Column("evidence", ColumnType.STRING, false,
              Text.of("回答の根拠（文書名、記録など）", "What backs the answer (document, record)"), List.of(), ""),
          new Column("answered_by", ColumnType.STRING, false,
              Text.of("回答者", "Who answered"), List.of(), ""),
          new Column("answered_on", ColumnType.DATE, false,
              Text.of("回答日", "When it was answered"), List.of(), "2026-04-01")));

  static final int ITEM_ID = 0;
  static final int ANSWER = 1;
  static final int EVIDENCE = 2;
  static final int ANSWERED_BY = 3;
  static final int ANSWERED_ON = 4;
}
