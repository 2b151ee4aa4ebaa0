package dev.kizuki.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Answer;
import dev.kizuki.Assessment;
import dev.kizuki.Basis;
import dev.kizuki.DatasetReport;
import dev.kizuki.Lang;
import dev.kizuki.Outcome;
import dev.kizuki.ScoringModel;
import dev.kizuki.Severity;
import dev.kizuki.WaiverReport;
import dev.kizuki.internal.report.Label;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Japanese report shows no English word of the label set: no status, severity, scoring model, dataset
 * status, basis, answer or waiver status, neither as its id ({@code partial}) nor as its English label
 * ({@code Partial}), in the text, Markdown, HTML, CSV and JUnit reports. Markup (HTML tags and attributes,
 * the style sheet, JUnit's element and attribute names) and the CSV keys (header, row_type) are not report
 * text and are left out of the search.
 */
class JapaneseReportTest {
  private static final Set<String> WORDS = words();
  /** A word of the label set standing alone (not part of a longer identifier such as failover_test). */
  private static final Pattern WORD = Pattern.compile("(?i)(?<![A-Za-z0-9_-])(" + alternatives() + ")(?![A-Za-z0-9_-])");

  private static Set<String> words() {
    Set<String> w = new LinkedHashSet<>();
    for (Outcome o : Outcome.values()) {
      add(w, o.id(), Label.of(o));
    }
    for (Severity s : Severity.values()) {
      add(w, s.id(), Label.of(s));
    }
    for (ScoringModel m : ScoringModel.values()) {
      add(w, m.id(), Label.of(m));
    }
    for (DatasetReport.Status s : DatasetReport.Status.values()) {
      add(w, s.id(), Label.of(s));
    }
    for (Basis b : Basis.values()) {
      add(w, b.id(), Label.of(b));
    }
    for (Answer.Value v : Answer.Value.values()) {
      add(w, v.id(), Label.of(v));
    }
    for (WaiverReport.Status s : WaiverReport.Status.values()) {
      add(w, s.id(), Label.of(s));
    }
    return w;
  }

  private static void add(Set<String> words, String id, Label label) {
    words.add(id);
    words.add(id.replace('_', ' '));
    // The English label's leading word too ("Default" of "Default (weighted by category)").
    words.add(label.get(Lang.EN).toLowerCase(Locale.ROOT));
    words.add(label.get(Lang.EN).split("[ ,(]")[0].toLowerCase(Locale.ROOT));
  }

  private static String alternatives() {
    List<String> sorted = new ArrayList<>(WORDS);
    sorted.sort((a, b) -> b.length() - a.length()); // longest first: "not applicable" before "not"
    return String.join("|", sorted.stream().map(Pattern::quote).toList());
  }

  static List<Arguments> reports() {
    List<Arguments> cases = new ArrayList<>();
    for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.MD, ReportFormat.HTML, ReportFormat.CSV,
        ReportFormat.JUNIT)) {
      cases.add(Arguments.of(f, "mini"));
      cases.add(Arguments.of(f, "tailored"));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void write_japanese_containsNoEnglishLabelWord(ReportFormat format, String sample) {
    Assessment a = sample.equals("mini") ? ReportSamples.mini() : ReportSamples.tailored();
    String report = text(format, ReportSamples.render(format.writer(), a, Lang.JA));
    assertThat(leaks(report)).as("English label words in the Japanese %s report", format.id()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reports")
  void write_english_isWhatTheCheckLooksFor(ReportFormat format, String sample) {
    // The check can fail: the English report of the same assessment is full of those words.
    Assessment a = sample.equals("mini") ? ReportSamples.mini() : ReportSamples.tailored();
    assertThat(leaks(text(format, ReportSamples.render(format.writer(), a, Lang.EN)))).isNotEmpty();
  }

  /** The report's text as a person reads it: markup, style sheet and CSV header left out. */
  private static String text(ReportFormat format, String report) {
    return switch (format) {
      case HTML -> report.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]*>", " ");
      case JUNIT -> report.replaceAll("(?s)<style>.*?</style>", " ")
          .replaceAll("<\\?xml[^>]*>", " ")
          // Keep attribute values (JUnit puts messages there), drop tag and attribute names.
          .replaceAll("<[/!]?[A-Za-z][^\\s>/]*", " ").replaceAll("\\s[A-Za-z-]+=\"", " \"")
          .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
      // The header names columns and row_type names the kind of row: both are keys, not report text.
      case CSV -> report.substring(report.indexOf('\n') + 1).replaceAll("(?m)^[a-z_]+,", ",");
      default -> report;
    };
  }

  private static List<String> leaks(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      found.add(m.group(1) + " in ..." + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(),
          m.end() + 40)).replace('\n', ' ') + "...");
    }
    return found;
  }
}
