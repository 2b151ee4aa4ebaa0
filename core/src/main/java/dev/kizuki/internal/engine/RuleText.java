package dev.kizuki.internal.engine;

import dev.kizuki.DataRule;
import dev.kizuki.DatasetSchema;
import dev.kizuki.Text;
import org.jspecify.annotations.Nullable;

/** A data rule in plain words, for reports and {@code explain}, generated from its compiled tests. */
final class RuleText {
  private RuleText() {}

  static Text describe(DataRule rule, DatasetSchema ds, @Nullable RowTest where, @Nullable RowTest require) {
    String rowsJa = where == null ? ds.id() + " のすべての行" : ds.id() + " のうち「" + where.describe().ja() + "」の行";
    String rowsEn = where == null ? "every row of " + ds.id() : "rows of " + ds.id() + " where " + where.describe().en();
    String reqJa = require == null ? "" : "「" + require.describe().ja() + "」";
    String reqEn = require == null ? "" : require.describe().en();
    Text body = switch (rule.expect().kind()) {
      case ALL -> Text.of(rowsJa + "は、すべて" + reqJa + "を満たすこと", "Of the " + rowsEn + ", every one must satisfy: " + reqEn);
      case RATIO -> {
        String pct = percent(rule.expect().ratio());
        yield Text.of(rowsJa + "の " + pct + " 以上が" + reqJa + "を満たすこと",
            "Of the " + rowsEn + ", at least " + pct + " must satisfy: " + reqEn);
      }
      case AT_LEAST -> {
        long n = rule.expect().count();
        if (rule.expect().distinct().isPresent()) {
          String c = rule.expect().distinct().get();
          String ofJa = require == null ? rowsJa : rowsJa + "のうち" + reqJa + "を満たす行";
          String ofEn = require == null ? "the " + rowsEn : "the " + rowsEn + " that satisfy: " + reqEn;
          yield Text.of(ofJa + "の " + c + " が " + n + " 種類以上あること",
              "At least " + n + " different " + c + " must be found among " + ofEn);
        }
        yield require == null
            ? Text.of(rowsJa + "が " + n + " 件以上あること", "There must be at least " + n + " " + rowsEn)
            : Text.of(rowsJa + "のうち " + n + " 件以上が" + reqJa + "を満たすこと",
                "At least " + n + " of the " + rowsEn + " must satisfy: " + reqEn);
      }
      case NONE -> Text.of(rowsJa + "が1件もないこと", "There must be no " + rowsEn);
    };
    return body;
  }

  private static String percent(double ratio) {
    double pct = ratio * 100;
    return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct)) + "%";
  }
}
