package dev.kizuki.internal.engine;

import dev.kizuki.Answer;
import dev.kizuki.Aggregation;
import dev.kizuki.Basis;
import dev.kizuki.Declaration;
import dev.kizuki.DataRule;
import dev.kizuki.Expectation;
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
 * unusable data ERROR, and neither ever scores. {@code answerUnused} is empty when an answer may stand in for
 * the data (there is no data: the dataset was not given), else why it may not.
 */
record Verdict(Outcome outcome, double score, Basis basis, Text reason, List<Text> notes, Text answerUnused) {

  static final Verdict NO_RULE = new Verdict(Outcome.UNKNOWN, 0, Basis.NONE, Text.EMPTY, List.of(), Text.EMPTY);

  /** Why an answer cannot stand in for data that was given but left the rule open. */
  private static final Text BLANK_DATA = Text.of(
      "回答は使いません。データは与えられていますが、判断に必要な値が空です",
      "the answer was not used because the data exists but is blank where the rule needs it");
  private static final Text NO_ROW_IN_SCOPE = Text.of(
      "回答は使いません。データは与えられていますが、対象の行がありません",
      "the answer was not used because the data exists but has no row in scope");
  private static final Text NO_ROWS = Text.of(
      "回答は使いません。データは与えられていますが、行がありません（見出しだけのファイルは証拠になりません）",
      "the answer was not used because the data was given with no rows (a header-only file is no evidence)");

  static Verdict of(Outcome outcome, double score, Basis basis, Text reason) {
    return new Verdict(outcome, score, basis, reason, List.of(), Text.EMPTY);
  }

  /** This verdict with {@code note} added to its notes. */
  private Verdict noted(List<Text> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Text> all = new java.util.ArrayList<>(notes);
    all.addAll(more);
    return new Verdict(outcome, score, basis, reason, List.copyOf(all), answerUnused);
  }

  /** This verdict, an UNKNOWN one from given data, with why an answer may not stand in for it. */
  private Verdict answerUnused(Text why) {
    return new Verdict(outcome, score, basis, reason, notes, why);
  }

  static Verdict ofData(CompiledRule rule, Item item, Tally t, boolean given, boolean unreadable, int cap) {
    String ds = rule.dataset;
    if (!given) {
      Text why = Text.of("データセット " + ds + " のデータがありません（" + ds + ".csv）",
          "no data was given for dataset " + ds + " (" + ds + ".csv)");
      return new Verdict(Outcome.UNKNOWN, 0, Basis.NONE, why, List.of(why), Text.EMPTY);
    }
    if (unreadable) {
      Text why = Text.of("データセット " + ds + " を最後まで読めなかったため評価できません（データの問題を参照）",
          "dataset " + ds + " could not be read completely, so the rule cannot be evaluated (see data issues)");
      return new Verdict(Outcome.ERROR, 0, Basis.NONE, why, List.of(why), Text.EMPTY);
    }
    Verdict v = fromRows(rule, item, t);
    if (v.outcome == Outcome.UNKNOWN) {
      v = v.answerUnused(t.unknown > 0 ? BLANK_DATA : NO_ROW_IN_SCOPE);
    }
    return v.noted(t.excluded == 0 ? List.of() : List.of(excluded(t.excluded, t.excludedBy)));
  }

  /** The verdict of a given, readable dataset's rows. */
  private static Verdict fromRows(CompiledRule rule, Item item, Tally t) {
    String ds = rule.dataset;
    if (t.errors > 0) {
      return of(Outcome.ERROR, 0, Basis.NONE, Text.of(
          t.errors + " 行で必要な値が不正なため評価できません", rows(t.errors) + (t.errors == 1 ? " holds" : " hold") + " invalid values the rule needs"));
    }
    long a = t.applicable;
    long p = t.passing;
    long u = t.unknown;
    long f = t.failing;
    switch (rule.expect.kind()) {
      case NONE:
        if (f > 0) {
          return of(Outcome.FAIL, 0, Basis.DATA, Text.of(
              ds + " の " + t.seen + " 行のうち、該当してはならない行が " + f + " 行あります",
              f + " of " + t.seen + (t.seen == 1 ? " row" : " rows") + " of " + ds
                  + (f == 1 ? " matches" : " match") + " what must not exist"));
        }
        if (u > 0) {
          return of(Outcome.UNKNOWN, 0, Basis.NONE, Text.of(
              u + " 行は値が空のため該当するか判断できません",
              rows(u) + (u == 1 ? " has" : " have") + " blank cells, so it cannot be told whether "
                  + (u == 1 ? "it matches" : "they match")));
        }
        return of(Outcome.PASS, 1, Basis.DATA, Text.of(
            "該当してはならない行はありません（" + ds + "）", "no row of " + ds + " matches what must not exist"));
      default:
        break;
    }
    if (a == 0) {
      return whenEmpty(rule.whenEmpty, ds);
    }
    if (u == a) {
      return of(Outcome.UNKNOWN, 0, Basis.NONE, Text.of(
          "対象の " + a + " 行のどれも判断できません（必要な値が空か、参照先のデータがありません）",
          "none of the " + a + " applicable rows can be judged: cells the rule needs are blank, or data it refers to is missing"));
    }
    // Met even if every unknown row failed; or missed even if every unknown row passed.
    boolean met;
    boolean reachable;
    double share;
    Text needs;
    switch (rule.expect.kind()) {
      case ALL:
        met = p == a;
        reachable = f == 0;
        share = (double) p / a;
        needs = Text.EMPTY;
        break;
      case RATIO:
        met = (double) p / a >= rule.expect.ratio();
        reachable = (double) (p + u) / a >= rule.expect.ratio();
        share = (double) p / a;
        String pct = java.math.BigDecimal.valueOf(rule.expect.ratio()).movePointRight(2).stripTrailingZeros()
            .toPlainString();
        needs = Text.of("（合格の条件: 基準を満たす行が " + pct + "% 以上）",
            " (passing needs at least " + pct + "% of the rows to meet it)");
        break;
      default: // AT_LEAST
        long n = rule.expect.count();
        if (rule.distinctColumn >= 0) {
          // Values, not rows: a passing row with no value to count, or an unknown row, might still add one.
          long d = t.distinct.size();
          met = d >= n;
          reachable = d + t.passingUncounted + u >= n;
          share = Math.min(1, (double) d / n);
          String c = rule.expect.distinct().orElseThrow();
          needs = Text.of("（合格の条件: 基準を満たす行の " + c + " が " + n + " 種類以上）",
              " (passing needs at least " + n + " different " + c + " among the rows that meet it)");
        } else {
          met = p >= n;
          reachable = p + u >= n;
          share = Math.min(1, (double) p / n);
          needs = Text.of("（合格の条件: 基準を満たす行が " + n + " 行以上）",
              " (passing needs at least " + rows(n) + " that meet it)");
        }
        break;
    }
    Text counts = Text.of("対象 " + a + " 行のうち " + p + " 行が基準を満たしています",
        p + " of " + a + " applicable " + (a == 1 ? "row meets" : "rows meet") + " the rule");
    if (rule.distinctColumn >= 0) {
      counts = Text.of(counts.ja() + distinctJa(t, rule), counts.en() + distinctEn(t, rule));
    }
    if (met) {
      return of(Outcome.PASS, 1, Basis.DATA, counts);
    }
    Text missed = missed(a, f, u, rule.expect.kind() == Expectation.Kind.ALL ? Text.EMPTY : counts, needs);
    DataRule declared = item.check().data().orElse(null);
    Aggregation aggregation = declared == null ? Aggregation.BY_SEVERITY : declared.aggregation();
    if (aggregation.share(item.severity())) {
      if (p > 0) {
        return of(Outcome.PARTIAL, share, Basis.DATA, rule.expect.kind() == Expectation.Kind.ALL
            ? join(missed, counts) : missed);
      }
      return of(Outcome.FAIL, 0, Basis.DATA, missed);
    }
    if (reachable) {
      // No partial credit, and the blank rows decide: neither a pass nor a fail can be claimed.
      return of(Outcome.UNKNOWN, 0, Basis.NONE, Text.of(missed.ja() + "。合否は空の値しだいのため判断できません",
          missed.en() + "; whether the rule holds turns on the blank cells, so it cannot be told"));
    }
    return of(Outcome.FAIL, 0, Basis.DATA, missed);
  }

  /** How many rows fail or cannot be judged, then the share and the expectation where they matter. */
  private static Text missed(long a, long f, long u, Text counts, Text needs) {
    String unknownJa = "（必要な値が空か、参照先のデータがありません）";
    String unknownEn = " (cells the rule needs are blank, or data it refers to is missing)";
    if (f == 0 && u == 0) {
      // Every row meets the rule and still too few (or too few different values): the counts say it all.
      return Text.of(counts.ja() + needs.ja(), counts.en() + needs.en());
    }
    String ja;
    String en;
    if (f > 0) {
      ja = "対象 " + a + " 行のうち " + f + " 行が基準を満たしていません";
      en = f + " of " + a + " applicable " + (a == 1 ? "row" : "rows") + (f == 1 ? " fails" : " fail") + " the rule";
      if (u > 0) {
        ja += "。ほかに " + u + " 行は判断できません" + unknownJa;
        en += "; " + u + " more cannot be judged" + unknownEn;
      }
    } else {
      ja = "対象 " + a + " 行のうち " + u + " 行は判断できません" + unknownJa;
      en = u + " of " + a + " applicable " + (a == 1 ? "row" : "rows") + " cannot be judged" + unknownEn;
    }
    Text out = Text.of(ja, en);
    if (!counts.isEmpty()) {
      out = join(out, counts);
    }
    return Text.of(out.ja() + needs.ja(), out.en() + needs.en());
  }

  /** The different values the passing rows hold, named (at most a few), and the rows whose value is blank. */
  private static String distinctJa(Tally t, CompiledRule rule) {
    String c = rule.expect.distinct().orElseThrow();
    String s = "（" + c + " は " + t.distinct.size() + " 種類" + (t.distinct.isEmpty() ? "" : ": " + shown(t, "、"));
    return s + (t.passingUncounted > 0 ? "。ほかに " + c + " が空の行が " + t.passingUncounted + " 行" : "") + "）";
  }

  private static String distinctEn(Tally t, CompiledRule rule) {
    String c = rule.expect.distinct().orElseThrow();
    String s = ", with " + t.distinct.size() + " different " + c + (t.distinct.isEmpty() ? "" : ": " + shown(t, ", "));
    return s + (t.passingUncounted > 0 ? "; " + rows(t.passingUncounted) + " more with " + c + " blank" : "");
  }

  private static final int MAX_SHOWN = 5;

  private static String shown(Tally t, String sep) {
    String s = String.join(sep, t.distinct.stream().limit(MAX_SHOWN).toList());
    return t.distinct.size() > MAX_SHOWN ? s + sep + "…" : s;
  }

  private static Text join(Text a, Text b) {
    return Text.of(a.ja() + "。" + b.ja(), a.en() + "; " + b.en());
  }

  /** The note on rows a not-applicable blank took out of the rule. */
  static Text excluded(long n, java.util.Set<String> columns) {
    String ja = String.join("、", columns);
    String en = String.join(" or ", columns);
    return Text.of(n + " 行を対象から除きました: " + ja + " が空欄で、このスキーマでは空欄は「該当しない」を表します",
        rows(n) + " left out: " + en + " is blank, which this schema declares not applicable");
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
    // Like a blank cell: the file was given, so an answer may not stand in for what it leaves open.
    return new Verdict(Outcome.UNKNOWN, 0, Basis.NONE, why, List.of(why), NO_ROWS);
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
          // UNKNOWN: an answer may stand in for data that is absent, not for data given but blank; a "no"
          // still counts, as it only confirms what the data cannot show.
          if (!data.answerUnused.isEmpty() && answer != null && answer.value() != Answer.Value.NO) {
            return new Verdict(Outcome.UNKNOWN, 0, Basis.NONE, join(data.reason, data.answerUnused), data.notes,
                data.answerUnused);
          }
          break;
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
    boolean dataCannotTell = hasRule && !data.answerUnused.isEmpty();
    String by = !hasRule ? "" : dataCannotTell ? "（データでは判断できないため回答による）" : "（データがないため回答による）";
    String byEn = !hasRule ? "" : dataCannotTell ? " (from the answer, as the data cannot tell)"
        : " (from the answer, as there is no data)";
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
