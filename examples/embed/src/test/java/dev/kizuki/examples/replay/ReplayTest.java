package dev.kizuki.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kizuki.Assessment;
import dev.kizuki.Checklist;
import dev.kizuki.DatasetReport;
import dev.kizuki.Item;
import dev.kizuki.ItemResult;
import dev.kizuki.Outcome;
import dev.kizuki.SourceRef;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nine incidents of the NISC report replayed as data (examples/data/cases/case-N/{before,after}): each
 * replay is assessed as of 2026-11-30 and must give the outcomes its expect.properties lists.
 */
class ReplayTest {

  private static final Path CASES = ReplayData.DATA.resolve("cases");
  private static final Set<Outcome> NOT_PASS = EnumSet.of(Outcome.FAIL, Outcome.PARTIAL, Outcome.CONTRADICTED);
  private static final List<String> KINDS = List.of("pass", "not_pass", "not_applicable");

  static Stream<String> replays() {
    return cases().flatMap(c -> Stream.of(c + "/before", c + "/after"));
  }

  static Stream<String> cases() {
    return IntStream.rangeClosed(1, 9).mapToObj(n -> "case-" + n);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("replays")
  void replayGivesTheExpectedOutcomes(String replay) throws IOException {
    String caseId = replay.substring(0, replay.indexOf('/'));
    String phase = replay.substring(replay.indexOf('/') + 1);
    Path dir = CASES.resolve(replay);
    assertThat(dir).isDirectory();
    Properties expect = expectations(caseId);

    Assessment a = ReplayData.assess(dir);

    assertThat(a.dataIssues()).as("data issues of %s", replay).isEmpty();
    assertThat(a.datasets()).as("datasets of %s", replay)
        .allSatisfy(d -> assertThat(d.status()).isIn(DatasetReport.Status.OK, DatasetReport.Status.MISSING));
    List<String> mustHold = new ArrayList<>();
    SoftAssertions soft = new SoftAssertions();
    for (String kind : KINDS) {
      for (String id : ids(expect, phase + "." + kind)) {
        mustHold.add(id);
        ItemResult r = a.item(id).orElseThrow(() -> new AssertionError(replay + ": no item " + id));
        String why = replay + " " + id + " (" + r.reason().en() + ")";
        switch (kind) {
          case "pass" -> soft.assertThat(r.outcome()).as(why).isEqualTo(Outcome.PASS);
          case "not_pass" -> soft.assertThat(r.outcome()).as(why).isIn(NOT_PASS);
          default -> soft.assertThat(r.outcome()).as(why).isEqualTo(Outcome.NOT_APPLICABLE);
        }
      }
    }
    soft.assertAll();
    if (phase.equals("before")) {
      assertThat(ids(expect, "before.not_pass")).as("%s must fail something", replay).isNotEmpty();
    } else {
      assertThat(ids(expect, "after.pass")).as("%s must pass something", replay).isNotEmpty();
    }
  }

  /** Expectations stay traceable: each listed item cites the case, and each item citing it is listed. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void expectationsTraceToTheCase(String caseId) throws IOException {
    Checklist checklist = ReplayData.NISC.checklist();
    Properties expect = expectations(caseId);
    assertThat(CASES.resolve(caseId).resolve("README.md")).isRegularFile();
    assertThat(expect.stringPropertyNames()).allSatisfy(k -> assertThat(k).isIn(keys()));

    Set<String> listed = new LinkedHashSet<>();
    for (String key : expect.stringPropertyNames()) {
      listed.addAll(ids(expect, key));
    }
    Set<String> citing = new LinkedHashSet<>();
    for (Item item : checklist.items()) {
      if (citesCase(checklist, item, caseId)) {
        citing.add(item.id());
      }
    }
    assertThat(listed).as("items in %s/expect.properties that cite none of its lessons or measures", caseId)
        .isSubsetOf(citing);
    assertThat(citing).as("items citing %s missing from its expect.properties", caseId).isSubsetOf(listed);
  }

  private static boolean citesCase(Checklist checklist, Item item, String caseId) {
    return Stream.concat(
            item.lessons().stream().map(checklist::lesson),
            item.measures().stream().map(checklist::measure))
        .flatMap(java.util.Optional::stream)
        .map(SourceRef::caseId)
        .anyMatch(caseId::equals);
  }

  private static List<String> keys() {
    List<String> keys = new ArrayList<>(List.of("excluded"));
    for (String phase : List.of("before", "after")) {
      KINDS.forEach(k -> keys.add(phase + "." + k));
    }
    return keys;
  }

  private static Properties expectations(String caseId) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(CASES.resolve(caseId).resolve("expect.properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static List<String> ids(Properties p, String key) {
    String v = p.getProperty(key, "").strip();
    return v.isEmpty() ? List.of() : Arrays.stream(v.split("\\s*,\\s*")).toList();
  }
}
