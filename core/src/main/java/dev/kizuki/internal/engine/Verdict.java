package dev.kizuki.internal.engine;

import dev.kizuki.Answer;
import dev.kizuki.Basis;
import dev.kizuki.Declaration;
import dev.kizuki.Item;
import dev.kizuki.Outcome;
import dev.kizuki.Text;
import dev.kizuki.WhenEmpty;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An outcome with its score, basis and reason: first what the data alone says ({@link #ofData}), then
 * combined with a self-declared answer ({@link #combine}). Fail closed throughout: missing data is UNKNOWN,
 * unusable data ERROR, and neither ever scores.
 */
record Verdict(Outcome outcome, double score, Basis basis, Text reason, List<Text> notes) {

  static final Verdict NO_RULE = new Verdict(Outcome.UNKNOWN, 0, Basis.NONE, Text.EMPTY, List.of());

  static Verdict of(Outcome outcome, double score, Basis basis, Text reason) {
    return new Verdict(outcome, score, basis, reason, List.of());
  }

  static Verdict ofData(CompiledRule rule, Item item, Tally t, boolean given, boolean unreadable, int cap) {
    String ds = rule.dataset;
    if (!given) {
      Text why = Text.of("データセット " + ds + " のデータがありません（" + ds + ".csv）",
          "no data was given for dataset " + ds + " (" + ds + ".csv)");
      return new Verdict(Outcome.UNKNOWN, 0, Basis.NONE, why, List.of(why));
    }
    if (unreadable) {
      Text why = Text.of("データセット " + ds + " を最後まで読めなかったため評価できません（データの問題を参照）",
          "dataset " + ds + " could not be read completely, so the rule cannot be evaluated (see data issues)");
      return new Verdict(Outcome.ERROR, 0, Basis.NONE, why, List.of(why));
    }
    if (t.errors > 0) {
      return of(Outcome.ERROR, 0, Basis.NONE, Text.of(
          t.errors + " 行で必要な値が不正なため評価できません", rows(t.errors) + (t.errors == 1 ? " holds" : " hold") + " invalid values the rule needs"));
    }
    long a = t.applicable;
    long p = t.passing;
    switch (rule.expect.kind()) {
      case NONE:
        if (t.failing > 0) {
          return of(Outcome.FAIL, 0, Basis.DATA, Text.of(
              "該当してはならない行が " + t.failing + " 行あります", rows(t.failing) + (t.failing == 1 ? " matches" : " match") + " what must not exist"));
        }
        if (t.unknown > 0) {
          return of(Outcome.UNKNOWN, 0, Basis.NONE, Text.of(
              t.unknown + " 行は値が空のため該当するか判断できません",
              rows(t.unknown) + (t.unknown == 1 ? " has" : " have") + " blank cells, so it cannot be told whether "
                  + (t.unknown == 1 ? "it matches" : "they match")));
        }
        return of(Outcome.PASS, 1, Basis.DATA, Text.of(
            "該当してはならない行はありません（" + ds + "）", "no row of " + ds + " matches what must not exist"));
      default:
        break;
    }
    if (a == 0) {
      return whenEmpty(rule.whenEmpty, ds);
    }
    if (t.unknown == a) {
      return of(Outcome.UNKNOWN, 0, Basis.NONE, Text.of(
          "対象の " + a + " 行のどれも判断できません（必要な値が空か、参照先のデータがありません）",
          "none of the " + a + " applicable rows can be judged: cells the rule needs are blank, or data it refers to is missing"));
    }
    double share;
    boolean pass;
    switch (rule.expect.kind()) {
      case ALL:
        share = (double) p / a;
        pass = p == a;
        break;
      case RATIO:
        share = (double) p / a;
        pass = share >= rule.expect.ratio();
        break;
      default: // AT_LEAST
        share = Math.min(1, (double) p / rule.expect.count());
        pass = p >= rule.expect.count();
        break;
    }
    Text counts = Text.of("対象 " + a + " 行のうち " + p + " 行が基準を満たしています",
        p + " of " + a + " applicable " + (a == 1 ? "row meets" : "rows meet") + " the rule");
    if (pass) {
      return of(Outcome.PASS, 1, Basis.DATA, counts);
    }
    if (p > 0) {
      return of(Outcome.PARTIAL, share, Basis.DATA, counts);
    }
    return of(Outcome.FAIL, 0, Basis.DATA, counts);
  }

  /**
   * Zero rows is not absence: {@code data}, the verdict over a dataset that was given and read but has no
   * row, stands as PASS or NOT_APPLICABLE only if the dataset was declared complete (a header alone may be a
   * template nobody filled in). Undeclared, it is UNKNOWN; declared, the reason names the declarer. Other
   * outcomes (FAIL for a required record, UNKNOWN) stand as they are.
   */
  static Verdict ofNoRows(Verdict data, String ds, Optional<Declaration> declared) {
    if (data.outcome != Outcome.PASS && data.outcome != Outcome.NOT_APPLICABLE) {
      return data;
    }
    if (declared.isPresent()) {
      Declaration d = declared.get();
      return of(data.outcome, data.score, data.basis, Text.of(
          data.reason.ja() + "。" + ds + " は " + d.declaredBy() + " が " + d.declaredOn() + " にすべての行であると宣言しています",
          data.reason.en() + "; " + ds + " was declared complete by " + d.declaredBy() + " on " + d.declaredOn()));
    }
    Text why = Text.of(
        ds + " に行がなく、すべての行であるとの宣言（" + dev.kizuki.Inputs.MANIFEST + " の complete: true）もないため判断できません",
        ds + " has no rows and was not declared complete (complete: true in " + dev.kizuki.Inputs.MANIFEST
            + "), so there is nothing to judge by");
    return new Verdict(Outcome.UNKNOWN, 0, Basis.NONE, why, List.of(why));
  }

  private static String rows(long n) {
    return n + (n == 1 ? " row" : " rows");
  }

  private static Verdict whenEmpty(WhenEmpty whenEmpty, String ds) {
    return switch (whenEmpty) {
      case NOT_APPLICABLE -> of(Outcome.NOT_APPLICABLE, 0, Basis.DATA, Text.of(
          ds + " に対象の行がないため、この項目は該当しません", "no row of " + ds + " is in scope, so the item does not apply"));
      case FAIL -> of(Outcome.FAIL, 0, Basis.DATA, Text.of(
          ds + " に必要な記録がありません", "no row of " + ds + " records what is required"));
      case PASS -> of(Outcome.PASS, 1, Basis.DATA, Text.of(
          ds + " に対象の行はありません", "no row of " + ds + " is in scope"));
      case UNKNOWN -> of(Outcome.UNKNOWN, 0, Basis.NONE, Text.of(
          ds + " に対象の行がないため判断できません", "no row of " + ds + " is in scope, so there is nothing to judge by"));
    };
  }

  /** The item's verdict from its data verdict (if it has a rule) and its answer (if any). */
  static Verdict combine(Item item, boolean hasRule, Verdict data, @Nullable Answer answer) {
    if (hasRule) {
      switch (data.outcome) {
        case PASS:
        case NOT_APPLICABLE:
          return data;
        case PARTIAL:
        case FAIL:
          if (answer != null && answer.value() == Answer.Value.YES) {
            return of(Outcome.CONTRADICTED, 0, Basis.DATA, Text.of(
                // The status word in the sentence's own language: never "partial" inside Japanese.
                "回答は「はい」ですが、データは「" + (data.outcome == Outcome.PARTIAL ? "一部合格" : "不合格")
                    + "」を示しています: " + data.reason.ja(),
                "the answer says yes, but the data shows " + data.outcome.id() + ": " + data.reason.en()));
          }
          return data;
        case ERROR:
          return data;
        default:
          break; // UNKNOWN: the answer may stand in for the missing data
      }
    }
    if (answer == null) {
      if (!item.check().question()) {
        return data;
      }
      Text noAnswer = Text.of("回答がありません", "no answer was given");
      Text reason = hasRule ? Text.of(data.reason.ja() + "。" + noAnswer.ja(), data.reason.en() + "; " + noAnswer.en())
          : noAnswer;
      return of(Outcome.UNKNOWN, 0, Basis.NONE, reason);
    }
    String by = hasRule ? "（データがないため回答による）" : "";
    String byEn = hasRule ? " (from the answer, as there is no data)" : "";
    return switch (answer.value()) {
      case YES -> of(Outcome.PASS, 1, Basis.ANSWER, Text.of("回答: はい" + by, "answered yes" + byEn));
      case PARTIAL -> of(Outcome.PARTIAL, 0.5, Basis.ANSWER, Text.of("回答: 一部" + by, "answered partly" + byEn));
      case NO -> of(Outcome.FAIL, 0, Basis.ANSWER, Text.of("回答: いいえ" + by, "answered no" + byEn));
      case NOT_APPLICABLE -> item.check().allowNotApplicable()
          ? of(Outcome.NOT_APPLICABLE, 0, Basis.ANSWER, Text.of("回答: 該当なし", "answered not applicable"))
          : of(Outcome.UNKNOWN, 0, Basis.NONE, Text.of(
              "回答は「該当なし」ですが、この項目は該当なしにできません",
              "answered not applicable, but this item cannot be not applicable"));
      case UNKNOWN -> of(Outcome.UNKNOWN, 0, Basis.NONE, Text.of("回答: 不明", "answered unknown"));
    };
  }
}
