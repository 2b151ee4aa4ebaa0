package dev.kizuki.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.ItemResult;
import dev.kizuki.Lang;
import dev.kizuki.Outcome;
import dev.kizuki.report.ReportFormat;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every writer shows the same score, the same remediation plan in the same order with the same gains, and the
 * same counts of each status, for the sample operator and every replay. Each format's output is parsed as a
 * reader would (JSON with Jackson, CSV with Commons CSV, the score and plan read off the text, Markdown and
 * HTML), and the JSON report is itself checked against the assessment, so agreeing on a wrong figure fails too.
 * Before the single report model, the text report said 71.05 and ranked NISC-END-04 before NISC-GOV-05 on the
 * sample operator while Markdown and HTML said 71.0 and ranked them the other way.
 */
class ReportsAgreeTest {
  /** Numbers kept as written ("0.20" stays 0.20), so that the decimals shown can be compared. */
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** The English status words the reports show, written out here rather than taken from the writers. */
  private static final Map<String, String> STATUS_WORDS = Map.of(
      "Pass", "pass", "Partial", "partial", "Fail", "fail", "Unknown", "unknown", "Error", "error",
      "Not applicable", "not_applicable", "Contradicted", "contradicted");

  static Stream<String> assessments() {
    return Stream.concat(Stream.of("sample-operator"),
        IntStream.rangeClosed(1, 9).boxed().flatMap(n -> Stream.of("cases/case-" + n + "/before",
            "cases/case-" + n + "/after")));
  }

  /** The Japanese CSV's status words, read back as a reader of that sheet would. */
  private static final Map<String, String> JA_STATUS = Map.of("合格", "pass", "一部合格", "partial", "不合格", "fail",
      "不明", "unknown", "エラー", "error", "対象外", "not_applicable", "矛盾", "contradicted");

  /** What a report shows: the score as written, the plan (item id to gain as written) in order, the counts. */
  private record Shown(String score, List<String> plan, Map<String, String> gains, Map<String, Long> counts) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("assessments")
  void write_everyFormat_showsTheSameScorePlanAndCounts(String dir) {
    // given
    Assessment a = ReplayData.assess(ReplayData.DATA.resolve(dir));
    // when
    Shown json = json(render(ReportFormat.JSON, a, Lang.EN));
    // then: the JSON report says what the assessment says
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(new BigDecimal(json.score()).doubleValue()).as("JSON score").isCloseTo(a.score(),
        org.assertj.core.api.Assertions.within(0.005));
    soft.assertThat(new BigDecimal(json.score()).scale()).as("JSON score decimals").isEqualTo(2);
    for (Outcome o : Outcome.values()) {
      soft.assertThat(json.counts().get(o.id())).as("JSON count of " + o.id()).isEqualTo(a.count(o));
    }
    soft.assertThat(json.plan()).as("JSON plan holds every unmet item once").containsExactlyInAnyOrderElementsOf(
        a.items().stream().filter(r -> r.outcome() != Outcome.PASS && r.outcome() != Outcome.NOT_APPLICABLE)
            .map(ItemResult::id).toList());
    soft.assertThat(gainsDescending(json)).as("JSON plan ranked by gain").isTrue();
    // and every other format shows the same
    for (Lang lang : Lang.values()) {
      String text = render(ReportFormat.TEXT, a, lang);
      String md = render(ReportFormat.MD, a, lang);
      String html = render(ReportFormat.HTML, a, lang);
      soft.assertThat(text(text, lang)).as("text " + lang).isEqualTo(json.score());
      soft.assertThat(one(md, "^- \\*\\*[^:]+: ([0-9.]+) / 100\\*\\*$")).as("Markdown score " + lang)
          .isEqualTo(json.score());
      soft.assertThat(one(html, "<div class=\"value\">([0-9.]+)</div>")).as("HTML score " + lang)
          .isEqualTo(json.score());
      soft.assertThat(all(text, "^ *\\d+\\. .*? \\+[0-9.]+ (?:pts|点)  (\\S+)", 1)).as("text plan " + lang)
          .isEqualTo(json.plan());
      soft.assertThat(all(md, "^\\d+\\. \\*\\*(\\S+) ", 1).stream().map(ReportsAgreeTest::unescape).toList())
          .as("Markdown plan " + lang).isEqualTo(json.plan());
      // The HTML plan is shown in two groups (fix controls, bring evidence), each entry with its one rank.
      soft.assertThat(pairs(html, "<h3>(\\d+)\\. <a href=\"#item-([^\"]+)\"", 1, 2).entrySet().stream()
          .sorted(Comparator.comparingInt(e -> Integer.parseInt(e.getKey()))).map(Map.Entry::getValue).toList())
          .as("HTML plan " + lang).isEqualTo(json.plan());
      soft.assertThat(pairs(text, "^ *\\d+\\. .*? \\+([0-9.]+) (?:pts|点)  (\\S+)", 2, 1)).as("text gains " + lang)
          .isEqualTo(json.gains());
      soft.assertThat(pairs(md, "^\\d+\\. \\*\\*(\\S+) .*\\*\\*: \\+([0-9.]+) ", 1, 2)).as("Markdown gains " + lang)
          .isEqualTo(json.gains());
      soft.assertThat(htmlCounts(html)).as("HTML counts " + lang).isEqualTo(json.counts());
      Shown csv = csv(render(ReportFormat.CSV, a, lang));
      soft.assertThat(csv.plan()).as("CSV plan " + lang).isEqualTo(json.plan());
      soft.assertThat(csv.gains()).as("CSV gains " + lang).isEqualTo(json.gains());
      soft.assertThat(csv.counts()).as("CSV counts " + lang).isEqualTo(json.counts());
    }
    String text = render(ReportFormat.TEXT, a, Lang.EN);
    String md = render(ReportFormat.MD, a, Lang.EN);
    soft.assertThat(textCounts(text)).as("text counts").isEqualTo(json.counts());
    soft.assertThat(markdownCounts(md)).as("Markdown counts").isEqualTo(json.counts());
    soft.assertAll();
  }

  // ---- reading each format -----------------------------------------------------------------------------

  private static Shown json(String out) {
    JsonNode root = JSON.readTree(out);
    Map<String, String> gains = new LinkedHashMap<>();
    root.get("items").forEach(i -> gains.put(i.get("id").asString(), i.get("gain").decimalValue().toPlainString()));
    List<String> plan = new ArrayList<>();
    root.get("plan").forEach(id -> plan.add(id.asString()));
    Map<String, String> planGains = new LinkedHashMap<>();
    plan.forEach(id -> planGains.put(id, gains.get(id)));
    Map<String, Long> counts = new TreeMap<>();
    for (Outcome o : Outcome.values()) {
      counts.put(o.id(), root.get("summary").get(o.id()).asLong());
    }
    return new Shown(root.get("score").decimalValue().toPlainString(), plan, planGains, counts);
  }

  private static Shown csv(String out) {
    List<CSVRecord> records;
    try {
      records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(out.substring(1))).getRecords(); // after the byte order mark
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Integer, CSVRecord> ranked = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    for (Outcome o : Outcome.values()) {
      counts.put(o.id(), 0L);
    }
    for (CSVRecord r : records) {
      if (!r.get("row_type").equals("item")) {
        continue;
      }
      counts.merge(JA_STATUS.getOrDefault(r.get("status"), r.get("status")), 1L, Long::sum);
      if (!r.get("plan_rank").isEmpty()) {
        assertThat(ranked.put(Integer.parseInt(r.get("plan_rank")), r)).as("plan_rank used once").isNull();
      }
    }
    List<String> plan = ranked.values().stream().map(r -> r.get("item_id")).toList();
    Map<String, String> gains = new LinkedHashMap<>();
    ranked.values().forEach(r -> gains.put(r.get("item_id"), r.get("gain")));
    assertThat(ranked.keySet()).as("plan ranks are 1..n").containsExactlyElementsOf(
        IntStream.rangeClosed(1, ranked.size()).boxed().toList());
    return new Shown("", plan, gains, counts);
  }

  private static String text(String out, Lang lang) {
    return one(out, lang == Lang.EN ? "^Score: ([0-9.]+) / 100$" : "^総合スコア: ([0-9.]+) / 100$");
  }

  /** "Outcomes: Pass 3, Partial 5, ... (40 items)". */
  private static Map<String, Long> textCounts(String out) {
    String line = one(out, "^Outcomes: (.*) \\(\\d+ items\\)$");
    Map<String, Long> counts = new TreeMap<>();
    for (String part : line.split(", ")) {
      int space = part.lastIndexOf(' ');
      counts.put(STATUS_WORDS.get(part.substring(0, space)), Long.parseLong(part.substring(space + 1)));
    }
    return counts;
  }

  /** The "Item statuses" table: "| Pass | 3 |". */
  private static Map<String, Long> markdownCounts(String out) {
    String section = out.substring(out.indexOf("## Item statuses"), out.indexOf("## Remediation plan"));
    Map<String, Long> counts = new TreeMap<>();
    Matcher m = Pattern.compile("^\\| ([A-Za-z ]+) \\| (\\d+) \\|$", Pattern.MULTILINE).matcher(section);
    while (m.find()) {
      if (STATUS_WORDS.containsKey(m.group(1))) {
        counts.put(STATUS_WORDS.get(m.group(1)), Long.parseLong(m.group(2)));
      }
    }
    return counts;
  }

  /** The status bar chart: {@code <rect class="bar-fail" ...><title>Fail: 3</title>}. */
  private static Map<String, Long> htmlCounts(String out) {
    Map<String, Long> counts = new TreeMap<>();
    Matcher m = Pattern.compile("class=\"bar-([a-z_]+)\"[^>]*><title>[^<]*: (\\d+)</title>").matcher(out);
    while (m.find()) {
      counts.put(m.group(1), Long.parseLong(m.group(2)));
    }
    return counts;
  }

  private static boolean gainsDescending(Shown s) {
    List<BigDecimal> gains = s.plan().stream().map(id -> new BigDecimal(s.gains().get(id))).toList();
    return gains.stream().sorted(Comparator.reverseOrder()).toList().equals(gains);
  }

  private static String one(String out, String regex) {
    List<String> found = all(out, regex, 1);
    assertThat(found).as("exactly one match of " + regex).hasSize(1);
    return found.get(0);
  }

  private static List<String> all(String out, String regex, int group) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(group));
    }
    return found;
  }

  private static Map<String, String> pairs(String out, String regex, int key, int value) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(out);
    Map<String, String> found = new LinkedHashMap<>();
    while (m.find()) {
      found.put(unescape(m.group(key)), m.group(value));
    }
    return found;
  }

  /** A Markdown-escaped id as written in the checklist. */
  private static String unescape(String s) {
    return s.replace("\\", "");
  }

  private static String render(ReportFormat format, Assessment a, Lang lang) {
    StringWriter out = new StringWriter();
    try {
      format.writer().write(a, lang, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
