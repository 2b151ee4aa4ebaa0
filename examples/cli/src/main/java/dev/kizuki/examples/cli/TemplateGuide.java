package dev.kizuki.examples.cli;

import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.Item;
import dev.kizuki.Text;
import dev.kizuki.report.ReportWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The guide written next to the templates: in Japanese and English, every file and every column with its
 * type, whether it is required, what a blank cell means, the allowed values with their labels and other accepted spellings, an example
 * and the description; for {@code answers.csv}, the items that can be answered.
 */
final class TemplateGuide {
  private final StringBuilder md = new StringBuilder(16 * 1024);

  /** How the user runs kizuki, for the commands the guide names. */
  private final String command;

  private TemplateGuide(String command) {
    this.command = command;
  }

  /** The guide as Markdown with {@code \n} line ends. */
  static String render(Checklist checklist, DatasetSchema answers, String command) {
    TemplateGuide g = new TemplateGuide(command);
    g.write(checklist, answers);
    return g.md.toString();
  }

  private void write(Checklist c, DatasetSchema answers) {
    line("# " + cell(c.title().ja()) + " / " + cell(c.title().en()));
    line("");
    line("データ記入ガイド / Data entry guide — `" + c.id() + "` " + c.version());
    line("");
    line("## 使い方");
    line("");
    line("1. 下記の CSV ファイルに、1 行に 1 件ずつ記入します。1 行目の見出しは変えないでください。");
    line("2. 分からない値は空欄のままにします。空欄は「不明」として扱われ、合格にはなりません。ただし列の表の"
        + "「空欄」欄に別の意味が書かれた列があります: 「未実施」（試験や訓練をしていない。期限の項目は不合格）、"
        + "「なし」（0 件・0）、「該当しない」（その行は項目の対象外、報告書に件数が出ます）。");
    line("3. 記入しないファイルは削除します。ファイルがなければ、それを使う項目は「不明」になります。見出しだけのファイルも"
        + "「1 件もない」ことの証拠にはならず、項目は「不明」のままです。本当に 1 件もないときは、kizuki-inputs.yaml で"
        + "そのデータセットを complete: true と宣言します（宣言した人と日付を書きます）。");
    line("4. UTF-8（BOM 付き可）か Shift_JIS（Windows-31J）で保存します。Excel の「CSV UTF-8」で保存できます。");
    line("5. `" + command + " validate <フォルダ>` で記入内容を確認し、`" + command + " assess <フォルダ>` で評価します。");
    line("");
    line("## How to use");
    line("");
    line("1. Fill in the CSV files below, one record per row. Keep the header line as it is.");
    line("2. Leave a cell blank when you do not know the value. A blank is unknown, never a pass, except in columns"
        + " whose \"blank\" cell in the tables below says otherwise: \"never happened\" (a test or drill not done;"
        + " recency items fail), \"none\" (nothing, 0) or \"not applicable\" (the row is left out of the item, and the"
        + " report counts it).");
    line("3. Delete the files you do not fill in; without the file, the items that need it are UNKNOWN. A file with"
        + " only the header does not prove there are none either: the items stay UNKNOWN. When there really are"
        + " none, declare the dataset complete (complete: true, with who declares it and when) in"
        + " kizuki-inputs.yaml.");
    line("4. Save as UTF-8 (a byte order mark is fine) or Shift_JIS (Windows-31J); Excel's \"CSV UTF-8\" works.");
    line("5. Check the files with `" + command + " validate <folder>`, then assess with `" + command
        + " assess <folder>`.");
    line("");
    line("## ファイル / Files");
    line("");
    line("| ファイル / file | 内容 / contents | 列 / columns |");
    line("|---|---|---|");
    List<DatasetSchema> all = new ArrayList<>(c.datasets());
    all.add(answers);
    for (DatasetSchema s : all) {
      line("| `" + s.id() + ".csv` | " + cell(s.title().ja()) + " / " + cell(s.title().en()) + " | "
          + s.columns().size() + " |");
    }
    for (DatasetSchema s : c.datasets()) {
      dataset(s, itemsOf(c, s.id()));
    }
    dataset(answers, List.of());
    answerable(c);
  }

  private void dataset(DatasetSchema s, List<String> items) {
    line("");
    line("## `" + s.id() + ".csv` — " + cell(s.title().ja()) + " / " + cell(s.title().en()));
    line("");
    bilingual(s.description());
    line("キー列 / Key column: `" + s.key() + "` (証跡の行を示す値 / identifies a row in the evidence)");
    if (!items.isEmpty()) {
      line("");
      line("使う項目 / Used by items: " + String.join(", ", items));
    }
    line("");
    line("| 列 / column | 型 / type | 必須 / required | 空欄 / blank | 値 / allowed values | 例 / example |"
        + " 説明 / description |");
    line("|---|---|---|---|---|---|---|");
    for (Column col : s.columns()) {
      line("| `" + col.name() + "` | " + type(col.type()) + " | " + (col.required() ? "はい / yes" : "—") + " | "
          + blank(col) + " | " + values(col) + " | " + example(col) + " | " + both(col.description()) + " |");
    }
  }

  private void answerable(Checklist c) {
    List<Item> items = c.items().stream().filter(i -> i.check().question()).toList();
    if (items.isEmpty()) {
      return;
    }
    line("");
    line("### `answers.csv` で回答できる項目 / Items answers.csv may answer");
    line("");
    line("`item_id` に項目 ID を書き、`answer` に回答を書きます。データで判定できる項目はデータが優先されます。");
    line("Write the item id in `item_id` and the answer in `answer`. Where data decides an item, the data wins.");
    line("");
    line("| item_id | 質問 | question |");
    line("|---|---|---|");
    for (Item i : items) {
      line("| `" + i.id() + "` | " + cell(i.question().ja()) + " | " + cell(i.question().en()) + " |");
    }
  }

  private static List<String> itemsOf(Checklist c, String dataset) {
    return c.items().stream()
        .filter(i -> i.check().data().map(d -> d.dataset().equals(dataset)).orElse(false))
        .map(i -> "`" + i.id() + "`")
        .toList();
  }

  private static String type(ColumnType t) {
    return switch (t) {
      case STRING -> "文字列 / text";
      case INTEGER -> "整数 / integer";
      case DECIMAL -> "数値 / decimal";
      case BOOLEAN -> "真偽 / boolean";
      case DATE -> "日付 / date";
      case ENUM -> "選択 / one of";
      case NETWORK -> "送信元 / network sources";
    };
  }

  private static String values(Column col) {
    return switch (col.type()) {
      case ENUM -> {
        List<String> vs = new ArrayList<>();
        for (EnumValue v : col.values()) {
          String s = "`" + v.value() + "` " + cell(v.label().ja()) + " / " + cell(v.label().en());
          if (!v.synonyms().isEmpty()) {
            s += " (" + cell(String.join(", ", v.synonyms())) + ")";
          }
          vs.add(s);
        }
        yield String.join("<br>", vs);
      }
      case BOOLEAN -> "yes / no, true / false, はい / いいえ, ○ / ×";
      case DATE -> "yyyy-MM-dd, yyyy/M/d, 令和2年1月5日";
      case INTEGER -> "0, 1, 2 …";
      case DECIMAL -> "1.5";
      case NETWORK -> "203.0.113.5, 10.0.0.0/8, 10.0.0.1-10.0.0.20, any, 全て, 制限なし"
          + (col.anything().isEmpty() ? "" : ", " + cell(String.join(", ", col.anything())));
      case STRING -> "";
    };
  }

  /** What a blank cell of the column means, as the rules read it. */
  private static String blank(Column col) {
    if (col.required()) {
      return "—";
    }
    return switch (col.blank()) {
      case UNKNOWN -> "不明 / unknown";
      case NEVER -> "未実施 / never happened";
      case NONE -> "なし / none";
      case NOT_APPLICABLE -> "該当しない / not applicable";
    };
  }

  private static String example(Column col) {
    if (!col.example().isEmpty()) {
      return "`" + cell(col.example()) + "`";
    }
    return switch (col.type()) {
      case ENUM -> "`" + col.values().get(0).value() + "`";
      case BOOLEAN -> "`yes`";
      case DATE -> "`2026-04-01`";
      default -> "";
    };
  }

  private void bilingual(Text t) {
    if (!t.ja().isBlank()) {
      line(cell(t.ja()));
      line("");
    }
    if (!t.en().isBlank()) {
      line(cell(t.en()));
      line("");
    }
  }

  private static String both(Text t) {
    if (t.ja().equals(t.en())) {
      return cell(t.ja());
    }
    return cell(t.ja()) + " / " + cell(t.en());
  }

  /** Text fit for one table cell or line: no control characters or line breaks, pipes escaped. */
  private static String cell(String s) {
    return ReportWriter.terminalSafe(s.strip()).replace("|", "\\|");
  }

  private void line(String s) {
    md.append(s).append('\n');
  }
}
