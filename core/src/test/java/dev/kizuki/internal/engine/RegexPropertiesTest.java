package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random regexes from the checklist grammar (literals, classes, escapes, groups, alternation, every
 * quantifier, and features RE2/J lacks) over random cells: compiling ends in a regex or a load problem,
 * matching never throws, and the work charged never exceeds the assessment's budget.
 */
class RegexPropertiesTest {

  @Provide
  Arbitrary<String> patterns() {
    return pattern(3);
  }

  private static Arbitrary<String> pattern(int depth) {
    Arbitrary<String> atom = Arbitraries.oneOf(
        Arbitraries.of("a", "b", "0", ".", "\\d", "\\w", "\\s", "[a-z]", "[^ab]", "[0-9.]", "\\.", "\\1", "(?=a)",
            "(?<!b)", "\\p{L}", "x{", "[a&&b]", "\\Q*\\E", "(?i)", "^", "$", "\\b", "日"));
    if (depth == 0) {
      return atom;
    }
    Arbitrary<String> inner = pattern(depth - 1);
    Arbitrary<String> quantifier = Arbitraries.of("", "", "*", "+", "?", "*?", "++", "{2}", "{0,3}", "{1,}", "{5,20}",
        "{1000}");
    Arbitrary<String> quantified = Combinators.combine(
        Arbitraries.oneOf(atom, inner.map(s -> "(" + s + ")"), inner.map(s -> "(?:" + s + ")")), quantifier)
        .as((a, q) -> a + q);
    return Arbitraries.oneOf(
        quantified,
        Combinators.combine(quantified, quantified).as((a, b) -> a + b),
        Combinators.combine(quantified, quantified).as((a, b) -> a + "|" + b));
  }

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("ab0 .日\n\t").ofMaxLength(40),
        Arbitraries.strings().withChars("ab").ofMinLength(500).ofMaxLength(3000),
        Arbitraries.strings().all().ofMaxLength(60));
  }

  @Property(tries = 3000)
  void compileAndMatch_anyPatternAnyCell_neverThrowsNorOverspends(@ForAll("patterns") String pattern,
      @ForAll("cells") String cell) {
    Regexes.Compiled c = Regexes.compile(pattern, 256);

    assertThat(c.regex() == null).isNotEqualTo(c.problem() == null);
    if (c.regex() == null) {
      assertThat(c.problem().en()).doesNotContain("java.").doesNotContain("error parsing regexp");
      return;
    }
    long budget = 50_000;
    EvalContext ctx = new EvalContext(LocalDate.of(2026, 1, 1), new KeyIndex[0], budget);
    long charged = 0;
    for (int i = 0; i < 5; i++) {
      long cost = c.regex().cost(cell.length());
      assertThat(cost).isPositive();
      if (ctx.charge(cost)) {
        charged += cost;
        c.regex().matches(cell);
      }
    }
    assertThat(charged).isLessThanOrEqualTo(budget);
  }

  /** Where both engines accept a pattern, they agree on short cells: RE2/J reads it as java.util.regex did. */
  @Property(tries = 2000)
  void matches_sameAnswerAsJavaRegexOnShortCells(@ForAll("patterns") String pattern,
      @ForAll("shortCells") String cell) {
    Regexes.Compiled c = Regexes.compile(pattern, 256);
    if (c.regex() == null || pattern.contains("\\s") || pattern.contains("\\b") || pattern.contains("{1000}")
        || pattern.contains("{5,20}")) {
      return; // \s and \b differ on some characters; large repeats make java.util.regex slow
    }
    java.util.regex.Pattern j;
    try {
      j = java.util.regex.Pattern.compile(pattern);
    } catch (java.util.regex.PatternSyntaxException e) {
      return;
    }
    assertThat(c.regex().matches(cell)).as("/%s/ on \"%s\"", pattern, cell).isEqualTo(j.matcher(cell).matches());
  }

  @Provide
  Arbitrary<String> shortCells() {
    return Arbitraries.strings().withChars("ab0.日").ofMaxLength(8);
  }
}
