package dev.kizuki.checklists;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Checklist;
import dev.kizuki.Column;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.Item;
import dev.kizuki.Parameter;
import dev.kizuki.Severity;
import dev.kizuki.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The content promises of the NISC 2020 checklist: full coverage of the report, bilingual texts, valid CSF
 * mappings, enough data rules, and the weighting scheme documented in the module README.
 *
 * <p>The report's lists of lesson and measure ids are copies in {@code src/test/resources} (a user's clone
 * has no {@code shared/} folder).
 */
class Nisc2020ContentTest {

  private static final Checklist NISC = BundledChecklists.nisc2020();

  /** The weighting scheme of the README: weight follows severity. */
  private static final Map<Severity, Double> WEIGHT_BY_SEVERITY =
      Map.of(Severity.LOW, 1.0, Severity.MEDIUM, 2.0, Severity.HIGH, 3.0, Severity.CRITICAL, 5.0);

  /** The themes users ask for first; each id must be cited by at least one item with a data rule. */
  private static final Map<String, List<String>> FIRST_THEMES = themes();

  private static Map<String, List<String>> themes() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("failover testing", List.of("C1-L1", "C1-M1", "C3-L3"));
    m.put("cloud SLA", List.of("C2-L1", "C2-M1"));
    m.put("backups with restore tests, protected from ransomware", List.of("S-4", "C2-L2", "C5-L4"));
    m.put("RDP and remote maintenance exposure", List.of("C5-L1", "C5-M2"));
    m.put("CAPTCHA and rate limiting on web forms", List.of("C8-M1", "C8-M2"));
    return m;
  }

  @Test
  void lessons_everyReportLesson_isDeclaredAndCitedByAnItem() {
    Set<String> reportIds = firstColumn("/lessons.csv");
    Set<String> cited = NISC.items().stream().flatMap(i -> i.lessons().stream()).collect(Collectors.toSet());

    assertThat(reportIds).hasSize(40);
    assertThat(NISC.lessons()).extracting(l -> l.id()).containsExactlyInAnyOrderElementsOf(reportIds);
    assertThat(reportIds).allSatisfy(id -> assertThat(cited).as("items citing lesson %s", id).contains(id));
  }

  @Test
  void measures_everyReportMeasure_isDeclaredAndCitedByAnItem() {
    Set<String> reportIds = firstColumn("/measures.csv");
    Set<String> cited = NISC.items().stream().flatMap(i -> i.measures().stream()).collect(Collectors.toSet());

    assertThat(reportIds).hasSize(20);
    assertThat(NISC.measures()).extracting(m -> m.id()).containsExactlyInAnyOrderElementsOf(reportIds);
    assertThat(reportIds).allSatisfy(id -> assertThat(cited).as("items citing measure %s", id).contains(id));
  }

  @Test
  void items_each_citesALessonOrMeasure() {
    assertThat(NISC.items()).allSatisfy(item -> assertThat(item.lessons().size() + item.measures().size())
        .as("lessons and measures cited by %s", item.id())
        .isPositive());
  }

  @Test
  void items_everyText_isNonEmptyInBothLanguages() {
    List<String> blank = new ArrayList<>();
    for (Item item : NISC.items()) {
      String at = item.id();
      requireBoth(blank, at + ".title", item.title());
      requireBoth(blank, at + ".question", item.question());
      requireBoth(blank, at + ".rationale", item.rationale());
      requireBoth(blank, at + ".remediation", item.remediation());
      for (Parameter p : item.parameters()) {
        requireBoth(blank, at + ".parameters." + p.name(), p.description());
      }
    }
    NISC.categories().forEach(c -> requireBoth(blank, "category " + c.id(), c.title()));
    NISC.lessons().forEach(l -> requireBoth(blank, "lesson " + l.id(), l.title()));
    NISC.measures().forEach(m -> requireBoth(blank, "measure " + m.id(), m.title()));
    NISC.cases().forEach(c -> requireBoth(blank, "case " + c.id(), c.title()));

    assertThat(blank).as("texts with a blank language").isEmpty();
  }

  @Test
  void datasets_everyDatasetAndColumn_isDescribedInBothLanguages() {
    List<String> blank = new ArrayList<>();
    for (DatasetSchema dataset : NISC.datasets()) {
      requireBoth(blank, dataset.id() + ".title", dataset.title());
      requireBoth(blank, dataset.id() + ".description", dataset.description());
      for (Column column : dataset.columns()) {
        requireBoth(blank, dataset.id() + "." + column.name(), column.description());
        for (EnumValue value : column.values()) {
          requireBoth(blank, dataset.id() + "." + column.name() + "=" + value.value(), value.label());
        }
      }
    }

    assertThat(NISC.datasets()).isNotEmpty();
    assertThat(blank).as("dataset texts with a blank language").isEmpty();
  }

  @Test
  void datasets_each_isReadByAnItem() {
    Set<String> read = new TreeSet<>();
    NISC.items().forEach(i -> read.addAll(ChecklistDocs.datasetsRead(i)));

    assertThat(NISC.datasets()).extracting(DatasetSchema::id).allSatisfy(id -> assertThat(read).contains(id));
  }

  @Test
  void mappings_everyCsfId_isAnOfficialSubcategory() {
    Set<String> official = firstColumn("/dev/kizuki/checklists/nist-csf-2.0-subcategories.csv");
    assertThat(official).hasSize(106).contains("PR.DS-11", "RC.RP-01", "GV.OC-01", "RC.CO-04");

    for (Item item : NISC.items()) {
      List<String> ids = item.mappings().getOrDefault("nist-csf-2.0", List.of());
      assertThat(ids).as("CSF 2.0 mapping of %s", item.id()).isNotEmpty().allSatisfy(id -> assertThat(official)
          .as("CSF 2.0 subcategory %s mapped by %s", id, item.id()).contains(id));
    }
  }

  @Test
  void items_withDataRule_areAtLeastSixtyPercent() {
    long withData = NISC.items().stream().filter(i -> i.check().data().isPresent()).count();

    assertThat((double) withData / NISC.items().size()).isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void items_withDataRule_alsoTakeAnAnswerSoContradictionsShow() {
    assertThat(NISC.items().stream().filter(i -> i.check().data().isPresent()))
        .allSatisfy(i -> assertThat(i.check().question()).as("question: true on %s", i.id()).isTrue());
  }

  @Test
  void firstThemes_everyId_isCheckedFromData() {
    for (Map.Entry<String, List<String>> theme : FIRST_THEMES.entrySet()) {
      for (String id : theme.getValue()) {
        Predicate<Item> citesIt = i -> i.lessons().contains(id) || i.measures().contains(id);
        assertThat(NISC.items().stream().filter(citesIt).filter(i -> i.check().data().isPresent()))
            .as("data items for %s (%s)", id, theme.getKey())
            .isNotEmpty();
      }
    }
  }

  @Test
  void weights_always_followSeverity() {
    assertThat(NISC.items()).allSatisfy(i -> assertThat(i.weight())
        .as("weight of %s (%s)", i.id(), i.severity())
        .isEqualTo(WEIGHT_BY_SEVERITY.get(i.severity())));
  }

  @Test
  void itemIds_always_carryTheirCategoryPrefixAndAreUnique() {
    Map<String, String> prefix = Map.of("governance", "GOV", "resilience", "RES", "backup", "BAK",
        "third-parties", "TPR", "exposure", "ACC", "endpoint", "END", "web-mail", "WEB", "people", "PPL");
    Set<String> seen = new LinkedHashSet<>();
    for (Item item : NISC.items()) {
      assertThat(item.id()).matches("NISC-" + prefix.get(item.category()) + "-\\d{2}");
      assertThat(seen.add(item.id())).as("unique id %s", item.id()).isTrue();
    }
  }

  /** The extracted report has garbled characters; our texts must use the correct forms. */
  @Test
  void texts_always_avoidTheReportsExtractionTypos() {
    Pattern cyrillic = Pattern.compile("\\p{IsCyrillic}");
    for (Item item : NISC.items()) {
      for (Text t : List.of(item.title(), item.question(), item.rationale(), item.remediation())) {
        for (String s : List.of(t.ja(), t.en())) {
          assertThat(cyrillic.matcher(s).find()).as("Cyrillic letter in %s: %s", item.id(), s).isFalse();
          assertThat(s).as(item.id()).doesNotContain("CAPCHA");
        }
      }
    }
  }

  private static void requireBoth(List<String> blank, String where, Text text) {
    if (text.ja().isBlank()) {
      blank.add(where + " (ja)");
    }
    if (text.en().isBlank()) {
      blank.add(where + " (en)");
    }
  }

  /** The first column of a CSV resource with a header row; ids never contain commas or quotes. */
  static Set<String> firstColumn(String resource) {
    try (InputStream in = Nisc2020ContentTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8));
      return reader.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(',')))
          .collect(Collectors.toCollection(LinkedHashSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
