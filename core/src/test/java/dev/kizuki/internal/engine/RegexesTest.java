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

  /**
   * The program size the scan estimates, worked by hand: one per atom, one per alternative and quantifier,
   * groups plus one, repetitions multiplied by their largest count; braces that are no repetition, escapes
   * and character classes (with their ], ^, [:class:] and escapes) count as the literal atoms they are.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
    "abc              ; 3",
    "a|bc             ; 4",
    "(ab){3}          ; 9",
    "(a|b){2}         ; 8",
    "((a))            ; 3",
    "(ab){0}          ; 1",
    "a{2,5}           ; 5",
    "a{3,}            ; 4",
    "a{1000}          ; 1000",
    "a{1,1000}        ; 1000",
    "a*b              ; 3",
    "a+?b             ; 3",
    "\\d{3}         ; 3",
    "\\d\\d       ; 2",
    "\\Q(a)\\E{3} ; 3",
    "\\Qab          ; 1",
    "\\p{Greek}{3}  ; 3",
    "\\x{41}{3}     ; 3",
    "\\pL{3}        ; 4",
    "[abc]{4}         ; 4",
    "[^]a]{4}         ; 4",
    "[]a]{4}          ; 4",
    "[\\]a]{4}      ; 4",
    "[[:alpha:]]{4}   ; 4",
    "[^[:alpha:]]{4}  ; 4",
    "[a[:b]{3}        ; 3",
    "x{               ; 2",
    "x{2              ; 3",
    "x{,3}            ; 5",
    "x{1,2            ; 5",
    "a{\uFF11}       ; 4",
    "a{1,\uFF11}     ; 6",
  })
  void size_isTheProgramWithRepetitionsExpanded(String regex, long size) {
    Regexes.Regex r = Regexes.compile(regex.strip(), 256).regex();

    assertThat(r).isNotNull();
    assertThat(r.size()).isEqualTo(size);
  }

  /** A repetition so deep that the product overflows a long is refused, not wrapped round to a small size. */
  @Test
  void compile_repetitionOverflowingALong_isRefused() {
    Text problem = Regexes.compile("(((((((a{1000}){1000}){1000}){1000}){1000}){1000}){1000})", 256).problem();

    assertThat(problem).isNotNull();
    assertThat(problem.en()).startsWith("regex repeats too much: it would compile to about " + Long.MAX_VALUE);
  }

  /** A trailing backslash is RE2/J's syntax error to report, not an index out of bounds in the scan. */
  @Test
  void compile_trailingBackslash_isASyntaxProblem() {
    assertThat(Regexes.compile("a\\", 256).problem()).isEqualTo(Text.of("正規表現として不正です: 構文が不正です",
        "invalid regex: invalid syntax"));
  }

  @Test
  void compile_exactlyAtTheLengthLimit_compiles() {
    assertThat(Regexes.compile("a".repeat(10), 10).regex()).isNotNull();
  }

  /** The program limit is inclusive: (a{999}){10} is exactly 10 000 instructions, one more atom is over. */
  @Test
  void compile_programExactlyAtTheLimit_compiles() {
    assertThat(Regexes.compile("(a{999}){10}", 256).regex()).isNotNull();
    assertThat(Regexes.compile("(a{999}){10}a", 256).problem().en()).startsWith("regex repeats too much");
  }

  /** Patterns that end inside a construct, or open one wrongly, are RE2/J's syntax problems: the scan neither fails nor hangs. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
    "a[           ; a \"[\" is never closed",
    "a[^          ; a \"[\" is never closed",
    "a\\p       ; invalid range in a character class",
    "a{1,12345}   ; invalid repeat count (at most 1000)",
    "\\E\\Qx\\E ; unsupported escape",
  })
  void compile_constructCutShort_isASyntaxProblem(String regex, String what) {
    assertThat(Regexes.compile(regex.strip(), 256).problem().en()).startsWith("invalid regex: " + what);
  }
}
