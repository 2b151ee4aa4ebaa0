package dev.kizuki.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegexesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "(a)\\1        | a backreference",
    "(?<x>a)\\k<x> | a backreference",
    "(?=a)a        | a lookahead",
    "(?!a)b        | a lookahead",
    "(?<=a)b       | a lookbehind",
    "(?<!a)b       | a lookbehind",
    "(?>ab)b       | an atomic group",
    "a*+b          | a possessive quantifier",
    "a++           | a possessive quantifier",
    "a{2}+         | a possessive quantifier",
    "[a-z&&[^b]]   | a character class intersection",
    "[a[b]]        | nested in another",
  })
  void compile_featureTheEngineLacks_isNamedLoadProblem(String regex, String feature) {
    Regexes.Compiled c = Regexes.compile(regex.strip(), 256);

    assertThat(c.regex()).isNull();
    Text problem = c.problem();
    assertThat(problem).isNotNull();
    assertThat(problem.en()).contains(feature).contains("not supported").doesNotContain("java");
    assertThat(problem.ja()).contains("使えません");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(unclosed", "[a-", "a)", "*a", "a{1001}", "\\h"})
  void compile_invalidSyntax_isTranslatedProblem(String regex) {
    Text problem = Regexes.compile(regex, 256).problem();

    assertThat(problem).isNotNull();
    assertThat(problem.en()).startsWith("invalid regex: ").doesNotContain("error parsing regexp");
    assertThat(problem.ja()).startsWith("正規表現として不正です");
  }

  /** RE2/J's compiler would run out of memory expanding these: the estimate refuses them first. */
  @ParameterizedTest
  @ValueSource(strings = {"((a{1000}){1000}){1000}", "(a{100}){101}", "((x|y){30}){30}{30}"})
  void compile_repetitionExpandingPastTheProgramLimit_isRefused(String regex) {
    Text problem = Regexes.compile(regex, 256).problem();

    assertThat(problem).isNotNull();
    assertThat(problem.en()).startsWith("regex repeats too much");
  }

  @ParameterizedTest
  @ValueSource(strings = {"(?i)www\\.example\\.jp", "[]a]+", "[^]]", "\\Q(?=\\E", "a{,3}", "x{", "[[:alpha:]]+",
      "\\p{L}+", "(?<name>a)|b", "a+?", "a{2,3}?", "(.|\\s)*"})
  void compile_supportedPattern_compiles(String regex) {
    Regexes.Compiled c = Regexes.compile(regex, 256);

    assertThat(c.problem()).isNull();
    assertThat(c.regex()).isNotNull();
  }

  @Test
  void compile_overLength_isRefusedBeforeScanning() {
    assertThat(Regexes.compile("a".repeat(11), 10).problem().en()).isEqualTo("regex too long: 11 characters, the limit is 10");
  }

  @Test
  void cost_growsWithCellLengthAndRepetition() {
    Regexes.Regex small = Regexes.compile("a+", 256).regex();
    Regexes.Regex big = Regexes.compile("(a|b){50}", 256).regex();

    assertThat(small.cost(0)).isPositive();
    assertThat(small.cost(1000)).isGreaterThan(small.cost(10));
    assertThat(big.cost(1000)).isGreaterThanOrEqualTo(50 * small.cost(1000) / 2);
  }

  @Test
  void matches_isWholeText() {
    Regexes.Regex r = Regexes.compile("ab", 256).regex();

    assertThat(r.matches("ab")).isTrue();
    assertThat(r.matches("xab")).isFalse();
    assertThat(r.matches("abx")).isFalse();
  }

  @Test
  void compile_programOverTheChecklistAllowance_isRefused() {
    Regexes.Regex first = Regexes.compile("(a|b){1000}", 256).regex();

    Text problem = Regexes.compile("(a|b){1000}", 256, first.size() - 1).problem();

    assertThat(problem.en()).startsWith("the checklist's regexes are too large together");
    assertThat(Regexes.compile("(a|b){1000}", 256, first.size()).regex()).isNotNull();
  }

  @Test
  void test_nestedEmptyRepeatsThatOverflowRe2j_isErrorNotAThrow() throws InterruptedException {
    // Found by RegexPropertiesTest: a small program whose matching recursion overflows the stack.
    Regexes.Regex r = Regexes.compile("((0*|([a-z]))?){1000}", 256).regex();

    assertThat(r).isNotNull();
    // How deep the recursion may go depends on the stack left, so match on a thread with a small one.
    int[] result = {-1};
    Thread small = new Thread(null, () -> result[0] = r.test(".  "), "small-stack", 32 * 1024);
    small.start();
    small.join();
    assertThat(result[0]).isEqualTo(Tri.ERROR);
  }
}
