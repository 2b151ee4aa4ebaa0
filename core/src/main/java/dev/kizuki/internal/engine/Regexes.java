package dev.kizuki.internal.engine;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.kizuki.Text;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compiles checklist regexes for RE2/J, a linear-time engine (no backtracking, no recursion while matching).
 * Before RE2/J sees a pattern, one scan rejects what it lacks or would read differently from
 * {@code java.util.regex} (backreferences, lookaround, atomic groups, possessive quantifiers, class
 * intersection) and estimates the compiled program's size: nested counted repetitions such as
 * {@code ((a{1000}){1000}){1000}} would otherwise exhaust memory inside RE2/J's compiler.
 */
final class Regexes {
  /** Largest program (instructions, estimated) a checklist regex may compile to. */
  static final int MAX_PROGRAM_SIZE = 10_000;
  /**
   * Most instructions all the regexes of one checklist may compile to together: 10,000 items of the largest
   * program would hold about 80 million instructions, more than a 512 MiB heap.
   */
  static final long MAX_TOTAL_PROGRAM_SIZE = 1_000_000;

  private Regexes() {}

  /** A compiled regex and the cost of one match per character of input. */
  static final class Regex {
    private final Pattern pattern;
    private final long costPerChar;

    private Regex(Pattern pattern, long costPerChar) {
      this.pattern = pattern;
      this.costPerChar = costPerChar;
    }

    /** Whether the whole of {@code text} matches. */
    boolean matches(String text) {
      return test(text) == Tri.TRUE;
    }

    /**
     * Whether the whole of {@code text} matches, as a {@link Tri}: ERROR where RE2J runs out of stack. It adds
     * the states of nested empty-width repeats recursively, so a small program such as {@code
     * ((0*|([a-z]))?){1000}} can overflow while matching (found by RegexPropertiesTest); the cell is then
     * unusable for this rule, never a pass, and nothing else in the run is lost.
     */
    int test(String text) {
      try {
        return Tri.of(pattern.matcher(text).matches());
      } catch (StackOverflowError e) {
        return Tri.ERROR;
      }
    }

    /** The work a match over {@code length} characters costs at most: RE2/J steps each character through every instruction. */
    long cost(int length) {
      return (length + 1L) * costPerChar;
    }

    String source() {
      return pattern.pattern();
    }

    /** The estimated size of the compiled program, in instructions (at least 1). */
    long size() {
      return costPerChar;
    }
  }

  /** The result of {@link #compile}: a regex, or the load problem that stops it. */
  record Compiled(@Nullable Regex regex, @Nullable Text problem) {}

  static Compiled compile(String regex, int maxLength) {
    return compile(regex, maxLength, MAX_TOTAL_PROGRAM_SIZE);
  }

  /**
   * Compiles {@code regex}, refusing it if its program would be larger than {@code allowance}: what is left
   * of {@link #MAX_TOTAL_PROGRAM_SIZE} after the checklist's earlier regexes ({@link Regex#size()}).
   */
  static Compiled compile(String regex, int maxLength, long allowance) {
    if (regex.length() > maxLength) {
      return problem(Text.of("正規表現が長すぎます（" + regex.length() + " 文字、上限 " + maxLength + "）",
          "regex too long: " + regex.length() + " characters, the limit is " + maxLength));
    }
    Scan scan = new Scan(regex);
    Text unsupported = scan.run();
    if (unsupported != null) {
      return problem(unsupported);
    }
    if (scan.size > MAX_PROGRAM_SIZE) {
      return problem(Text.of("正規表現の繰り返しが大きすぎます（展開すると約 " + scan.size + " 命令、上限 " + MAX_PROGRAM_SIZE + "）",
          "regex repeats too much: it would compile to about " + scan.size + " instructions, the limit is "
              + MAX_PROGRAM_SIZE));
    }
    if (scan.size > allowance) {
      return problem(Text.of("チェックリストの正規表現が合計で大きすぎます（合計の上限 約 " + MAX_TOTAL_PROGRAM_SIZE
              + " 命令、ここで超えました）",
          "the checklist's regexes are too large together: they would compile to more than "
              + MAX_TOTAL_PROGRAM_SIZE + " instructions, and this one goes over"));
    }
    try {
      return new Compiled(new Regex(Pattern.compile(regex), Math.max(1, scan.size)), null);
    } catch (PatternSyntaxException e) {
      return problem(syntaxError(e));
    }
  }

  private static Compiled problem(Text why) {
    return new Compiled(null, why);
  }

  // RE2/J's error codes (the description of its exception), in our words.
  private static final Map<String, Text> ERRORS = Map.ofEntries(
      Map.entry("missing closing )", Text.of("「(」に対応する「)」がありません", "a \"(\" is never closed")),
      Map.entry("unexpected )", Text.of("対応する「(」のない「)」があります", "a \")\" closes nothing")),
      Map.entry("missing closing ]", Text.of("「[」に対応する「]」がありません", "a \"[\" is never closed")),
      Map.entry("invalid escape sequence", Text.of("使えないエスケープです", "unsupported escape")),
      Map.entry("invalid character class", Text.of("文字クラスが不正です", "invalid character class")),
      Map.entry("invalid character class range", Text.of("文字クラスの範囲が不正です", "invalid range in a character class")),
      Map.entry("invalid repeat count", Text.of("繰り返し回数が不正です（上限 1000）", "invalid repeat count (at most 1000)")),
      Map.entry("missing argument to repetition operator",
          Text.of("繰り返し記号の前に対象がありません", "a repetition operator has nothing to repeat")),
      Map.entry("invalid nested repetition operator",
          Text.of("繰り返し記号が重なっています", "repetition operators follow each other")),
      Map.entry("invalid or unsupported Perl syntax", Text.of("使えない「(?」構文です", "unsupported \"(?\" syntax")),
      Map.entry("invalid named capture", Text.of("名前付きグループが不正です", "invalid named group")),
      Map.entry("duplicate capture group name", Text.of("グループ名が重複しています", "a group name is used twice")),
      Map.entry("invalid UTF-8", Text.of("不正な文字があります", "invalid character")));

  private static Text syntaxError(PatternSyntaxException e) {
    Text what = ERRORS.getOrDefault(e.getDescription(), Text.of("構文が不正です", "invalid syntax"));
    // RE2/J's message ends with the offending part in backquotes: show that part, not the message.
    String msg = String.valueOf(e.getMessage());
    int at = msg.lastIndexOf(": `");
    String near = at >= 0 && msg.endsWith("`") ? msg.substring(at + 3, msg.length() - 1) : "";
    String shown = near.isEmpty() ? "" : "「" + near + "」";
    return Text.of("正規表現として不正です: " + what.ja() + (near.isEmpty() ? "" : "（" + shown + "）"),
        "invalid regex: " + what.en() + (near.isEmpty() ? "" : " (at \"" + near + "\")"));
  }

  /** One pass over the pattern: features RE2/J lacks, and the program size with repetitions expanded. */
  private static final class Scan {
    private final String p;
    private int i;
    long size;

    /** One group being read: the finished alternatives' size, the sequence so far, its last atom. */
    private static final class Frame {
      long alternatives;
      long sequence;
      long last;
    }

    Scan(String p) {
      this.p = p;
    }

    @Nullable Text run() {
      Deque<Frame> stack = new ArrayDeque<>();
      Frame f = new Frame();
      while (i < p.length()) {
        char c = p.charAt(i);
        switch (c) {
          case '\\' -> {
            Text t = escape();
            if (t != null) {
              return t;
            }
            atom(f, 1);
          }
          case '[' -> {
            Text t = characterClass();
            if (t != null) {
              return t;
            }
            atom(f, 1);
          }
          case '(' -> {
            Text t = groupStart();
            if (t != null) {
              return t;
            }
            stack.push(f);
            f = new Frame();
          }
          case ')' -> {
            i++;
            if (stack.isEmpty()) {
              continue; // RE2/J reports the stray parenthesis
            }
            long group = close(f) + 1;
            f = stack.pop();
            atom(f, group);
          }
          case '|' -> {
            i++;
            f.alternatives = add(f.alternatives, add(f.sequence, f.last) + 1);
            f.sequence = 0;
            f.last = 0;
          }
          case '*', '+', '?' -> {
            i++;
            f.last = add(f.last, 1);
            Text t = quantifierSuffix();
            if (t != null) {
              return t;
            }
          }
          case '{' -> {
            long times = countedRepeat();
            if (times < 0) {
              i++;
              atom(f, 1); // not a repetition: a literal brace
            } else {
              f.last = times == 0 ? 1 : mul(f.last, times);
              Text t = quantifierSuffix();
              if (t != null) {
                return t;
              }
            }
          }
          default -> {
            i++;
            atom(f, 1);
          }
        }
      }
      while (!stack.isEmpty()) {
        long group = close(f) + 1;
        f = stack.pop();
        atom(f, group);
      }
      size = close(f);
      return null;
    }

    private static long close(Frame f) {
      return add(f.alternatives, add(f.sequence, f.last));
    }

    private static void atom(Frame f, long atomSize) {
      f.sequence = add(f.sequence, f.last);
      f.last = atomSize;
    }

    private @Nullable Text escape() {
      if (i + 1 >= p.length()) {
        i++;
        return null; // RE2/J reports the trailing backslash
      }
      char e = p.charAt(i + 1);
      if (e >= '1' && e <= '9' || e == 'k') {
        return unsupported(i, Text.of("後方参照", "a backreference"));
      }
      if (e == 'Q') {
        int end = p.indexOf("\\E", i + 2);
        i = end < 0 ? p.length() : end + 2;
        return null;
      }
      i += 2;
      if ((e == 'p' || e == 'P' || e == 'x') && i < p.length() && p.charAt(i) == '{') {
        int end = p.indexOf('}', i);
        i = end < 0 ? p.length() : end + 1;
      }
      return null;
    }

    private @Nullable Text characterClass() {
      i++;
      if (i < p.length() && p.charAt(i) == '^') {
        i++;
      }
      if (i < p.length() && p.charAt(i) == ']') {
        i++; // a leading ] is literal
      }
      while (i < p.length()) {
        char c = p.charAt(i);
        if (c == '\\') {
          i += 2;
        } else if (c == ']') {
          i++;
          return null;
        } else if (c == '[' && p.startsWith("[:", i)) {
          int end = p.indexOf(":]", i + 2);
          i = end < 0 ? i + 1 : end + 2;
        } else if (c == '[') {
          return unsupported(i, Text.of("文字クラスの入れ子（和集合）", "a character class nested in another (union)"));
        } else if (c == '&' && p.startsWith("&&", i)) {
          return unsupported(i, Text.of("文字クラスの積集合（&&）", "a character class intersection (&&)"));
        } else {
          i++;
        }
      }
      return null; // RE2/J reports the open class
    }

    private @Nullable Text groupStart() {
      int start = i;
      i++;
      if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
        return unsupported(start, Text.of("先読み", "a lookahead"));
      }
      if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
        return unsupported(start, Text.of("後読み", "a lookbehind"));
      }
      if (p.startsWith("?>", i)) {
        return unsupported(start, Text.of("アトミックグループ", "an atomic group"));
      }
      return null;
    }

    /** After a quantifier: a lazy {@code ?} is fine, a possessive {@code +} is Java's alone. */
    private @Nullable Text quantifierSuffix() {
      if (i < p.length() && p.charAt(i) == '+') {
        return unsupported(i - 1, Text.of("強欲な量指定子", "a possessive quantifier"));
      }
      if (i < p.length() && p.charAt(i) == '?') {
        i++;
      }
      return null;
    }

    /** The largest count of a {@code {n}}, {@code {n,}} or {@code {n,m}} at i (i moved past it), else -1. */
    private long countedRepeat() {
      int j = i + 1;
      int digits = j;
      while (j < p.length() && Character.isDigit(p.charAt(j)) && p.charAt(j) < 128) {
        j++;
      }
      if (j == digits || j - digits > 4) {
        return -1;
      }
      long min = Long.parseLong(p.substring(digits, j));
      long max = min;
      if (j < p.length() && p.charAt(j) == ',') {
        j++;
        int from = j;
        while (j < p.length() && Character.isDigit(p.charAt(j)) && p.charAt(j) < 128) {
          j++;
        }
        if (j - from > 4) {
          return -1;
        }
        max = j == from ? min + 1 : Long.parseLong(p.substring(from, j));
      }
      if (j >= p.length() || p.charAt(j) != '}') {
        return -1;
      }
      i = j + 1;
      return Math.max(min, max);
    }

    private Text unsupported(int at, Text feature) {
      String near = p.substring(at, Math.min(p.length(), at + 4));
      return Text.of("正規表現の " + (at + 1) + " 文字目「" + near + "」: " + feature.ja()
              + "は使えません（kizuki の正規表現は線形時間で照合するため、後方参照・先読み・後読み・強欲な量指定子などは非対応）",
          "regex character " + (at + 1) + " (\"" + near + "\"): " + feature.en()
              + " is not supported (kizuki matches regexes in linear time, without backreferences, lookaround or"
              + " possessive quantifiers)");
    }

    private static long add(long a, long b) {
      long s = a + b;
      return s < 0 ? Long.MAX_VALUE : s;
    }

    private static long mul(long a, long b) {
      return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
  }
}
